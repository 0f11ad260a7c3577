# mremap moves a 5M shared anonymous mapping whose start is 1MB-aligned
# (and not aligned to twice that) to a destination that is 1MB-aligned (likewise),
# placed right after an 8M shared anonymous mapping (the preamble; the selftest's is 40M,
# but 8M already covers the 2M page-table block the destination starts in). The data
# arrives intact and the preamble is untouched, whatever page-table levels the move could use.
# Only the first 4M are written and checked, as in the selftest.
# The addresses are fixed ones in the empty low part of the address space, taken with
# MAP_FIXED_NOREPLACE: alignment is the subject here, and a clash would show as EEXIST.
p: mmap(0x200100000, 5M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x200100000
p: store 0x200100000 1M 0x11
p: store 0x200200000 1M 0x22
p: store 0x200300000 1M 0x33
p: store 0x200400000 1M 0x44
p: mmap(0x200700000, 8M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x200700000
p: store 0x200700000 4M 0x55
p: store 0x200b00000 4M 0x66
p: mremap(0x200100000, 5M, 5M, MREMAP_MAYMOVE|MREMAP_FIXED, 0x200f00000) = 0x200f00000
p: maps 0x200100000 == none
p: maps 0x200f00000 == 0x200f00000-0x201400000 rw-s /dev/zero (deleted)
p: load 0x200f00000 1M == 0x11
p: load 0x201000000 1M == 0x22
p: load 0x201100000 1M == 0x33
p: load 0x201200000 1M == 0x44
p: load 0x201300000 4K == 0x00
p: maps 0x200700000 == 0x200700000-0x200f00000 rw-s /dev/zero (deleted)
p: load 0x200700000 4M == 0x55
p: load 0x200b00000 4M == 0x66
