# Moving a mapping with mremap moves its guard markers with it: after a move onto a reserved
# PROT_NONE range, the first and last pages are still guarded at the new address.
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: store $p+4K 12K 0x61
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: mmap($g+36K, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $n
p: mremap($p, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $n) = $n+0
p: maps $n == $n-$n+20K rw-p
p: maps $p == none
p: pagemap $n 5 == swap+guard present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax swap+guard
p: load $n 1 = SIGSEGV SEGV_MAPERR at $n
p: store $n "x" = SIGSEGV SEGV_MAPERR
p: load $n+16K 1 = SIGSEGV SEGV_MAPERR at $n+16K
p: store $n+16K "x" = SIGSEGV SEGV_MAPERR
p: load $n+4K 12K == 0x61
