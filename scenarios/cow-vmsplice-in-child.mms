# cow.c `vmsplice_in_child` (CVE-2020-29374): after fork the child takes a read-only reference
# with vmsplice (FOLL_GET, no pin) and unmaps its copy. The parent then writes: the page has one
# mapping left but two references, so it is not reused; the write copies it, and the child's
# pipe still reads the old bytes. PG_anon_exclusive (kpageflags bit 34, `ax`) shows who owns what.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: madvise($m, 4K, MADV_NOHUGEPAGE) = 0
p: store $m 4K 0x00
p: store $m 16 0x5a
p: pagemap $m 1 == present+anon+excl+ax+@OLD
p: fork() = c
p: pagemap $m 1 == present+anon+@OLD
c: pin($m, 4K, FOLL_GET) = $r
c: munmap($m, 4K) = 0
p: pagemap $m 1 == present+anon+excl+@OLD
p: store $m 4K 0xff
p: pagemap $m 1 == present+anon+excl+ax+@NEW
c: pinload $r 0 16 == 0x5a
c: pinload $r 16 4080 == 0x00
c: unpin($r) = 0
c: exit()
p: load $m 4K == 0xff
