# Exit tears down the address space: with every process gone, all memory the scenario
# used (pages, page tables, anon_vmas) is free again; the runner checks it at the end.
p: mmap(NULL, 1M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 1M write
p: mmap(NULL, 64K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: touch $s 64K write
p: fork() = q
q: touch $a 512K write
q: fork() = r
r: touch $s 64K read
q: exit()
r: exit()
p: exit()
