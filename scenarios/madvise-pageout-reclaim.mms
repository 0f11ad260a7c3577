# What MADV_PAGEOUT's reclaim does without a swap device. Clean MADV_FREE pages are unmapped and
# freed, so they read back as zeroes; a lazily freeable page written again is dirty and stays;
# a page mapped by two processes is left alone. Shared anonymous (shmem) pages are unmapped
# whatever their state: the written ones stay in the page cache and read back intact.
p: mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a 16K 0x5a
p: madvise($a, 16K, MADV_FREE) = 0
p: store $a+4K 1 0x5b
p: madvise($a, 16K, MADV_PAGEOUT) = 0
p: pagemap $a 4 == none present+anon+excl+ax none none
p: smaps $a == Rss=4K Private_Dirty=4K LazyFree=0K
p: load $a 4K == 0x00
p: load $a+4K 1 == 0x5b
p: load $a+5K 1 == 0x5a
p: pagemap $a 4 == present+zero present+anon+excl+ax none none
# a private page shared with a child (mapcount 2) is not touched, lazily freeable or not
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $b
p: store $b 8K 0x21
p: fork() = q
p: madvise($b, 8K, MADV_PAGEOUT) = 0
p: pagemap $b 2 == present+anon present+anon
q: exit()
p: madvise($b, 8K, MADV_FREE) = 0
p: madvise($b, 4K, MADV_PAGEOUT) = 0
p: pagemap $b 2 == none present+anon+excl
p: load $b+4K 4K == 0x21
# shmem: one page written, one only read, one never touched
p: mmap(NULL, 12K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: store $s 4K 0x77
p: load $s+4K 1 == 0x00
p: smaps $s == Rss=8K
p: madvise($s, 12K, MADV_PAGEOUT) = 0
p: pagemap $s 3 == none none none
p: smaps $s == Rss=0K
p: load $s 4K == 0x77
p: load $s+4K 4K == 0x00
p: load $s+8K 4K == 0x00
p: smaps $s == Rss=12K
# a shmem page mapped by parent and child is left mapped in both
p: fork() = r
r: load $s 1 == 0x77
p: madvise($s, 4K, MADV_PAGEOUT) = 0
p: pagemap $s 1 == present+file
r: pagemap $s 1 == present+file
r: exit()
