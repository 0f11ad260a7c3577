# cow.c `cow_in_parent_mprotect`: after fork the parent makes the shared page read-only and
# writable again, then writes. The mprotect optimisation must not map the shared page
# writable: the write copies, and the child keeps reading the old bytes.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 4K 0x5a
p: fork() = c
p: mprotect($m, 4K, PROT_READ) = 0
p: mprotect($m, 4K, PROT_READ|PROT_WRITE) = 0
p: pagemap $m 1 == present+anon+@SHARED
c: pagemap $m 1 == present+anon+@SHARED
p: store $m 4K 0xff
p: pagemap $m 1 == present+anon+excl+ax+@MINE
c: load $m 4K == 0x5a
c: pagemap $m 1 == present+anon+excl+@SHARED
