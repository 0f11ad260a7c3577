# A VM_GROWSDOWN mapping grows when an access lands just below it, one page at a time as the
# fault asks, but never closer than stack_guard_gap (1 MiB) to the mapping below it: such an
# access is SIGSEGV SEGV_MAPERR. A PROT_NONE neighbour is no obstacle (it is not accessible).
p: mmap(NULL, 8M, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 8M) = 0
p: mmap($r+4M, 64K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN|MAP_FIXED, -1, 0) = $s
p: mmap($r+3M-8K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $s-4K "grown"
p: maps $s-4K == $s-4K-$s+64K rw-p
p: load $s-4K 5 == "grown"
p: touch $s-8K 1 write = SIGSEGV SEGV_MAPERR
p: mprotect($p, 4K, PROT_NONE) = 0
p: touch $s-8K 1 write
p: maps $s-8K == $s-8K-$s+64K rw-p
p: mprotect($s, 4K, PROT_READ|PROT_GROWSDOWN) = 0
p: maps $s-8K == $s-8K-$s+4K r--p
p: mprotect($p, 4K, PROT_READ|PROT_GROWSDOWN) = -1 EINVAL
