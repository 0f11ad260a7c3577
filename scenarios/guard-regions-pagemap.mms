# /proc/PID/pagemap reports guard markers in bit 58: clear on every page of a fresh mapping,
# set exactly on the pages that got a marker.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: pagemap $p 10 == none none none none none none none none none none
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+8K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+24K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+32K, 4K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard none swap+guard none swap+guard none swap+guard none swap+guard none
