# munmap's errors: misaligned or empty ranges are EINVAL; an unmapped range is fine.
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: munmap($a+1, 4K) = -1 EINVAL
p: munmap($a, 0) = -1 EINVAL
p: munmap($a, 0xfffffffffffff000) = -1 EINVAL
p: munmap(0x800000000000, 4K) = -1 EINVAL
p: munmap($a, 8K) = 0
p: munmap($a, 8K) = 0
p: munmap($a, 1) = 0
