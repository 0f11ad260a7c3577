# Unmapping guarded pages takes their guard markers with them: pages mapped again at the same
# addresses are ordinary, usable memory.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+36K, 4K, MADV_GUARD_INSTALL) = 0
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR
p: munmap($p, 4K) = 0
p: munmap($p+36K, 4K) = 0
p: maps $p+4K == $p+4K-$p+36K rw-p
p: pagemap $p 10 == none none none none none none none none none none
p: mmap($p, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+0
p: mmap($p+36K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+36K
p: maps $p == $p-$p+40K rw-p
p: pagemap $p 10 == none none none none none none none none none none
p: load $p 1 == 0x00
p: store $p "x"
p: load $p+36K 1 == 0x00
p: store $p+36K "x"
p: pagemap $p 10 == present+anon+excl+ax none none none none none none none none present+anon+excl+ax
