# cow.c `vmsplice_after_fork`: the parent forks first, then takes its vmsplice reference on
# the now shared page and unmaps it; the child's write copies, and the pipe keeps the old bytes.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 4K 0x5a
p: fork() = c
p: pin($m, 4K, FOLL_GET) = $r
p: munmap($m, 4K) = 0
c: store $m 4K 0xff
c: pagemap $m 1 == present+anon+excl+ax
p: pinload $r 0 4K == 0x5a
c: exit()
