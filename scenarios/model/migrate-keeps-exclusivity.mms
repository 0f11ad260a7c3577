# Page migration (model only: the host has one NUMA node). Each page moves to a new frame with
# its contents; each mapping becomes a migration entry on the way and a PTE of the new page
# after. A read-only exclusive page goes through a readable-exclusive entry and stays
# PG_anon_exclusive, so a later write reuses it without copying. A page shared by fork moves for
# both processes (rmap finds the child's mapping) and stays shared. (Frame labels would not
# show the moves: a migrated page's old frame is freed and the next migration may reuse it.)
p: mmap(NULL, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m
p: store $m 12K 0x5a
p: mprotect($m+4K, 4K, PROT_READ) = 0
p: migrate($m, 8K) = 0
p: pagemap $m 3 == present+anon+excl+ax present+anon+excl+ax+@B present+anon+excl+ax
p: vmstat == pgmigrate_success=2 pgmigrate_fail=0
p: mprotect($m+4K, 4K, PROT_READ|PROT_WRITE) = 0
p: store $m+4K 4K 0x11
p: pagemap $m+4K 1 == present+anon+excl+ax+@B
p: vmstat == mmlab_cow_copy=0
p: fork() = c
c: migrate($m+8K, 4K) = 0
p: vmstat == pgmigrate_success=3
p: pagemap $m+8K 1 == present+anon+@C
c: pagemap $m+8K 1 == present+anon+@C
c: store $m+8K "c"
c: load $m+8K 2 == "cZ"
p: load $m+8K 2 == "ZZ"
c: exit()
