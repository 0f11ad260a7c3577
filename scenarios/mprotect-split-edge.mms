# mprotect of the first page of a VMA splits it in two.
# (The PROT_NONE reservation around the mapping keeps it from merging with whatever the
# process already has next to it.)
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mprotect($a, 4K, PROT_READ) = 0
p: maps ==
    $a-$a+4K r--p
    $a+4K-$a+8K rw-p
p: touch $a 1 read
p: touch $a 1 write = SIGSEGV SEGV_ACCERR
p: touch $a+4K 1 write
