# Regression (found by failure injection): mremap that cannot allocate a page table at the
# destination moves back the entries it moved and unmaps the new area (move_vma's revert),
# so it returns ENOMEM with the data still at the old address and nothing at the new one.
p: mmap(NULL, 32K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a "kept"
p: store $a+28K "also"
p: fail nth=1,site=page_table
p: mremap($a, 32K, 32K, MREMAP_MAYMOVE|MREMAP_FIXED, $a-1G) = -1 ENOMEM
p: fail never
p: load $a 4 == "kept"
p: load $a+28K 4 == "also"
p: maps $a == $a-$a+32K rw-p
p: maps $a-1G == none
p: pagemap $a 1 == present+excl+anon+ax
