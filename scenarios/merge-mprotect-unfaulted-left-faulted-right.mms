# Three VMAs where the middle and right ones share an anon_vma (one faulted VMA, split) and
# the left one was never faulted: making the middle one match both neighbours merges all
# three.
p: mmap(NULL, 120K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+8K, 36K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_NORESERVE, -1, 0) = $p
p: mprotect($p, 12K, PROT_READ) = 0
p: store $p+12K "x"
p: mprotect($p+24K, 12K, PROT_READ) = 0
p: maps ==
    $p-$p+12K r--p
    $p+12K-$p+24K rw-p
    $p+24K-$p+36K r--p
p: mprotect($p+12K, 12K, PROT_READ) = 0
p: maps ==
    $p-$p+36K r--p
p: load $p+12K 1 == "x"
