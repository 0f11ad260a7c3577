# A hint below mmap_min_addr that rounds down to 0 counts as no hint (top-down placement); as
# root (CAP_SYS_RAWIO) MAP_FIXED may map even page 0.
p: mmap(0x800, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $i
p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0
p: maps 0 == 0-0x1000 r--p
p: load 0 8 == 0x00
p: mmap(0x1000, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = 0x1000
p: maps 0 == 0-0x2000 r--p
p: munmap(0, 8K) = 0
