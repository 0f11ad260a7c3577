# cow.c `ro_pin_on_shared` (model only: needs CONFIG_GUP_TEST on a real kernel). A R/O
# long-term pin (FOLL_PIN|FOLL_LONGTERM, no FOLL_WRITE) of a page shared with a child must not
# pin the shared page: gup_must_unshare sends GUP through a FAULT_FLAG_UNSHARE fault, which
# gives the parent its own exclusive copy, mapped read-only. The parent's next write reuses it
# (exclusive, no copy), so the pin sees every later modification; the child sees none.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 4K 0x5a
p: fork() = c
p: pagemap $m 1 == present+anon+@SHARED
p: pin($m, 4K, FOLL_PIN|FOLL_LONGTERM) = $pin
p: pagemap $m 1 == present+anon+excl+ax+@MINE
c: pagemap $m 1 == present+anon+excl+@SHARED
p: vmstat == nr_foll_pin_acquired=1 mmlab_cow_copy=1
p: store $m 4K 0xff
p: pagemap $m 1 == present+anon+excl+ax+@MINE
p: vmstat == mmlab_cow_copy=1
p: pinload $pin 0 4K == 0xff
c: load $m 4K == 0x5a
p: unpin($pin) = 0
p: vmstat == nr_foll_pin_released=1
c: exit()
