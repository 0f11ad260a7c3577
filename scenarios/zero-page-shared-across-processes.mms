# All processes map the same zero page; it has no mapcount of its own to share.
p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: fork() = q
p: touch $a 4K read
q: touch $a 4K read
p: pagemap $a 1 == present+zero@Z
q: pagemap $a 1 == present+zero@Z
q: rollup == Rss=0K
