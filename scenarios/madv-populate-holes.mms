# MADV_POPULATE_READ and MADV_POPULATE_WRITE fail with ENOMEM when the range has a hole,
# wherever the hole is: in the middle, at the end or at the beginning of the range. They
# stop at the hole: the pages before it are populated, those after it are not.
p: mmap(NULL, 2056K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 2M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: munmap($a+4K, 4K) = 0
# a hole in the middle
p: madvise($a, 2M, MADV_POPULATE_READ) = -1 ENOMEM
p: pagemap $a 3 == present+zero none none
p: madvise($a, 2M, MADV_POPULATE_WRITE) = -1 ENOMEM
p: pagemap $a 3 == present+anon+excl+ax none none
# a hole at the end
p: madvise($a, 8K, MADV_POPULATE_READ) = -1 ENOMEM
p: madvise($a, 8K, MADV_POPULATE_WRITE) = -1 ENOMEM
# a hole at the beginning
p: madvise($a+4K, 4K, MADV_POPULATE_READ) = -1 ENOMEM
p: madvise($a+4K, 4K, MADV_POPULATE_WRITE) = -1 ENOMEM
