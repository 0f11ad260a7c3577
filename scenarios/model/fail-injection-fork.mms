# A fork that cannot allocate (the shape of seed 003: a page table failing in the middle of
# dup_mmap) returns ENOMEM and creates nobody; the parent keeps its memory, its exclusivity and
# its data, and nothing of the half-built child is left (every invariant, including "no frame
# leaks", is checked after each step). Each allocation site of fork fails once in turn: the
# child's VMA, its anon_vma_chain, its anon_vma, a page table of its copy. Model only: the host
# cannot inject failures.
p: mmap(NULL, 64K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a "parent data"
p: touch $a+4K 60K write
p: fail nth=1,site=vma
p: fork() = -1 ENOMEM
p: fail nth=1,site=anon_vma_chain
p: fork() = -1 ENOMEM
p: fail nth=1,site=anon_vma
p: fork() = -1 ENOMEM
p: fail nth=1,site=page_table
p: fork() = -1 ENOMEM
p: pagemap $a 1 == present+excl+anon+ax
p: load $a 11 == "parent data"
p: maps $a == $a-$a+64K rw-p
p: fail never
p: fork() = c
p: pagemap $a 1 == present+anon
c: load $a 11 == "parent data"
c: store $a "child"
p: load $a 11 == "parent data"
c: exit()
