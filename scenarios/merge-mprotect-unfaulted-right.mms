# The mirror image of merge-mprotect-unfaulted-left: the unfaulted VMA is on the right. The
# second half of a mapping is made read-only before anything is faulted, the first half gets
# a page, and making the first half read-only merges them into one VMA.
p: mmap(NULL, 120K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_NORESERVE, -1, 0) = $p
p: mprotect($p+20K, 20K, PROT_READ) = 0
p: maps ==
    $p-$p+20K rw-p
    $p+20K-$p+40K r--p
p: store $p "x"
p: mprotect($p, 20K, PROT_READ) = 0
p: maps ==
    $p-$p+40K r--p
p: pagemap $p 2 == present+anon+excl+ax none
p: load $p 1 == "x"
