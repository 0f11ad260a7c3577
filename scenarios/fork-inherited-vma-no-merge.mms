# A VMA inherited through fork is linked to two anon_vmas (its parent's and its own), so
# it never merges with an unfaulted neighbour: in the child the new mapping stays
# separate, while in the parent, whose VMA still has a single anon_vma, it merges.
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 16K) = 0
p: mmap($r, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: touch $a 4K write
p: fork() = q
q: mmap($r+4K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
q: maps ==
    $r-$r+4K rw-p
    $r+4K-$r+8K rw-p
p: mmap($r+4K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $c
p: maps $r == $r-$r+8K rw-p
