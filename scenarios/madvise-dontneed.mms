# MADV_DONTNEED drops private anonymous pages: the range reads back as zeroes (the zero page
# after a read) and Rss falls. Shared anonymous pages stay in their shmem object, so the data
# comes back on the next access.
p: mmap(NULL, 24K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: store $a 8K 0x5a
p: madvise($a, 4K, MADV_DONTNEED) = 0
p: pagemap $a 2 == none present+anon+excl+ax
p: load $a 4K == 0x00
p: load $a+4K 4K == 0x5a
p: smaps $a == Rss=4K
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: store $s 8K 0x6b
p: madvise($s, 8K, MADV_DONTNEED) = 0
p: pagemap $s 2 == none none
p: load $s 8K == 0x6b
