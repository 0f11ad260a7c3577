# Growing in place a VMA that starts one page into a former mapping: three pages, the last one
# unmapped, and the middle page (now the tail of the only VMA) grown by a page with mremap.
# The grown range is merged back with the rest, leaving one three-page VMA as at the start.
p: mmap(NULL, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: munmap($a+8K, 4K) = 0
p: maps $a == $a-$a+8K rw-p
p: mremap($a+4K, 4K, 8K, 0) = $a+4K
p: maps $a == $a-$a+12K rw-p
