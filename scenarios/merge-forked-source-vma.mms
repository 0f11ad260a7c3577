# A VMA inherited through fork does not merge with an unfaulted neighbour when an mprotect
# makes the two alike: in the child, a fresh rwx mapping is placed right after the inherited
# rw mapping (different protections, no merge), and turning the inherited one rwx still
# leaves two VMAs, because the inherited one is tied to its parent's anon_vma too.
p: mmap(NULL, 120K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+4K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_NORESERVE, -1, 0) = $p
p: store $p "x"
p: fork() = q
q: touch $p 20K write
q: mmap($c+24K, 20K, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_NORESERVE, -1, 0) = $p+20K
q: maps ==
    $p-$p+20K rw-p
    $p+20K-$p+40K rwxp
q: mprotect($p, 20K, PROT_READ|PROT_WRITE|PROT_EXEC) = 0
q: maps ==
    $p-$p+20K rwxp
    $p+20K-$p+40K rwxp
q: exit()
p: maps $p == $p-$p+20K rw-p
