# A pure move (MREMAP_FIXED, same length) over a range holding several VMAs with gaps between
# them moves every VMA and keeps the gaps, with the data: eleven pages with VMAs at pages 0,
# 2, 4-6, 8 and 10 are moved to an empty range, then to right after themselves (overlapping
# nothing), then back over a PROT_NONE mapping: each moved VMA replaces the part it lands
# on, and the gaps keep theirs.
p: mmap(NULL, 144K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: munmap($g, 144K) = 0
p: mmap($g+4K, 44K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: munmap($p+4K, 4K) = 0
p: munmap($p+12K, 4K) = 0
p: munmap($p+28K, 4K) = 0
p: munmap($p+36K, 4K) = 0
p: store $p 4K 0x40
p: store $p+8K 4K 0x42
p: store $p+16K 4K 0x44
p: store $p+20K 4K 0x45
p: store $p+24K 4K 0x46
p: store $p+32K 4K 0x48
p: store $p+40K 4K 0x4a
p: mremap($p, 44K, 44K, MREMAP_MAYMOVE|MREMAP_FIXED, $g+52K) = $g+52K
p: maps ==
    $g+52K-$g+56K rw-p
p: maps ==
    $g+60K-$g+64K rw-p
p: maps ==
    $g+68K-$g+80K rw-p
p: maps ==
    $g+84K-$g+88K rw-p
p: maps ==
    $g+92K-$g+96K rw-p
p: maps $g+56K == none
p: maps $g+64K == none
p: maps $g+80K == none
p: maps $g+88K == none
p: load $g+52K 4K == 0x40
p: load $g+60K 4K == 0x42
p: load $g+68K 4K == 0x44
p: load $g+72K 4K == 0x45
p: load $g+76K 4K == 0x46
p: load $g+84K 4K == 0x48
p: load $g+92K 4K == 0x4a
p: maps $p == none
p: maps $p+16K == none
p: maps $p+40K == none
# right after itself
p: mremap($g+52K, 44K, 44K, MREMAP_MAYMOVE|MREMAP_FIXED, $g+96K) = $g+96K
p: maps $g+96K == $g+96K-$g+100K rw-p
p: maps $g+112K == $g+112K-$g+124K rw-p
p: maps $g+136K == $g+136K-$g+140K rw-p
p: load $g+96K 4K == 0x40
p: load $g+104K 4K == 0x42
p: load $g+112K 4K == 0x44
p: load $g+116K 4K == 0x45
p: load $g+120K 4K == 0x46
p: load $g+128K 4K == 0x48
p: load $g+136K 4K == 0x4a
# back over a PROT_NONE mapping
p: mmap($g+52K, 44K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $g+52K
p: mremap($g+96K, 44K, 44K, MREMAP_MAYMOVE|MREMAP_FIXED, $g+52K) = $g+52K
# the VMAs replace what they land on; the gaps between them keep the PROT_NONE pieces
p: maps ==
    $g+52K-$g+56K rw-p
    $g+56K-$g+60K ---p
    $g+60K-$g+64K rw-p
    $g+64K-$g+68K ---p
    $g+68K-$g+80K rw-p
    $g+80K-$g+84K ---p
    $g+84K-$g+88K rw-p
    $g+88K-$g+92K ---p
    $g+92K-$g+96K rw-p
p: load $g+52K 4K == 0x40
p: load $g+60K 4K == 0x42
p: load $g+68K 4K == 0x44
p: load $g+72K 4K == 0x45
p: load $g+76K 4K == 0x46
p: load $g+84K 4K == 0x48
p: load $g+92K 4K == 0x4a
