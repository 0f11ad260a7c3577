# Guard markers survive VMA splits and merges. Punching single-page holes into a guarded
# mapping leaves the remaining pieces guarded; pages mapped into the holes are not. Splitting
# a guarded mapping three ways with mprotect and merging it back keeps every page guarded;
# removing the markers while it is split and then merging it back leaves it all usable.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 40K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR
p: munmap($p+8K, 4K) = 0
p: munmap($p+20K, 4K) = 0
p: munmap($p+32K, 4K) = 0
p: maps ==
    $p-$p+8K rw-p
p: maps $p+12K == $p+12K-$p+20K rw-p
p: maps $p+24K == $p+24K-$p+32K rw-p
p: maps $p+36K == $p+36K-$p+40K rw-p
p: pagemap $p 10 == swap+guard swap+guard none swap+guard swap+guard none swap+guard swap+guard none swap+guard
p: load $p+4K 1 = SIGSEGV SEGV_MAPERR
p: store $p+12K "x" = SIGSEGV SEGV_MAPERR
p: load $p+28K 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR
# fill the holes again: the new pages have no markers, and the VMAs merge back into one
p: mmap($p+8K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+8K
p: mmap($p+20K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+20K
p: mmap($p+32K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+32K
p: maps $p == $p-$p+40K rw-p
p: pagemap $p 10 == swap+guard swap+guard none swap+guard swap+guard none swap+guard swap+guard none swap+guard
p: store $p+8K "x"
p: store $p+20K "x"
p: store $p+32K "x"
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
# guard everything, then split three ways and merge back
p: madvise($p, 40K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: mprotect($p, 12K, PROT_READ) = 0
p: mprotect($p+28K, 12K, PROT_READ) = 0
p: maps ==
    $p-$p+12K r--p
    $p+12K-$p+28K rw-p
    $p+28K-$p+40K r--p
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: load $p+20K 1 = SIGSEGV SEGV_MAPERR
p: load $p+36K 1 = SIGSEGV SEGV_MAPERR
p: mprotect($p, 12K, PROT_READ|PROT_WRITE) = 0
p: mprotect($p+28K, 12K, PROT_READ|PROT_WRITE) = 0
p: maps $p == $p-$p+40K rw-p
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: store $p "x" = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR
# split again, remove the markers while split, merge back
p: mprotect($p, 12K, PROT_READ) = 0
p: mprotect($p+28K, 12K, PROT_READ) = 0
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: pagemap $p 10 == none none none none none none none none none none
p: touch $p 40K read
p: mprotect($p, 12K, PROT_READ|PROT_WRITE) = 0
p: mprotect($p+28K, 12K, PROT_READ|PROT_WRITE) = 0
p: maps $p == $p-$p+40K rw-p
p: store $p 40K 0x78
p: load $p 40K == 0x78
