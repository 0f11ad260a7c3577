# MAP_POPULATE on a read-only private mapping faults every page in for reading: the zero
# page everywhere. A writable one is populated with real pages.
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = $a
p: pagemap $a 2 == present+zero present+zero
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = $b
p: pagemap $b 2 == present+anon+excl+ax present+anon+excl+ax
p: smaps $b == Rss=8K Anonymous=8K Private_Dirty=8K
