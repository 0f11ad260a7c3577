# mprotect over a range with a hole changes the VMAs before the hole, then fails with ENOMEM;
# what follows the hole keeps its old protection.
# (The PROT_NONE reservation around the mapping keeps it from merging with whatever the
# process already has next to it.)
p: mmap(NULL, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: munmap($a+4K, 4K) = 0
p: mprotect($a, 12K, PROT_READ) = -1 ENOMEM
p: maps $a == $a-$a+4K r--p
p: maps $a+8K == $a+8K-$a+12K rw-p
p: mprotect($a+4K, 8K, PROT_READ) = -1 ENOMEM
p: maps $a+8K == $a+8K-$a+12K rw-p
