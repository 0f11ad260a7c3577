# cow.c `iouring_ro`: the page behind a R/W long-term pin is mapped read-only by mprotect and
# made writable again. It stays the process's exclusive page, so the write that follows
# reuses it (no copy) and the pinned buffer sees it; a device write through the pin shows up
# in the process's memory the same way.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 4K 0x00
p: pin($m, 4K, FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE) = $b
p: pagemap $m 1 == present+anon+excl+ax+@PINNED
p: mprotect($m, 4K, PROT_READ) = 0
p: store $m "x" = SIGSEGV SEGV_ACCERR
p: mprotect($m, 4K, PROT_READ|PROT_WRITE) = 0
p: store $m 4K 0xff
p: pagemap $m 1 == present+anon+excl+ax+@PINNED
p: pinload $b 0 4K == 0xff
p: pinstore $b 100 "device"
p: load $m+100 6 == "device"
p: unpin($b) = 0
