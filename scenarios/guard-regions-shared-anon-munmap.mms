# The shared-memory flavour of guard-regions-munmap, on MAP_SHARED|MAP_ANONYMOUS: unmapping
# guarded pages takes their markers with them, and shmem mapped again at the same addresses is
# ordinary, usable memory (each new shmem mapping is an object, and a VMA, of its own).
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+36K, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR
p: munmap($p, 4K) = 0
p: munmap($p+36K, 4K) = 0
p: maps $p+4K == $p+4K-$p+36K rw-s /dev/zero (deleted)
p: pagemap $p 10 == none none none none none none none none none none
p: mmap($p, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+0
p: mmap($p+36K, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+36K
p: maps ==
    $p-$p+4K rw-s /dev/zero (deleted)
    $p+4K-$p+36K rw-s /dev/zero (deleted)
    $p+36K-$p+40K rw-s /dev/zero (deleted)
p: pagemap $p 10 == none none none none none none none none none none
p: load $p 1 == 0x00
p: store $p "x"
p: load $p+36K 1 == 0x00
p: store $p+36K "x"
p: pagemap $p 10 == present+file+excl none none none none none none none none present+file+excl
