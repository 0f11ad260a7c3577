# cow.c `ro_pin_on_ro_exclusive` (model only). The page is exclusive but mapped read-only by
# mprotect; a R/O pin takes it as it is, and after mprotect makes it writable again the
# process's writes land in the pinned page.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 4K 0x5a
p: mprotect($m, 4K, PROT_READ) = 0
p: pin($m, 4K, FOLL_PIN|FOLL_LONGTERM) = $pin
p: pagemap $m 1 == present+anon+excl+ax+@PAGE
p: mprotect($m, 4K, PROT_READ|PROT_WRITE) = 0
p: store $m 4K 0xff
p: pagemap $m 1 == present+anon+excl+ax+@PAGE
p: pinload $pin 0 4K == 0xff
