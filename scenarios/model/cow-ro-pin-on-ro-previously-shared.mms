# cow.c `ro_pin_on_ro_previously_shared` (model only). The child is gone, so the parent's page
# is mapped read-only and no longer PG_anon_exclusive, but solely referenced. The unshare fault
# of the R/O pin reuses it in place (marks it exclusive again) instead of copying.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 4K 0x5a
p: fork() = c
c: exit()
p: pagemap $m 1 == present+anon+excl+@PAGE
p: pin($m, 4K, FOLL_PIN|FOLL_LONGTERM) = $pin
p: pagemap $m 1 == present+anon+excl+ax+@PAGE
p: vmstat == mmlab_cow_copy=0
p: store $m 4K 0xff
p: pinload $pin 0 4K == 0xff
p: pagemap $m 1 == present+anon+excl+ax+@PAGE
