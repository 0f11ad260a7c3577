# Since 6.17 a pure move (MREMAP_FIXED, same length) may span several VMAs: each moves, and
# the gaps between them are kept at the destination.
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 64K) = 0
p: mmap($r, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mmap($r+4K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: mmap($r+12K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $c
p: store $a "A"
p: store $c "C"
p: mremap($r, 16K, 16K, MREMAP_MAYMOVE|MREMAP_FIXED, $r+32K) = $r+32K
p: maps ==
    $r+32K-$r+36K rw-p
    $r+36K-$r+40K r--p
p: maps $r+44K == $r+44K-$r+48K rw-p
p: maps $r+40K == none
p: maps $r == none
p: load $r+32K 1 == "A"
p: load $r+44K 1 == "C"
