# NULL-hint mappings are placed top-down: the second one lands directly below the first,
# and since their flags match they merge into one VMA. (At 1 MiB they go to the big free
# area below the libraries whatever small holes the layout has; a PROT_NONE mapping put
# there first keeps them from merging with the layout's lowest mapping.)
p: mmap(NULL, 1M, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap(NULL, 1M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: maps $a == $a-$g rw-p
p: mmap(NULL, 1M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $b
p: maps $b == $b-$a+1M rw-p
