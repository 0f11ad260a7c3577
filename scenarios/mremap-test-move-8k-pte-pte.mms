# mremap moves an 8K shared anonymous mapping whose start is PTE-aligned
# (and not aligned to twice that) to a destination that is PTE-aligned (likewise),
# and the data arrives intact, whatever page-table levels the move could use.
# The addresses are fixed ones in the empty low part of the address space, taken with
# MAP_FIXED_NOREPLACE: alignment is the subject here, and a clash would show as EEXIST.
p: mmap(0x200001000, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x200001000
p: store 0x200001000 2K 0x11
p: store 0x200001800 2K 0x22
p: store 0x200002000 2K 0x33
p: store 0x200002800 2K 0x44
p: mremap(0x200001000, 8K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, 0x200005000) = 0x200005000
p: maps 0x200001000 == none
p: maps 0x200005000 == 0x200005000-0x200007000 rw-s /dev/zero (deleted)
p: load 0x200005000 2K == 0x11
p: load 0x200005800 2K == 0x22
p: load 0x200006000 2K == 0x33
p: load 0x200006800 2K == 0x44
