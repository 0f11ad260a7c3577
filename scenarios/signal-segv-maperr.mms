# Access where nothing is mapped: SIGSEGV with SEGV_MAPERR at the faulting address.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: munmap($a, 8K) = 0
p: touch $a 1 read = SIGSEGV SEGV_MAPERR
p: touch $a+4K 1 write = SIGSEGV SEGV_MAPERR
p: load $a+100 4 = SIGSEGV SEGV_MAPERR
p: touch 0 1 read = SIGSEGV SEGV_MAPERR
