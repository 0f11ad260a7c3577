# A free hint is honoured exactly; a hint that overlaps an existing mapping is ignored and
# the mapping goes wherever the top-down search puts it.
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 64K) = 0
p: mmap($r+16K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: maps $a == $r+16K-$r+20K r--p
p: mmap($r+16K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $b
p: maps $r+16K == $r+16K-$r+20K r--p
p: mmap($r+17K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
