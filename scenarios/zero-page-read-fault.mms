# A read fault on private anonymous memory maps the shared zero page through a special
# PTE: present, not exclusive, not file-backed, and not counted in Rss.
# (The PROT_NONE reservation around the mapping keeps it from merging with whatever the
# process already has next to it.)
p: mmap(NULL, 24K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: touch $a 16K read
p: pagemap $a 4 == present+zero@Z present+zero@Z present+zero@Z present+zero@Z
p: smaps $a == Rss=0K Anonymous=0K Size=16K
p: load $a 16K == 0x00
