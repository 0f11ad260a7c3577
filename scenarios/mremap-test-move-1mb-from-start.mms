# Moving 1M from 1M into one shared anonymous mapping to 1M into another, where both start
# 256K into a 2M page-table block and the destination's first 1M is unmapped: the data below
# the moved range, at the start of the source, survives. (The fixed addresses are ones the
# selftest picks, in the empty low part of the address space, taken with MAP_FIXED_NOREPLACE.)
p: mmap(0x200440000, 6M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = $s
p: mmap(0x200e40000, 6M, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = $d
p: store $s 1M 0x11
p: store $s+1M 1M 0x22
p: munmap($d, 1M) = 0
p: mremap($s+1M, 1M, 1M, MREMAP_MAYMOVE|MREMAP_FIXED, $d+1M) = $d+1M
p: load $s 1M == 0x11
p: load $d+1M 1M == 0x22
p: maps $s == $s-$s+1M rw-s /dev/zero (deleted)
p: maps $s+1M == none
p: maps $s+2M == $s+2M-$s+6M rw-s /dev/zero (deleted)
p: maps $d == none
p: maps ==
    $d+1M-$d+2M rw-s /dev/zero (deleted)
    $d+2M-$d+6M rw-s /dev/zero (deleted)
