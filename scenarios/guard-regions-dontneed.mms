# MADV_DONTNEED drops the pages of a range but not its guard markers: with every other page
# of a populated mapping guarded, after MADV_DONTNEED the guarded pages still fault, and the
# others read back as zeroes (private anonymous memory starts over) and can be written.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 40K 0x79
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+8K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+24K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+32K, 4K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard present+anon+excl+ax swap+guard present+anon+excl+ax swap+guard present+anon+excl+ax swap+guard present+anon+excl+ax swap+guard present+anon+excl+ax
p: madvise($p, 40K, MADV_DONTNEED) = 0
p: pagemap $p 10 == swap+guard none swap+guard none swap+guard none swap+guard none swap+guard none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: load $p+4K 4K == 0x00
p: store $p+4K "x"
p: load $p+8K 1 = SIGSEGV SEGV_MAPERR
p: load $p+12K 4K == 0x00
p: store $p+12K "x"
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: load $p+20K 4K == 0x00
p: store $p+20K "x"
p: load $p+24K 1 = SIGSEGV SEGV_MAPERR
p: load $p+28K 4K == 0x00
p: store $p+28K "x"
p: store $p+32K "x" = SIGSEGV SEGV_MAPERR
p: load $p+36K 4K == 0x00
p: store $p+36K "x"
p: pagemap $p 10 == swap+guard present+anon+excl+ax swap+guard present+anon+excl+ax swap+guard present+anon+excl+ax swap+guard present+anon+excl+ax swap+guard present+anon+excl+ax
