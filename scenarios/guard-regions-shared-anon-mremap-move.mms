# The shared-memory flavour of guard-regions-mremap-move, on MAP_SHARED|MAP_ANONYMOUS: the
# guard markers move with the mapping, and the shmem data behind them moves too, visible once
# the markers are removed.
p: mmap(NULL, 64K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 20K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 20K 0x61
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: mmap($g+36K, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $n
p: mremap($p, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $n) = $n+0
p: maps $n == $n-$n+20K rw-s /dev/zero (deleted)
p: pagemap $n 5 == swap+guard present+file+excl present+file+excl present+file+excl swap+guard
p: load $n 1 = SIGSEGV SEGV_MAPERR at $n
p: store $n+16K "x" = SIGSEGV SEGV_MAPERR at $n+16K
p: load $n+4K 12K == 0x61
p: madvise($n, 20K, MADV_GUARD_REMOVE) = 0
p: load $n 20K == 0x61
