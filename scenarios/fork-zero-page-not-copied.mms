# A VMA that only ever had read faults maps the zero page and has no anon_vma, so fork
# does not copy its page tables (vma_needs_copy): the child starts with nothing mapped.
# (The PROT_NONE reservation around the mapping keeps it from merging with whatever the
# process already has next to it.)
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: touch $a 8K read
p: pagemap $a 2 == present+zero present+zero
p: fork() = q
q: pagemap $a 2 == none none
p: pagemap $a 2 == present+zero present+zero
q: load $a 8K == 0x00
q: pagemap $a 2 == present+zero present+zero
