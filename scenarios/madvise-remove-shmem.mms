# MADV_REMOVE punches a hole in the shmem object behind a shared mapping: the pages are gone
# for every process that maps it, and read back as zeroes. Private memory refuses it.
p: mmap(NULL, 12K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: store $s 12K 0x5e
p: fork() = q
p: madvise($s+4K, 4K, MADV_REMOVE) = 0
q: pagemap $s 3 == none none none
q: load $s+4K 4K == 0x00
q: load $s 4K == 0x5e
p: load $s+8K 4K == 0x5e
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $p
p: madvise($p, 4K, MADV_REMOVE) = -1 EINVAL
