# The shared-memory flavour of guard-regions-mremap-shrink, on MAP_SHARED|MAP_ANONYMOUS:
# shrinking drops the marker on the cut-off last page and keeps the one on the first page;
# growing back in place brings plain pages back, not the marker.
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 20K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: munmap($g+24K, 40K) = 0
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: mremap($p, 20K, 12K, MREMAP_MAYMOVE) = $p+0
p: maps $p == $p-$p+12K rw-s /dev/zero (deleted)
p: pagemap $p 5 == swap+guard none none none none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p "x" = SIGSEGV SEGV_MAPERR
p: touch $p+4K 8K read
p: store $p+4K 8K 0x78
p: mremap($p, 12K, 20K, 0) = $p+0
p: maps $p == $p-$p+20K rw-s /dev/zero (deleted)
p: pagemap $p 5 == swap+guard present+file+excl present+file+excl none none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p "x" = SIGSEGV SEGV_MAPERR
p: touch $p+4K 16K read
p: store $p+4K 16K 0x78
p: load $p+4K 16K == 0x78
