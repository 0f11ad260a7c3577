# cow.c `iouring_fork`: an io_uring fixed buffer holds a R/W long-term pin (FOLL_PIN|
# FOLL_LONGTERM|FOLL_WRITE). fork cannot share a pinned page (folio_try_dup_anon_rmap fails:
# MMF_HAS_PINNED and the refcount's pin bias), so the child gets a copy at once and the parent
# keeps its exclusive page: the parent's later writes reach the pin, the child sees none.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 8K 0x5a
p: pin($m, 4K, FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE) = $b
p: fork() = c
p: pagemap $m 2 == present+anon+excl+ax+@PINNED present+anon+@SHARED
c: pagemap $m 2 == present+anon+excl+ax+@COPY present+anon+@SHARED
p: store $m 4K 0xff
p: pagemap $m 1 == present+anon+excl+ax+@PINNED
p: pinload $b 0 4K == 0xff
c: load $m 4K == 0x5a
p: unpin($b) = 0
# without the pin, a second fork shares the page again
p: fork() = d
d: pagemap $m 1 == present+anon+@PINNED
d: exit()
c: exit()
