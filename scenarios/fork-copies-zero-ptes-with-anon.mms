# Once the VMA has an anon_vma (one page was written), fork copies all of its page table,
# zero-page entries included.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 4K write
p: touch $a+4K 4K read
p: fork() = q
q: pagemap $a 2 == present+anon@A present+zero
p: pagemap $a 2 == present+anon@A present+zero
q: touch $a+4K 4K write
q: pagemap $a 2 == present+anon@A present+anon+excl+ax@B
p: pagemap $a 2 == present+anon@A present+zero
