# A faulted VMA between two unfaulted ones merges with both when an mprotect makes all three
# alike. The outer thirds of a mapping are made read-only while nothing is faulted, the middle
# third gets a page, and making the middle read-only leaves a single VMA.
p: mmap(NULL, 120K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+8K, 36K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_NORESERVE, -1, 0) = $p
p: mprotect($p, 12K, PROT_READ) = 0
p: mprotect($p+24K, 12K, PROT_READ) = 0
p: maps ==
    $p-$p+12K r--p
    $p+12K-$p+24K rw-p
    $p+24K-$p+36K r--p
p: store $p+12K "x"
p: mprotect($p+12K, 12K, PROT_READ) = 0
p: maps ==
    $p-$p+36K r--p
p: load $p+12K 1 == "x"
