# A VMA inherited through fork is linked to its parent's anon_vma as well as its own. A new,
# unfaulted mapping placed right after it in the child does not merge into it, even after the
# child has written (and so copied) every page of the inherited VMA.
p: mmap(NULL, 120K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+4K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p "x"
p: fork() = q
q: touch $p 20K write
q: pagemap $p 5 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
q: mmap($p+20K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p+20K
q: maps ==
    $p-$p+20K rw-p
    $p+20K-$p+40K rw-p
q: exit()
p: maps $p == $p-$p+20K rw-p
p: load $p 1 == "x"
