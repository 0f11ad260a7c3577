# MAP_FIXED over an existing mapping replaces it: the old pages are gone and the new
# mapping reads zeroes.
# (The PROT_NONE reservation around the mapping keeps it from merging with whatever the
# process already has next to it.)
p: mmap(NULL, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: store $a 12K 0x77
p: mmap($a+4K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: maps ==
    $a-$a+4K rw-p
    $a+4K-$a+8K r--p
    $a+8K-$a+12K rw-p
p: load $a+4K 4K == 0x00
p: load $a 4K == 0x77
p: load $a+8K 4K == 0x77
p: pagemap $a 3 == present+anon+excl+ax present+zero present+anon+excl+ax
