# mremap moves a 2M shared anonymous mapping whose start is 1MB-aligned
# (and not aligned to twice that) to a destination that is 1MB-aligned (likewise),
# and the data arrives intact, whatever page-table levels the move could use.
# The addresses are fixed ones in the empty low part of the address space, taken with
# MAP_FIXED_NOREPLACE: alignment is the subject here, and a clash would show as EEXIST.
p: mmap(0x200100000, 2M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x200100000
p: store 0x200100000 512K 0x11
p: store 0x200180000 512K 0x22
p: store 0x200200000 512K 0x33
p: store 0x200280000 512K 0x44
p: mremap(0x200100000, 2M, 2M, MREMAP_MAYMOVE|MREMAP_FIXED, 0x200500000) = 0x200500000
p: maps 0x200100000 == none
p: maps 0x200500000 == 0x200500000-0x200700000 rw-s /dev/zero (deleted)
p: load 0x200500000 512K == 0x11
p: load 0x200580000 512K == 0x22
p: load 0x200600000 512K == 0x33
p: load 0x200680000 512K == 0x44
