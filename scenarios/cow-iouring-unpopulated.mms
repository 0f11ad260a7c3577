# Registering an io_uring fixed buffer over memory never touched: the R/W pin write-faults each
# page in (a new exclusive page, not the zero page), and after unregistering the pages stay.
# A read-only reference (vmsplice) of untouched memory takes the shared zero page instead and
# goes on reading zeroes after the process writes.
p: mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: pin($m, 8K, FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE) = $b
p: pagemap $m 4 == present+anon+excl+ax present+anon+excl+ax none none
p: rollup == Rss=8K Anonymous=8K
p: pin($m+8K, 8K, FOLL_GET) = $r
p: pagemap $m+8K 2 == present+zero present+zero
p: store $m+8K 8K 0x77
p: pinload $r 0 8K == 0x00
p: load $m+8K 8K == 0x77
p: unpin($b) = 0
p: unpin($r) = 0
p: pagemap $m 4 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
