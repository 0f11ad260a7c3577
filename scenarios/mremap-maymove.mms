# When the space after the VMA is taken, growing needs MREMAP_MAYMOVE: without it ENOMEM, with
# it the VMA moves (pages and all: the frames stay the same) and the old range is unmapped.
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 64K) = 0
p: mmap($r, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mmap($r+8K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: store $a 8K 0x31
p: pagemap $a 2 == present+anon+excl+ax@A present+anon+excl+ax@B
p: mremap($a, 8K, 16K, 0) = -1 ENOMEM
p: mremap($a, 8K, 16K, MREMAP_MAYMOVE) = $m
p: maps $a == none
p: maps $m == $m-$m+16K rw-p
p: pagemap $m 4 == present+anon+excl+ax@A present+anon+excl+ax@B none none
p: load $m 8K == 0x31
p: load $m+8K 8K == 0x00
p: load $a 1 = SIGSEGV SEGV_MAPERR
