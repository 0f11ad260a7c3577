# cow.c `vmsplice_in_child_mprotect`: as vmsplice_in_child, but the parent first makes the
# page read-only and writable again. mprotect may map a page writable at once when it can tell
# the page is exclusive (can_change_pte_writable); this one is not (fork shared it), so the PTE
# stays read-only and the parent's write still copies instead of writing into the child's pipe.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 4K 0x5a
p: fork() = c
c: pin($m, 4K, FOLL_GET) = $r
c: munmap($m, 4K) = 0
p: mprotect($m, 4K, PROT_READ) = 0
p: mprotect($m, 4K, PROT_READ|PROT_WRITE) = 0
p: pagemap $m 1 == present+anon+excl+@OLD
p: store $m 4K 0xff
p: pagemap $m 1 == present+anon+excl+ax+@NEW
c: pinload $r 0 4K == 0x5a
c: exit()
