# Failure injection at one allocation site at a time: a split needs a new VMA, so when that
# allocation fails mprotect and munmap of a page inside a VMA return ENOMEM and leave the VMA
# as it was; an anon_vma that cannot be allocated fails the write fault that needed it (the
# OOM killer then takes the only process there is). `fail never` ends the injection.
p: mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: fail nth=1,site=vma
p: mprotect($a+4K, 4K, PROT_READ) = -1 ENOMEM
p: maps $a == $a-$a+16K rw-p
p: fail nth=1,site=vma
p: munmap($a+4K, 4K) = -1 ENOMEM
p: maps $a == $a-$a+16K rw-p
p: fail never
p: mprotect($a+4K, 4K, PROT_READ) = 0
p: maps $a == $a-$a+4K rw-p
p: touch $a 1 read
p: pagemap $a 1 == present+zero
p: fail nth=1,site=anon_vma
p: touch $a 1 write = SIGKILL
