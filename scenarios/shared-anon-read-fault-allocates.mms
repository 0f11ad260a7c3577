# A read fault on shared anonymous memory allocates a real (clean) shmem page, not the zero
# page; a write dirties it.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 4K read
p: touch $a+4K 4K write
p: pagemap $a 2 == present+file+excl present+file+excl
p: smaps $a == Rss=8K Private_Clean=4K Private_Dirty=4K Anonymous=0K
