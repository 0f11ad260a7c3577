# A read fault on shared memory maps not just the faulting page but every page of the
# object already in memory within the surrounding 64 KiB window (fault-around), without
# allocating any. A write fault maps only its own page.
p: mmap(NULL, 128K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: touch $s 128K write
p: fork() = q
q: pagemap $s 2 == none none
q: touch $s+8K 1 read
q: pagemap $s 17 == present+file@A present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file none
p: pagemap $s 1 == present+file@A
q: touch $s+64K+8K 1 write
q: pagemap $s+64K 3 == none none present+file
q: smaps $s == Rss=68K
