# cow.c `vmsplice_before_fork`: the parent takes a vmsplice reference on its exclusive page,
# forks (a plain reference is no pin: the page is shared and loses PG_anon_exclusive), and
# unmaps it. The child's write finds a page with one mapping but an extra reference: it copies,
# so the parent's pipe keeps the bytes it was given.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 4K 0x5a
p: pin($m, 4K, FOLL_GET) = $r
p: fork() = c
c: pagemap $m 1 == present+anon+@OLD
p: pagemap $m 1 == present+anon+@OLD
p: munmap($m, 4K) = 0
c: pagemap $m 1 == present+anon+excl+@OLD
c: store $m 4K 0xff
c: pagemap $m 1 == present+anon+excl+ax+@NEW
p: pinload $r 0 4K == 0x5a
c: exit()
p: pinload $r 0 4K == 0x5a
