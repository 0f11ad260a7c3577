# mremap with MREMAP_FIXED needs a page-aligned destination: one that is only 1K-aligned is
# EINVAL, and the source stays where it is.
p: mmap(NULL, 32K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $s
p: store $s 4K 0x5a
p: mremap($s, 4K, 4K, MREMAP_MAYMOVE|MREMAP_FIXED, $g+16K+1K) = -1 EINVAL
p: mremap($s, 4K, 4K, MREMAP_MAYMOVE|MREMAP_FIXED, $g+16K+3K) = -1 EINVAL
p: maps $s == $s-$s+4K rw-s /dev/zero (deleted)
p: load $s 4K == 0x5a
