# Shrinking a mapping with mremap drops the guard markers of the pages it cuts off: the marker
# on the first page stays, the one on the last page goes with the tail, and growing the
# mapping back to its old size in place brings back plain pages, not the marker.
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: munmap($g+24K, 40K) = 0
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: mremap($p, 20K, 12K, MREMAP_MAYMOVE) = $p+0
p: maps $p == $p-$p+12K rw-p
p: pagemap $p 5 == swap+guard none none none none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p "x" = SIGSEGV SEGV_MAPERR
p: touch $p+4K 8K read
p: store $p+4K 8K 0x78
p: mremap($p, 12K, 20K, 0) = $p+0
p: maps $p == $p-$p+20K rw-p
p: pagemap $p 5 == swap+guard present+anon+excl+ax present+anon+excl+ax none none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p "x" = SIGSEGV SEGV_MAPERR
p: touch $p+4K 16K read
p: store $p+4K 16K 0x78
p: load $p+4K 16K == 0x78
