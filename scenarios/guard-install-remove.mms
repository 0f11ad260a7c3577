# MADV_GUARD_INSTALL puts guard markers in the page tables: no new VMA, pagemap shows them as
# swap+guard, any access is SIGSEGV with SEGV_MAPERR, and the VMA is marked "gu" for good
# (MADV_GUARD_REMOVE takes the markers away, not the flag). Pages under the range are dropped.
p: mmap(NULL, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: store $a 12K 0x71
p: madvise($a+4K, 4K, MADV_GUARD_INSTALL) = 0
p: maps $a == $a-$a+12K rw-p
p: smaps $a == VmFlags~gu Rss=8K
p: pagemap $a 3 == present+anon+excl+ax swap+guard present+anon+excl+ax
p: load $a+4K 1 = SIGSEGV SEGV_MAPERR
p: store $a+4K "x" = SIGSEGV SEGV_MAPERR
p: madvise($a+4K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($a+4K, 4K, MADV_GUARD_REMOVE) = 0
p: pagemap $a 3 == present+anon+excl+ax none present+anon+excl+ax
p: load $a+4K 4K == 0x00
p: smaps $a == VmFlags~gu
p: madvise($a, 12K, MADV_GUARD_REMOVE) = 0
p: load $a 4K == 0x71
