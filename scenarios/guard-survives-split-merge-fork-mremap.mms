# Guard markers live in the page tables, so they follow the memory: through an mprotect split
# and merge, MADV_DONTNEED and MADV_FREE, fork (the child gets them too) and mremap; munmap
# and a remap at the same place drop them. The sticky "gu" flag does not stop merges and the
# merged VMA keeps it.
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 64K) = 0
p: mmap($r, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: madvise($a+4K, 4K, MADV_GUARD_INSTALL) = 0
p: mmap($r+12K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: maps $a == $a-$a+16K rw-p
p: smaps $a == VmFlags~gu
p: mprotect($a, 4K, PROT_READ) = 0
p: smaps $a == VmFlags~gu
p: smaps $a+4K == VmFlags~gu
p: mprotect($a, 4K, PROT_READ|PROT_WRITE) = 0
p: maps $a == $a-$a+16K rw-p
p: madvise($a, 16K, MADV_DONTNEED) = 0
p: madvise($a, 16K, MADV_FREE) = 0
p: pagemap $a 4 == none swap+guard none none
p: fork() = q
q: pagemap $a 4 == none swap+guard none none
q: touch $a+4K 1 read = SIGSEGV SEGV_MAPERR
p: mremap($a, 16K, 16K, MREMAP_MAYMOVE|MREMAP_FIXED, $r+32K) = $m
p: pagemap $m 4 == none swap+guard none none
p: munmap($m, 16K) = 0
p: mmap($m, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $n
p: pagemap $n 4 == none none none none
