# Growing a VMA in place with mremap into a one-page hole that ends at another compatible VMA
# fills the hole and merges the two: three pages, the middle one unmapped, and growing the
# first page to two pages leaves one three-page VMA.
p: mmap(NULL, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: munmap($a+4K, 4K) = 0
p: maps $a == $a-$a+4K rw-p
p: maps $a+8K == $a+8K-$a+12K rw-p
p: mremap($a, 4K, 8K, 0) = $a+0
p: maps $a == $a-$a+12K rw-p
