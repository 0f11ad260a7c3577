# munmap of the middle of a VMA leaves two VMAs; the data around the hole is kept and the
# hole itself faults.
# (The PROT_NONE reservation around the mapping keeps it from merging with whatever the
# process already has next to it.)
p: mmap(NULL, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: store $a 12K 0x33
p: munmap($a+4K, 4K) = 0
p: maps ==
    $a-$a+4K rw-p
p: maps $a+8K == $a+8K-$a+12K rw-p
p: maps $a+4K == none
p: load $a 4K == 0x33
p: load $a+8K 4K == 0x33
p: load $a+4K 1 = SIGSEGV SEGV_MAPERR
p: pagemap $a 3 == present+anon+excl+ax none present+anon+excl+ax
