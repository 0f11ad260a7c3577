# ptrace-style writes through /proc/PID/mem use FOLL_FORCE: into a read-only private mapping
# they break COW (a new exclusive page, or the zero page replaced) but leave the PTE read-only,
# so the process's own stores still fault. A shared read-only mapping refuses them (EIO), reads
# reach PROT_NONE memory, and a transfer stops at the first page it cannot reach.
p: mmap(NULL, 12K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $ro
p: memstore $ro "forced" = 6
p: load $ro 7 == "forced\x00"
p: pagemap $ro 3 == present+anon+excl+ax none none
p: store $ro "x" = SIGSEGV SEGV_ACCERR
p: maps $ro == $ro-$ro+12K r--p
p: load $ro+4K 1 == 0x00
p: pagemap $ro+4K 1 == present+zero
p: memstore $ro+4K 4K 0x42 = 4096
p: pagemap $ro+4K 1 == present+anon+excl+ax
p: load $ro+4K 4K == 0x42
# after fork the page is shared: a forced write by the child copies it for the child only
p: fork() = c
c: memstore $ro 5 0x63 = 5
c: load $ro 6 == "cccccd"
p: load $ro 6 == "forced"
c: pagemap $ro 1 == present+anon+excl+ax
c: exit()
p: mmap(NULL, 4K, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $sh
p: memstore $sh "x" = -1 EIO
p: memload $sh 2 == 0x00 = 2
p: mmap(NULL, 8K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $none
p: memload $none 4 == 0x00 = 4
p: memstore $none+4K "hi" = 2
p: memload $none+4K 2 == "hi"
p: load $none 1 = SIGSEGV SEGV_ACCERR
p: munmap($ro+8K, 4K) = 0
p: memload $ro+4K+4000 200 == 0x42 = 96
p: memload $ro+8K 1 = -1 EIO
