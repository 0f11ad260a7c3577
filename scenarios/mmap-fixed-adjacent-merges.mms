# A new mapping placed exactly next to a compatible one extends it instead of making a
# new VMA; an incompatible protection keeps them apart.
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 16K) = 0
p: mmap($r, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mmap($r+4K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: maps $a == $r-$r+8K rw-p
p: mmap($r+8K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $c
p: maps ==
    $r-$r+8K rw-p
    $r+8K-$r+12K r--p
