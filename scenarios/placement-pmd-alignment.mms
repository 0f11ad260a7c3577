# Anonymous mappings whose length is a multiple of 2 MiB get a 2 MiB-aligned start, so
# they can later hold huge pages; other lengths are only page aligned. (Different
# protections keep the three from merging into one VMA.)
p: mmap(NULL, 2M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: mmap(NULL, 4M, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $b
p: mmap(NULL, 2M+4K, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: maps $a == $a-$a+2M rw-p
p: maps $b == $b-$b+4M r--p
p: maps $c == $c-$c+2M+4K r-xp
