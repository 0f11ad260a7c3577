# mremap moves a 2G shared anonymous mapping whose start is PUD-aligned
# (and not aligned to twice that) to a destination that is PUD-aligned (likewise),
# and the data arrives intact, whatever page-table levels the move could use.
# Only the first 4M are written and checked, as in the selftest.
# The addresses are fixed ones in the empty low part of the address space, taken with
# MAP_FIXED_NOREPLACE: alignment is the subject here, and a clash would show as EEXIST.
p: mmap(0x240000000, 2G, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x240000000
p: store 0x240000000 1M 0x11
p: store 0x240100000 1M 0x22
p: store 0x240200000 1M 0x33
p: store 0x240300000 1M 0x44
p: mremap(0x240000000, 2G, 2G, MREMAP_MAYMOVE|MREMAP_FIXED, 0x340000000) = 0x340000000
p: maps 0x240000000 == none
p: maps 0x340000000 == 0x340000000-0x3c0000000 rw-s /dev/zero (deleted)
p: load 0x340000000 1M == 0x11
p: load 0x340100000 1M == 0x22
p: load 0x340200000 1M == 0x33
p: load 0x340300000 1M == 0x44
p: load 0x340400000 4K == 0x00
