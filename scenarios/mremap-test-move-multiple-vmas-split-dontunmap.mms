# The MREMAP_DONTUNMAP flavour of mremap-test-move-multiple-vmas-split: the moved parts of
# the two VMAs arrive with their data, and the source keeps its VMAs whole, with the moved
# pages now empty.
p: mmap(NULL, 96K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: munmap($g, 96K) = 0
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: munmap($p+20K, 4K) = 0
p: store $p 4K 0x40
p: store $p+4K 4K 0x41
p: store $p+8K 4K 0x42
p: store $p+12K 4K 0x43
p: store $p+16K 4K 0x44
p: store $p+24K 4K 0x46
p: store $p+28K 4K 0x47
p: store $p+32K 4K 0x48
p: store $p+36K 4K 0x49
p: mremap($p+8K, 28K, 28K, MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP, $g+52K) = $g+52K
p: maps $g+52K == $g+52K-$g+64K rw-p
p: maps $g+64K == none
p: maps $g+68K == $g+68K-$g+80K rw-p
p: load $g+52K 4K == 0x42
p: load $g+56K 4K == 0x43
p: load $g+60K 4K == 0x44
p: load $g+68K 4K == 0x46
p: load $g+72K 4K == 0x47
p: load $g+76K 4K == 0x48
p: maps $p == $p-$p+20K rw-p
p: maps $p+24K == $p+24K-$p+40K rw-p
p: pagemap $p+8K 7 == none none none none none none none
p: load $p+8K 12K == 0x00
p: load $p 4K == 0x40
p: load $p+4K 4K == 0x41
p: load $p+36K 4K == 0x49
