# MAP_SHARED|MAP_ANONYMOUS memory is a shmem object: after fork both processes map the same
# frames and see each other's writes; pagemap reports the pages as file/shared.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $a
p: store $a "from parent"
p: fork() = q
q: load $a 11 == "from parent"
q: store $a+4K "from child"
p: load $a+4K 10 == "from child"
p: pagemap $a 2 == present+file@A present+file@B
q: pagemap $a 2 == present+file@A present+file@B
q: exit()
p: pagemap $a 2 == present+file+excl@A present+file+excl@B
