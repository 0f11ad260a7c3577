# MREMAP_FIXED moves to a chosen address, replacing what was there. Moving the pages back to
# where they came from merges them with their old neighbours again (their pgoff still fits).
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: mmap($r+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: store $a 12K 0x41
p: mmap($r+32K, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $d
p: mremap($a+4K, 4K, 4K, MREMAP_MAYMOVE|MREMAP_FIXED, $r+32K) = $r+32K
p: maps $a == $a-$a+4K rw-p
p: maps $a+4K == none
p: maps $a+8K == $a+8K-$a+12K rw-p
p: maps $r+32K == $r+32K-$r+36K rw-p
p: maps $r+36K == $r+36K-$r+40K r--p
p: load $r+32K 4K == 0x41
p: munmap($a+4K, 4K) = 0
p: mremap($r+32K, 4K, 4K, MREMAP_MAYMOVE|MREMAP_FIXED, $a+4K) = $a+4K
p: maps $a == $a-$a+12K rw-p
p: load $a 12K == 0x41
