# Failure injection and the OOM killer. A page allocation in a fault fails (fail nth=1 at the
# page site): pagefault_out_of_memory runs the OOM killer, which kills the process with the
# highest badness (resident pages plus page tables; on a tie the first in creation order),
# here the parent, which has 64 more pages than the child; the child's fault is retried and
# succeeds. What the killed parent would do
# next answers SIGKILL. When the child's own fault fails with nobody else left, the child is
# the one killed.
machine ram=64M
p: mmap(NULL, 64K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 64K write
p: fork() = c
p: mmap(NULL, 256K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $big
p: touch $big 256K write
c: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $b
c: fail nth=1,site=page
c: store $b "still here"
c: load $b 10 == "still here"
c: vmstat == oom_kill=1
p: touch $a 1 read = SIGKILL
c: fail nth=1,site=page
c: touch $b+4K 1 write = SIGKILL
