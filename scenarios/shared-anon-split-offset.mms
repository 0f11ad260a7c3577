# Splitting a shared anonymous mapping gives the upper part a non-zero file offset, shown in
# maps; both parts still map the one shmem object.
p: mmap(NULL, 12K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $a
p: mprotect($a+4K, 4K, PROT_READ) = 0
p: maps
p: store $a+8K "tail"
p: fork() = q
q: load $a+8K 4 == "tail"
