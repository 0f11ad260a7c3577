# Two VMAs faulted while apart get different anon_vmas; when the hole between them is
# filled and their protections agree, only one side can absorb the new range.
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 16K) = 0
p: mmap($r, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mmap($r+8K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: touch $a 4K write
p: touch $b 4K write
p: mmap($r+4K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $c
p: maps ==
    $r-$r+8K rw-p
    $r+8K-$r+12K rw-p
