# MADV_GUARD_INSTALL gives an anonymous VMA an anon_vma (it now has page tables worth copying),
# but not a file VMA such as shared anonymous memory: VM_MAYBE_GUARD alone makes fork copy its
# markers. The difference shows at fork. A private VMA with guards has an anon_vma, so the
# child's copy gets an anon_vma of its own and cannot merge with a neighbour that has none; a
# shared one has no anon_vma in either process and merges. Found by `mmlab fuzz-diff` (seed 100,
# sequence 110).
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: mprotect($a+4K, 4K, PROT_READ) = 0
p: madvise($a+4K, 4K, MADV_GUARD_INSTALL) = 0
p: fork() = c
c: mprotect($a+4K, 4K, PROT_READ|PROT_WRITE) = 0
c: maps $a == $a-$a+4K rw-p
c: pagemap $a+4K 1 == swap+guard
p: mprotect($a+4K, 4K, PROT_READ|PROT_WRITE) = 0
p: maps $a == $a-$a+8K rw-p
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: mprotect($s+4K, 4K, PROT_READ) = 0
p: madvise($s+4K, 4K, MADV_GUARD_INSTALL) = 0
p: fork() = d
d: mprotect($s+4K, 4K, PROT_READ|PROT_WRITE) = 0
d: maps $s == $s-$s+8K rw-s /dev/zero (deleted)
d: pagemap $s+4K 1 == swap+guard
d: smaps $s == VmFlags~gu
d: load $s+4K 1 = SIGSEGV SEGV_MAPERR
c: exit()
d: exit()
