# Reading a COW-shared page never copies it: both processes keep mapping one frame.
p: mmap(NULL, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a 12K 0x5a
p: fork() = q
q: load $a 12K == 0x5a
p: load $a 12K == 0x5a
p: pagemap $a 3 == present+anon@A present+anon@B present+anon@C
q: pagemap $a 3 == present+anon@A present+anon@B present+anon@C
p: rollup
q: rollup
