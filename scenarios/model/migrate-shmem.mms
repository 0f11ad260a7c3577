# Migrating shared anonymous (shmem) pages (model only): the page cache slot and every mapping
# move to the new frame, in this process and in a forked child alike; data written through one
# mapping afterwards is seen through the other.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: store $s 8K 0x5a
p: fork() = c
c: load $s 1 == 0x5a
p: migrate($s, 8K) = 0
p: vmstat == pgmigrate_success=2
p: pagemap $s 1 == present+file+@S
c: pagemap $s 1 == present+file+@S
c: store $s "child"
p: load $s 5 == "child"
p: rollup == Rss=8K Shared_Dirty=8K Private_Dirty=0K
c: exit()
