# MADV_COLD deactivates: the PTEs become old, so smaps stops counting the pages as
# Referenced. MADV_PAGEOUT asks for reclaim, which without swap cannot take anonymous pages:
# they stay, still young.
p: mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 16K write
p: smaps $a == Referenced=16K
p: madvise($a, 8K, MADV_COLD) = 0
p: smaps $a == Referenced=8K Rss=16K
p: madvise($a+8K, 8K, MADV_PAGEOUT) = 0
p: smaps $a == Referenced=8K Rss=16K
p: pagemap $a 4 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: mlock($a, 4K) = 0
p: madvise($a, 4K, MADV_COLD) = -1 EINVAL
