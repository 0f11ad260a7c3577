# Access the VMA's protection forbids: SIGSEGV with SEGV_ACCERR. PROT_NONE forbids reads;
# PROT_READ forbids writes; a PROT_WRITE-only mapping can still be read on x86.
p: mmap(NULL, 12K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 1 read = SIGSEGV SEGV_ACCERR
p: mprotect($a, 4K, PROT_READ) = 0
p: touch $a 1 read
p: touch $a 1 write = SIGSEGV SEGV_ACCERR
p: mprotect($a+4K, 4K, PROT_WRITE) = 0
p: touch $a+4K 1 read
p: touch $a+4K 1 write
p: store $a+8K "x" = SIGSEGV SEGV_ACCERR
