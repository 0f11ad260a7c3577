# An mprotect that makes a faulted VMA match the unfaulted VMA on its left merges the two:
# the left one has no anon_vma yet, so it can simply adopt the right one's. Here the first
# half of a mapping is made read-only while nothing is faulted, the second half then gets a
# page (and with it an anon_vma), and making the second half read-only too leaves one VMA.
# (MAP_NORESERVE keeps the accounting flag out of the picture.)
p: mmap(NULL, 120K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_NORESERVE, -1, 0) = $p
p: mprotect($p, 20K, PROT_READ) = 0
p: maps ==
    $p-$p+20K r--p
    $p+20K-$p+40K rw-p
p: store $p+20K "x"
p: pagemap $p+16K 2 == none present+anon+excl+ax
p: mprotect($p+20K, 20K, PROT_READ) = 0
p: maps ==
    $p-$p+40K r--p
p: load $p+20K 1 == "x"
p: store $p+20K "y" = SIGSEGV SEGV_ACCERR
