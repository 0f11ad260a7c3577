# MAP_FIXED_NOREPLACE maps at the address only when nothing is there: EEXIST otherwise,
# and the existing mapping is untouched.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a "keep"
p: mmap($a+4K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = -1 EEXIST
p: load $a 4 == "keep"
p: munmap($a+4K, 4K) = 0
p: mmap($a+4K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = $b
p: maps $b == $a+4K-$a+8K r--p
