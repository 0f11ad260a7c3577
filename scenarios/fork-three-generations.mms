# A grandchild shares the original page with parent and child until someone writes;
# each writer gets its own copy and the others keep the data they saw.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a "gen0"
p: fork() = c
c: fork() = g
g: pagemap $a 1 == present+anon@A
c: pagemap $a 1 == present+anon@A
p: pagemap $a 1 == present+anon@A
c: store $a "gen1"
g: load $a 4 == "gen0"
p: load $a 4 == "gen0"
c: pagemap $a 1 == present+anon+excl+ax@B
g: store $a "gen2"
g: pagemap $a 1 == present+anon+excl+ax@C
p: pagemap $a 1 == present+anon+excl@A
p: load $a 4 == "gen0"
