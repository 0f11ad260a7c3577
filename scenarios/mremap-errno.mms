# mremap's argument checks: flags, alignment, lengths, FIXED without MAYMOVE, overlapping
# source and destination, and a range that is not mapped (EFAULT).
p: mmap(NULL, 32K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: mmap($r+4K, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mremap($a, 8K, 4K, 8) = -1 EINVAL
p: mremap($a+1, 4K, 4K, 0) = -1 EINVAL
p: mremap($a, 8K, 0, 0) = -1 EINVAL
p: mremap($a, 8K, 0x800000000000, MREMAP_MAYMOVE) = -1 EINVAL
p: mremap($a, 8K, 8K, MREMAP_FIXED, $r+16K) = -1 EINVAL
p: mremap($a, 8K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, $a+4K) = -1 EINVAL
p: mremap($a, 8K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, $r+17K) = -1 EINVAL
p: mremap($a, 0, 4K, MREMAP_MAYMOVE) = -1 EINVAL
p: munmap($a, 8K) = 0
p: mremap($a, 4K, 8K, MREMAP_MAYMOVE) = -1 EFAULT
p: mmap($a, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: mremap($b, 8K, 4K, 0) = $b+0
p: mremap($b, 8K, 16K, MREMAP_MAYMOVE) = -1 EFAULT
