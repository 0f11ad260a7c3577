# Migration fails cleanly on a pinned page (model only): try_to_migrate cannot clear
# PG_anon_exclusive on a page that may be pinned, so the migration entry goes back to the old
# page and nothing changes; its neighbour migrates. A page held by a plain reference (vmsplice)
# is unmapped but cannot be moved (unexpected references), so it is mapped back, exclusive as
# before. Once the pins are dropped, both migrate.
p: mmap(NULL, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 12K 0x5a
p: pin($m, 4K, FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE) = $pin
p: pin($m+8K, 4K, FOLL_GET) = $ref
p: pagemap $m 3 == present+anon+excl+ax+@A present+anon+excl+ax present+anon+excl+ax+@C
p: migrate($m, 12K) = 2
p: pagemap $m 3 == present+anon+excl+ax+@A present+anon+excl+ax present+anon+excl+ax+@C
p: vmstat == pgmigrate_success=1 pgmigrate_fail=2
p: store $m 1 0x01
p: pinload $pin 0 2 == "\x01Z"
p: unpin($pin) = 0
p: unpin($ref) = 0
p: migrate($m, 12K) = 0
p: vmstat == pgmigrate_success=4 pgmigrate_fail=2
p: pagemap $m 3 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: load $m 2 == "\x01Z"
