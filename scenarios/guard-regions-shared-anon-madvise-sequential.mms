# Guard markers over shmem with sequential-access advice and a pageout: on a
# MAP_SHARED|MAP_ANONYMOUS mapping holding data, every other page is guarded after
# MADV_SEQUENTIAL, then MADV_PAGEOUT runs (without swap it cannot free the shmem pages, but
# it unmaps the unguarded ones). The guarded pages still fault, the others read their data,
# and removing the markers shows every page's data intact.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 4K 0x61
p: store $p+4K 4K 0x62
p: store $p+8K 4K 0x63
p: store $p+12K 4K 0x64
p: store $p+16K 4K 0x65
p: store $p+20K 4K 0x66
p: store $p+24K 4K 0x67
p: store $p+28K 4K 0x68
p: store $p+32K 4K 0x69
p: store $p+36K 4K 0x6a
p: madvise($p, 40K, MADV_SEQUENTIAL) = 0
p: smaps $p == VmFlags~sr
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+8K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+24K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+32K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p, 40K, MADV_PAGEOUT) = 0
# without swap the shmem pages cannot be written out, but reclaim has unmapped them
p: pagemap $p 10 == swap+guard none swap+guard none swap+guard none swap+guard none swap+guard none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: load $p+4K 4K == 0x62
p: store $p+8K "x" = SIGSEGV SEGV_MAPERR
p: load $p+12K 4K == 0x64
p: load $p+16K 1 = SIGSEGV SEGV_MAPERR
p: load $p+20K 4K == 0x66
p: store $p+24K "x" = SIGSEGV SEGV_MAPERR
p: load $p+28K 4K == 0x68
p: load $p+32K 1 = SIGSEGV SEGV_MAPERR
p: load $p+36K 4K == 0x6a
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: load $p 4K == 0x61
p: load $p+8K 4K == 0x63
p: load $p+16K 4K == 0x65
p: load $p+24K 4K == 0x67
p: load $p+32K 4K == 0x69
