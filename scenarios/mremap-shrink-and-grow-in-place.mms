# mremap shrinks in place by unmapping the tail, and grows in place when the space after the
# VMA is free; the data stays where it was.
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 64K) = 0
p: mmap($r, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: store $a 16K 0x21
p: mremap($a, 16K, 8K, 0) = $a+0
p: maps $a == $a-$a+8K rw-p
p: pagemap $a 4 == present+anon+excl+ax present+anon+excl+ax none none
p: mremap($a, 8K, 32K, 0) = $a+0
p: maps $a == $a-$a+32K rw-p
p: load $a 8K == 0x21
p: load $a+8K 24K == 0x00
p: mremap($a, 32K, 32K, 0) = $a+0
