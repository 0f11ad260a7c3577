# MAP_POPULATE on shared anonymous memory reads every page in: real shmem pages, clean,
# mapped writable so a later write needs no fault.
p: mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = $a
p: pagemap $a 4 == present+file+excl present+file+excl present+file+excl present+file+excl
p: smaps $a == Rss=16K Private_Clean=16K Private_Dirty=0K
p: store $a "x"
p: smaps $a == Rss=16K Private_Clean=12K Private_Dirty=4K
