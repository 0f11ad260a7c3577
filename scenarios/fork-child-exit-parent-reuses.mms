# When the child exits, the parent is the only user of the shared page: its next write
# reuses the page in place (wp_can_reuse_anon_folio) instead of copying, and marks it
# PG_anon_exclusive again.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a "parent data"
p: pagemap $a 1 == present+anon+excl+ax@A
p: fork() = q
q: load $a 11 == "parent data"
q: exit()
p: pagemap $a 1 == present+anon+excl@A
p: store $a "PARENT"
p: pagemap $a 1 == present+anon+excl+ax@A
p: load $a 11 == "PARENT data"
