# A child inherits its parent's guard markers (the VMA is not wipe-on-fork), and removing them
# in the child does not touch the parent's page tables: the parent's pages stay guarded.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 20K, MADV_GUARD_INSTALL) = 0
p: fork() = q
q: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard none none none none none
q: load $p 1 = SIGSEGV SEGV_MAPERR
q: store $p+8K "x" = SIGSEGV SEGV_MAPERR
q: load $p+16K 1 = SIGSEGV SEGV_MAPERR
q: touch $p+20K 20K read
q: store $p+20K 20K 0x78
q: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
q: pagemap $p 5 == none none none none none
q: touch $p 20K read
q: store $p 20K 0x78
q: exit()
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard none none none none none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: touch $p+20K 20K read
p: store $p+20K 20K 0x78
p: load $p+20K 20K == 0x78
