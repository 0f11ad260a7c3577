# Making written memory read-only write-protects its PTEs: a later write faults with
# SEGV_ACCERR, the data is intact, and making it writable again lets the write through.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a "abc"
p: mprotect($a, 4K, PROT_READ) = 0
p: store $a "X" = SIGSEGV SEGV_ACCERR
p: load $a 3 == "abc"
p: mprotect($a, 4K, PROT_READ|PROT_WRITE) = 0
p: store $a "X"
p: load $a 3 == "Xbc"
p: pagemap $a 1 == present+anon+excl+ax
