# mprotect of the middle page splits one VMA into three; restoring the protection merges
# them back into one.
# (The PROT_NONE reservation around the mapping keeps it from merging with whatever the
# process already has next to it.)
p: mmap(NULL, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: touch $a 12K write
p: mprotect($a+4K, 4K, PROT_READ) = 0
p: maps ==
    $a-$a+4K rw-p
    $a+4K-$a+8K r--p
    $a+8K-$a+12K rw-p
p: mprotect($a+4K, 4K, PROT_READ|PROT_WRITE) = 0
p: maps $a == $a-$a+12K rw-p
p: touch $a+4K 4K write
p: pagemap $a 3 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
