# Shrinking in place may span several VMAs and the gaps between them: a range of ten pages
# holding five one-page VMAs (every other page unmapped) shrunk to its first page keeps that
# page and unmaps the other four VMAs.
p: mmap(NULL, 96K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: munmap($g, 96K) = 0
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 40K 0x61
p: munmap($p+4K, 4K) = 0
p: munmap($p+12K, 4K) = 0
p: munmap($p+20K, 4K) = 0
p: munmap($p+28K, 4K) = 0
p: munmap($p+36K, 4K) = 0
p: mremap($p, 40K, 4K, 0) = $p+0
p: maps $p == $p-$p+4K rw-p
p: maps $p+8K == none
p: maps $p+16K == none
p: maps $p+24K == none
p: maps $p+32K == none
p: load $p 4K == 0x61
