# A fresh private anonymous mapping has nothing populated; MADV_POPULATE_READ populates every
# page, with the shared zero page, as read faults would.
p: mmap(NULL, 2056K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 2M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: pagemap $a 4 == none none none none
p: pagemap $a+2M-16K 4 == none none none none
p: madvise($a, 2M, MADV_POPULATE_READ) = 0
p: pagemap $a 4 == present+zero present+zero present+zero present+zero
p: pagemap $a+2M-16K 4 == present+zero present+zero present+zero present+zero
p: smaps $a == Rss=0K
p: load $a 2M == 0x00
