# The shared-memory flavour of guard-regions-basic, on MAP_SHARED|MAP_ANONYMOUS (shmem).
# Guard markers behave the same way in the page tables, but they only hide the pages: the data
# lives on in shmem, so once a marker is removed the page reads what was written before.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: load $p 1 == 0x00
p: store $p "x"
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR at $p
p: store $p "x" = SIGSEGV SEGV_MAPERR at $p
p: touch $p+4K 36K read
p: store $p+4K 36K 0x78
p: madvise($p+36K, 4K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl swap+guard
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR at $p+36K
p: madvise($p, 4K, MADV_GUARD_REMOVE) = 0
p: load $p 1 == "x"
p: madvise($p+36K, 4K, MADV_GUARD_REMOVE) = 0
p: load $p+36K 1 == "x"
p: madvise($p, 12K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 4 == swap+guard swap+guard swap+guard present+file+excl
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+4K "x" = SIGSEGV SEGV_MAPERR
p: load $p+8K 1 = SIGSEGV SEGV_MAPERR at $p+8K
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: pagemap $p 10 == none none none present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl
p: load $p 1 == "x"
p: load $p+4K 8K == 0x78
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: load $p+4K 36K == 0x78
