# mremap moves a 4M shared anonymous mapping whose start is PMD-aligned
# (and not aligned to twice that) to a destination that is PTE-aligned (likewise),
# and the data arrives intact, whatever page-table levels the move could use.
# The addresses are fixed ones in the empty low part of the address space, taken with
# MAP_FIXED_NOREPLACE: alignment is the subject here, and a clash would show as EEXIST.
p: mmap(0x200200000, 4M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x200200000
p: store 0x200200000 1M 0x11
p: store 0x200300000 1M 0x22
p: store 0x200400000 1M 0x33
p: store 0x200500000 1M 0x44
p: mremap(0x200200000, 4M, 4M, MREMAP_MAYMOVE|MREMAP_FIXED, 0x200601000) = 0x200601000
p: maps 0x200200000 == none
p: maps 0x200601000 == 0x200601000-0x200a01000 rw-s /dev/zero (deleted)
p: load 0x200601000 1M == 0x11
p: load 0x200701000 1M == 0x22
p: load 0x200801000 1M == 0x33
p: load 0x200901000 1M == 0x44
