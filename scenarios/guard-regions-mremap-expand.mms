# Growing a mapping with mremap keeps its guard markers where they were, relative to the start
# of the mapping, whether it grows in place or moves to a larger reserved range while
# growing; the new pages have no markers.
p: mmap(NULL, 136K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: munmap($p+20K, 20K) = 0
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: mremap($p, 20K, 40K, 0) = $p+0
p: maps $p == $p-$p+40K rw-p
p: pagemap $p 10 == swap+guard none none none swap+guard none none none none none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p "x" = SIGSEGV SEGV_MAPERR
p: load $p+16K 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: mmap($g+48K, 80K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $n
p: mremap($p, 40K, 80K, MREMAP_MAYMOVE|MREMAP_FIXED, $n) = $n+0
p: maps $n == $n-$n+80K rw-p
p: pagemap $n 20 == swap+guard none none none swap+guard none none none none none none none none none none none none none none none
p: load $n 1 = SIGSEGV SEGV_MAPERR
p: store $n "x" = SIGSEGV SEGV_MAPERR
p: load $n+16K 1 = SIGSEGV SEGV_MAPERR
p: store $n+16K "x" = SIGSEGV SEGV_MAPERR
p: store $n+20K 60K 0x78
