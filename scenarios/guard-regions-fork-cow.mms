# Guard markers in a child over pages it shares copy-on-write with its parent: installing
# them drops the child's mappings of the shared pages, and removing them leaves the child
# with empty (zero-reading) memory, while the parent keeps its data.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 20K 0x61
p: store $p+20K 20K 0x62
p: fork() = q
q: load $p 20K == 0x61
q: load $p+20K 20K == 0x62
q: pagemap $p 2 == present+anon@A present+anon@B
q: madvise($p, 40K, MADV_GUARD_INSTALL) = 0
q: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
q: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
q: pagemap $p 10 == none none none none none none none none none none
q: load $p 40K == 0x00
q: pagemap $p 2 == present+zero present+zero
q: exit()
p: pagemap $p 2 == present+anon+excl@A present+anon+excl@B
p: load $p 20K == 0x61
p: load $p+20K 20K == 0x62
