# MREMAP_DONTUNMAP moves the pages but keeps the source VMA, now empty: reading it gives
# zeroes (the zero page), not the old data.
p: mmap(NULL, 32K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: mmap($r+4K, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: store $a 8K 0x51
p: mremap($a, 8K, 8K, MREMAP_MAYMOVE|MREMAP_DONTUNMAP) = $m
p: maps $a == $a-$a+8K rw-p
p: pagemap $a 2 == none none
p: pagemap $m 2 == present+anon+excl+ax present+anon+excl+ax
p: load $m 8K == 0x51
p: load $a 8K == 0x00
p: mremap($a, 8K, 16K, MREMAP_MAYMOVE|MREMAP_DONTUNMAP) = -1 EINVAL
