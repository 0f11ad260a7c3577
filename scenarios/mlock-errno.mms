# mlock over a hole fails with ENOMEM after locking what comes before it; mlock of PROT_NONE
# memory sets VM_LOCKED but cannot fault it in, and reports ENOMEM.
p: mmap(NULL, 24K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: munmap($a+8K, 4K) = 0
p: mlock($a, 16K) = -1 ENOMEM
p: smaps $a == VmFlags~lo
p: smaps $a+12K == VmFlags!~lo
p: mlock($g, 4K) = -1 ENOMEM
p: smaps $g == VmFlags~lo
p: munlock($a+8K, 4K) = -1 ENOMEM
