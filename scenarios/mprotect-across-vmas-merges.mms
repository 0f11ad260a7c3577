# One mprotect over several VMAs with different protections leaves a single VMA.
p: mmap(NULL, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: mprotect($a, 4K, PROT_READ) = 0
p: mprotect($a+8K, 4K, PROT_NONE) = 0
p: maps ==
    $a-$a+4K r--p
    $a+4K-$a+8K rw-p
    $a+8K-$a+12K ---p
p: mprotect($a, 12K, PROT_READ) = 0
p: maps $a == $a-$a+12K r--p
