# The shared-memory flavour of guard-regions-fork, on MAP_SHARED|MAP_ANONYMOUS: the child
# inherits the guard markers, removing them in the child leaves the parent's in place, and
# what the child then writes to the formerly guarded pages is shared memory the parent sees
# once it removes its own markers.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 20K, MADV_GUARD_INSTALL) = 0
p: fork() = q
q: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard none none none none none
q: load $p 1 = SIGSEGV SEGV_MAPERR
q: store $p+16K "x" = SIGSEGV SEGV_MAPERR
q: store $p+20K 20K 0x78
q: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
q: store $p 20K 0x79
q: exit()
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard none none none none none
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: load $p+20K 20K == 0x78
p: madvise($p, 20K, MADV_GUARD_REMOVE) = 0
p: load $p 20K == 0x79
