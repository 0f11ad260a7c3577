# A hint is refused when the mapping would end inside the guard gap (stack_guard_gap, 1 MiB)
# below a VM_GROWSDOWN mapping; MAP_FIXED ignores the gap.
p: mmap(NULL, 4M, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 4M) = 0
p: mmap($r+3M, 64K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN|MAP_FIXED, -1, 0) = $s
p: smaps $s == VmFlags~gd
p: mmap($r+2M, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: maps $r+2M == none
p: mmap($r+1M, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $b
p: maps $r+1M == $r+1M-$r+1M+4K r--p
p: mmap($r+3M-4K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $c
p: maps $r+3M-4K == $r+3M-4K-$r+3M r--p
