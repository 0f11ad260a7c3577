# A source that is not page-aligned cannot even be set up: mmap with MAP_FIXED_NOREPLACE at a
# 1K-aligned address is EINVAL. mremap of a range that starts 1K into a page is EINVAL too.
p: mmap(NULL, 32K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: munmap($g, 32K) = 0
p: mmap($g+4K+1K, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = -1 EINVAL
p: maps $g+4K == none
p: mmap($g+4K, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = $s
p: mremap($s+1K, 3K, 3K, MREMAP_MAYMOVE|MREMAP_FIXED, $g+16K) = -1 EINVAL
p: maps $s == $s-$s+4K rw-s /dev/zero (deleted)
p: maps $g+16K == none
