# On a read-only private anonymous mapping MADV_POPULATE_READ succeeds (mapping the zero page
# everywhere) and MADV_POPULATE_WRITE fails with EINVAL: it would need write access.
p: mmap(NULL, 2056K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 2M, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: madvise($a, 2M, MADV_POPULATE_READ) = 0
p: pagemap $a 4 == present+zero present+zero present+zero present+zero
p: pagemap $a+2M-16K 4 == present+zero present+zero present+zero present+zero
p: madvise($a, 2M, MADV_POPULATE_WRITE) = -1 EINVAL
p: pagemap $a+1M 2 == present+zero present+zero
p: smaps $a == Rss=0K
