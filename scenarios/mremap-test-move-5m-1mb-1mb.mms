# mremap moves a 5M shared anonymous mapping whose start is 1MB-aligned
# (and not aligned to twice that) to a destination that is 1MB-aligned (likewise),
# and the data arrives intact, whatever page-table levels the move could use.
# Only the first 4M are written and checked, as in the selftest.
# The addresses are fixed ones in the empty low part of the address space, taken with
# MAP_FIXED_NOREPLACE: alignment is the subject here, and a clash would show as EEXIST.
p: mmap(0x200100000, 5M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x200100000
p: store 0x200100000 1M 0x11
p: store 0x200200000 1M 0x22
p: store 0x200300000 1M 0x33
p: store 0x200400000 1M 0x44
p: mremap(0x200100000, 5M, 5M, MREMAP_MAYMOVE|MREMAP_FIXED, 0x200700000) = 0x200700000
p: maps 0x200100000 == none
p: maps 0x200700000 == 0x200700000-0x200c00000 rw-s /dev/zero (deleted)
p: load 0x200700000 1M == 0x11
p: load 0x200800000 1M == 0x22
p: load 0x200900000 1M == 0x33
p: load 0x200a00000 1M == 0x44
p: load 0x200b00000 4K == 0x00
