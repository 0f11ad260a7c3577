# ext4's get_unmapped_area is thp_get_unmapped_area: a file mapping that covers a whole 2 MiB
# aligned stretch of the file is placed so that file offsets and addresses agree modulo 2 MiB
# (here top-down with an aligned slot: one PMD above the padded search's result). A mapping
# whose offset is not aligned is shifted to match its offset. Shorter ones are placed plainly.
# A mapping may extend past the file's end; touching there raises SIGBUS.
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY) = 3
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 3, 0) = $small
p: mmap(NULL, 4M, PROT_READ, MAP_PRIVATE, 3, 0) = $big
p: mmap(NULL, 4M, PROT_READ, MAP_PRIVATE, 3, 4K) = $shifted
p: mmap(NULL, 2M, PROT_READ, MAP_PRIVATE, 3, 0) = $two
p: maps $small == $small-$small+8K r--p
p: maps $big == $big-$big+4M r--p
p: load $big+8K 1 == "C"
p: touch $big+2M 1 read = SIGBUS BUS_ADRERR at $big+2M
p: load $shifted 1 == "B"
