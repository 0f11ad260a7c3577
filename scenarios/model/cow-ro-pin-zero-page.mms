# cow.c's zeropage `ro_pin` (model only). A short-term R/O pin of the shared zero page takes it
# without counting (the zero page is never refcounted for pins); a long-term one in a private
# writable mapping must unshare it into a fresh exclusive page first, or later writes by the
# process would go to a new page the pin never sees.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: load $m 8K == 0x00
p: pagemap $m 2 == present+zero present+zero
p: pin($m, 4K, FOLL_PIN) = $short
p: pagemap $m 1 == present+zero
p: vmstat == nr_foll_pin_acquired=0
p: pin($m+4K, 4K, FOLL_PIN|FOLL_LONGTERM) = $long
p: pagemap $m 2 == present+zero present+anon+excl+ax+@PAGE
p: vmstat == nr_foll_pin_acquired=1
p: store $m+4K 4K 0xff
p: pagemap $m+4K 1 == present+anon+excl+ax+@PAGE
p: pinload $long 0 4K == 0xff
p: unpin($short) = 0
p: unpin($long) = 0
