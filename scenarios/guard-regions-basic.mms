# Guard markers on single pages and on a range, installed over pages that are not yet faulted
# and over pages that already hold data: every read or write of a guarded page is SIGSEGV
# (SEGV_MAPERR), the other pages stay usable, and MADV_GUARD_REMOVE makes the guarded pages
# usable again. Removing markers where there are none leaves existing pages and their data
# alone.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: load $p 1 == 0x00
p: store $p "x"
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR at $p
p: store $p "x" = SIGSEGV SEGV_MAPERR at $p
p: touch $p+4K 36K read
p: touch $p+4K 36K write
# a second guard page at the end of the mapping
p: madvise($p+36K, 4K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax swap+guard
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR at $p+36K
p: madvise($p, 4K, MADV_GUARD_REMOVE) = 0
p: load $p 1 == 0x00
p: store $p "x"
p: madvise($p+36K, 4K, MADV_GUARD_REMOVE) = 0
p: load $p+36K 1 == 0x00
p: store $p+36K "x"
# a range of three, the first of which holds data
p: madvise($p, 12K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 4 == swap+guard swap+guard swap+guard present+anon+excl+ax
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+4K "x" = SIGSEGV SEGV_MAPERR
p: load $p+8K 1 = SIGSEGV SEGV_MAPERR at $p+8K
p: store $p+12K 28K 0x78
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: store $p 12K 0x78
p: pagemap $p 10 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
# removing again where no markers are leaves the pages and their data
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: pagemap $p 10 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: load $p 40K == 0x78
