# Guard markers over shmem survive a hole punch: MADV_REMOVE on guarded pages of a
# MAP_SHARED|MAP_ANONYMOUS mapping frees the shmem pages behind them but leaves the markers.
# Once the markers are removed, the punched pages read as zeroes and the rest keep their data.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 12K 0x61
p: store $p+12K 16K 0x62
p: store $p+28K 12K 0x63
p: madvise($p+12K, 16K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == present+file+excl present+file+excl present+file+excl swap+guard swap+guard swap+guard swap+guard present+file+excl present+file+excl present+file+excl
p: load $p+8K 1 == 0x61
p: load $p+12K 1 = SIGSEGV SEGV_MAPERR
p: load $p+24K 1 = SIGSEGV SEGV_MAPERR
p: load $p+28K 1 == 0x63
p: madvise($p+12K, 16K, MADV_REMOVE) = 0
p: pagemap $p 10 == present+file+excl present+file+excl present+file+excl swap+guard swap+guard swap+guard swap+guard present+file+excl present+file+excl present+file+excl
p: load $p+12K 1 = SIGSEGV SEGV_MAPERR
p: load $p+24K 1 = SIGSEGV SEGV_MAPERR
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: load $p 12K == 0x61
p: load $p+12K 16K == 0x00
p: load $p+28K 12K == 0x63
