# Moving the upper half of a 2M-aligned block inside a large populated private anonymous
# mapping to the upper half of the 2M block just below it leaves the lower half of the source
# block alone: the move must not widen itself to whole 2M page-table blocks. (The mapping sits
# at a fixed, 2M-aligned address in the empty low part of the address space, taken with
# MAP_FIXED_NOREPLACE, since its alignment is the point.)
p: mmap(0x200000000, 20M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = $p
p: touch $p 20M write
p: store $p+6M 1M 0x11
p: store $p+7M 1M 0x22
p: mremap($p+7M, 1M, 1M, MREMAP_MAYMOVE|MREMAP_FIXED, $p+5M) = $p+5M
p: load $p+6M 1M == 0x11
p: load $p+5M 1M == 0x22
p: load $p+4M 1M == 0x00
p: maps ==
    $p-$p+5M rw-p
    $p+5M-$p+6M rw-p
    $p+6M-$p+7M rw-p
p: maps $p+7M == none
p: maps $p+8M == $p+8M-$p+20M rw-p
