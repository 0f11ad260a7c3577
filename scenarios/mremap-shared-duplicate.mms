# mremap with old_len 0 duplicates a shared mapping: a second view of the same shmem object at
# a new address. For private memory the same request is refused.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: store $s "shared"
p: mremap($s, 0, 8K, MREMAP_MAYMOVE) = $d
p: load $d 6 == "shared"
p: store $d "SHARED"
p: load $s 6 == "SHARED"
p: maps $s == $s-$s+8K rw-s /dev/zero (deleted)
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $p
p: mremap($p, 0, 8K, MREMAP_MAYMOVE) = -1 EINVAL
