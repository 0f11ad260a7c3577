# A read fault on a shared anonymous (shmem) mapping past the end of its object still runs
# fault-around first: the cached pages of the 16-page window that lie inside the object are
# mapped (here the pages the original mapping populated, now mapped twice), and then the
# faulting page, beyond the end, raises SIGBUS. Found by `mmlab fuzz-diff`
# (seed 5, seq 17; seed 2, seq 30 reached the same code through MADV_POPULATE_READ).
p: mmap(NULL, 1M, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $w
p: munmap($w, 1M) = 0
p: mmap(NULL, 60K, PROT_READ, MAP_SHARED|MAP_ANONYMOUS|MAP_POPULATE, -1, 0) = $m
p: mremap($m+4K, 4K, 104K, MREMAP_MAYMOVE|MREMAP_FIXED, $w+68K) = $r
p: pagemap $r 15 == present+file+excl none none none none none none none none none none none none none none
p: load $r+56K+3246 850 = SIGBUS BUS_ADRERR
p: pagemap $r 15 == present+file+excl present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file present+file none
# the same through MADV_POPULATE_READ: the pages before the end are mapped, then EFAULT
p: mmap($w+256K, 16K, PROT_READ, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $s
p: store $s 0 0
p: madvise($s, 16K, MADV_POPULATE_READ) = 0
p: madvise($s, 4K, MADV_DONTNEED) = 0
p: mremap($s, 16K, 32K, 0) = $s+0
p: pagemap $s 8 == none present+file+excl present+file+excl present+file+excl none none none none
p: madvise($s+16K, 8K, MADV_POPULATE_READ) = -1 EFAULT
p: pagemap $s 8 == present+file+excl present+file+excl present+file+excl present+file+excl none none none none
