# Shrinking and moving at once may span several VMAs and gaps: a range of ten pages holding
# five one-page VMAs, shrunk to one page and moved with MREMAP_FIXED, ends up as that first page
# at the destination; nothing is left at the source.
p: mmap(NULL, 96K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: munmap($g, 96K) = 0
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 40K 0x61
p: munmap($p+4K, 4K) = 0
p: munmap($p+12K, 4K) = 0
p: munmap($p+20K, 4K) = 0
p: munmap($p+28K, 4K) = 0
p: munmap($p+36K, 4K) = 0
p: mremap($p, 40K, 4K, MREMAP_MAYMOVE|MREMAP_FIXED, $g+52K) = $g+52K
p: maps $g+52K == $g+52K-$g+56K rw-p
p: load $g+52K 4K == 0x61
p: maps $p == none
p: maps $p+8K == none
p: maps $p+16K == none
p: maps $p+24K == none
p: maps $p+32K == none
