# The shared-memory flavour of guard-regions-mremap-expand, on MAP_SHARED|MAP_ANONYMOUS:
# growing the shmem mapping in place, and then moving it while growing it, keeps the guard
# markers where they were relative to the start of the mapping. The shmem object behind a
# MAP_SHARED|MAP_ANONYMOUS mapping keeps the size it was created with (40K here), so the
# pages the mapping grew beyond it raise SIGBUS.
p: mmap(NULL, 136K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: munmap($p+20K, 20K) = 0
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: mremap($p, 20K, 40K, 0) = $p+0
p: maps $p == $p-$p+40K rw-s /dev/zero (deleted)
p: pagemap $p 10 == swap+guard none none none swap+guard none none none none none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p "x" = SIGSEGV SEGV_MAPERR
p: load $p+16K 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: mmap($g+48K, 80K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $n
p: mremap($p, 40K, 80K, MREMAP_MAYMOVE|MREMAP_FIXED, $n) = $n+0
p: maps $n == $n-$n+80K rw-s /dev/zero (deleted)
p: pagemap $n 20 == swap+guard none none none swap+guard none none none none none none none none none none none none none none none
p: load $n 1 = SIGSEGV SEGV_MAPERR
p: store $n "x" = SIGSEGV SEGV_MAPERR
p: load $n+16K 1 = SIGSEGV SEGV_MAPERR
p: store $n+16K "x" = SIGSEGV SEGV_MAPERR
p: store $n+20K 20K 0x78
p: store $n+40K "x" = SIGBUS BUS_ADRERR at $n+40K
p: load $n+76K 1 = SIGBUS BUS_ADRERR at $n+76K
