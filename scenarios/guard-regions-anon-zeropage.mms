# Guard markers work in a read-only private anonymous mapping too, whose pages can only ever
# be the shared zero page: guarded pages fault on read, the others read zeroes, and after
# MADV_GUARD_REMOVE the whole mapping reads as zeroes again.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+8K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+24K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+32K, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: load $p+4K 1 == 0x00
p: load $p+8K 1 = SIGSEGV SEGV_MAPERR
p: load $p+12K 1 == 0x00
p: load $p+16K 1 = SIGSEGV SEGV_MAPERR
p: load $p+20K 1 == 0x00
p: load $p+24K 1 = SIGSEGV SEGV_MAPERR
p: load $p+28K 1 == 0x00
p: load $p+32K 1 = SIGSEGV SEGV_MAPERR
p: load $p+36K 1 == 0x00
p: pagemap $p 10 == swap+guard present+zero swap+guard present+zero swap+guard present+zero swap+guard present+zero swap+guard present+zero
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: touch $p 40K read
p: load $p 40K == 0x00
p: pagemap $p 10 == present+zero present+zero present+zero present+zero present+zero present+zero present+zero present+zero present+zero present+zero
