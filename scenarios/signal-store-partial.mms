# A store that runs into an unmapped page faults there; the bytes before it were written.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: munmap($a+4K, 4K) = 0
p: store $a+4K-4 8 0x44 = SIGSEGV SEGV_MAPERR
p: load $a+4K-4 4 == 0x44
p: load $a+4K-8 4 == 0x00
