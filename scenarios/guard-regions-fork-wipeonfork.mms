# In a wipe-on-fork VMA the child starts with empty page tables, so it gets none of the
# parent's guard markers: every page is usable in the child, while the parent's guarded
# pages stay guarded.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 40K, MADV_WIPEONFORK) = 0
p: madvise($p, 20K, MADV_GUARD_INSTALL) = 0
p: smaps $p == VmFlags~wf VmFlags~gu
p: fork() = q
q: pagemap $p 10 == none none none none none none none none none none
q: touch $p 40K read
q: store $p 40K 0x78
q: exit()
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard none none none none none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: touch $p+20K 20K read
p: store $p+20K 20K 0x78
