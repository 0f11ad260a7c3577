# mremap refuses to move a range onto itself or onto a range that overlaps it: MREMAP_FIXED
# with a destination overlapping the source is EINVAL, and nothing moves.
p: mmap(NULL, 32K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $s
p: store $s 8K 0x5a
p: mremap($s, 4K, 4K, MREMAP_MAYMOVE|MREMAP_FIXED, $s) = -1 EINVAL
p: mremap($s, 8K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, $s+4K) = -1 EINVAL
p: mremap($s+4K, 4K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, $s) = -1 EINVAL
p: maps $s == $s-$s+8K rw-s /dev/zero (deleted)
p: load $s 8K == 0x5a
