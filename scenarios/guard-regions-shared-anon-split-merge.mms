# The shared-memory flavour of guard-regions-split-merge, on MAP_SHARED|MAP_ANONYMOUS. Guard
# markers survive the VMA splits of punching single-page holes with munmap; the new shmem
# mapped into the holes has no markers and, being a different shmem object, stays a VMA of
# its own. They also survive a three-way mprotect split of a guarded shmem VMA and its merge
# back; removing them while it is split and merging it back leaves it all usable.
p: mmap(NULL, 96K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 40K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR
p: munmap($p+8K, 4K) = 0
p: munmap($p+20K, 4K) = 0
p: munmap($p+32K, 4K) = 0
p: maps $p == $p-$p+8K rw-s /dev/zero (deleted)
p: maps $p+12K == $p+12K-$p+20K rw-s /dev/zero (deleted)
p: maps $p+24K == $p+24K-$p+32K rw-s /dev/zero (deleted)
p: maps $p+36K == $p+36K-$p+40K rw-s /dev/zero (deleted)
p: pagemap $p 10 == swap+guard swap+guard none swap+guard swap+guard none swap+guard swap+guard none swap+guard
p: load $p+4K 1 = SIGSEGV SEGV_MAPERR
p: store $p+12K "x" = SIGSEGV SEGV_MAPERR
p: load $p+28K 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR
p: mmap($p+8K, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+8K
p: mmap($p+20K, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+20K
p: mmap($p+32K, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+32K
p: maps ==
    $p-$p+8K rw-s /dev/zero (deleted)
    $p+8K-$p+12K rw-s /dev/zero (deleted)
    $p+12K-$p+20K rw-s /dev/zero (deleted)
    $p+20K-$p+24K rw-s /dev/zero (deleted)
    $p+24K-$p+32K rw-s /dev/zero (deleted)
    $p+32K-$p+36K rw-s /dev/zero (deleted)
    $p+36K-$p+40K rw-s /dev/zero (deleted)
p: pagemap $p 10 == swap+guard swap+guard none swap+guard swap+guard none swap+guard swap+guard none swap+guard
p: store $p+8K "x"
p: store $p+20K "x"
p: store $p+32K "x"
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
# a second, whole shmem VMA: guard it all, split it three ways and merge it back
p: mmap($g+48K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $q
p: madvise($q, 40K, MADV_GUARD_INSTALL) = 0
p: mprotect($q, 12K, PROT_READ) = 0
p: mprotect($q+28K, 12K, PROT_READ) = 0
p: maps ==
    $q-$q+12K r--s /dev/zero (deleted)
    $q+12K-$q+28K rw-s /dev/zero (deleted)
    $q+28K-$q+40K r--s /dev/zero (deleted)
p: pagemap $q 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: load $q 1 = SIGSEGV SEGV_MAPERR
p: load $q+20K 1 = SIGSEGV SEGV_MAPERR
p: load $q+36K 1 = SIGSEGV SEGV_MAPERR
p: mprotect($q, 12K, PROT_READ|PROT_WRITE) = 0
p: mprotect($q+28K, 12K, PROT_READ|PROT_WRITE) = 0
p: maps $q == $q-$q+40K rw-s /dev/zero (deleted)
p: pagemap $q 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: store $q "x" = SIGSEGV SEGV_MAPERR
p: store $q+36K "x" = SIGSEGV SEGV_MAPERR
p: mprotect($q, 12K, PROT_READ) = 0
p: mprotect($q+28K, 12K, PROT_READ) = 0
p: madvise($q, 40K, MADV_GUARD_REMOVE) = 0
p: pagemap $q 10 == none none none none none none none none none none
p: touch $q 40K read
p: mprotect($q, 12K, PROT_READ|PROT_WRITE) = 0
p: mprotect($q+28K, 12K, PROT_READ|PROT_WRITE) = 0
p: maps $q == $q-$q+40K rw-s /dev/zero (deleted)
p: store $q 40K 0x78
p: load $q 40K == 0x78
