# On a write-only private anonymous mapping (PROT_WRITE without PROT_READ) MADV_POPULATE_READ
# fails with EINVAL, since the mapping is not readable, and MADV_POPULATE_WRITE succeeds,
# giving every page a private page of its own.
p: mmap(NULL, 2056K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 2M, PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: maps $a == $a-$a+2M -w-p
p: madvise($a, 2M, MADV_POPULATE_READ) = -1 EINVAL
p: pagemap $a 2 == none none
p: madvise($a, 2M, MADV_POPULATE_WRITE) = 0
p: pagemap $a 4 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: pagemap $a+2M-16K 4 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: smaps $a == Rss=2048K Anonymous=2048K
