# mprotect's errors: misalignment, unknown bits and a GROWSDOWN request on a normal mapping
# are EINVAL; an unmapped or wrapping range is ENOMEM; a zero length succeeds.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: mprotect($a+1, 4K, PROT_READ) = -1 EINVAL
p: mprotect($a, 4K, 0x10) = -1 EINVAL
p: mprotect($a, 4K, PROT_GROWSDOWN|PROT_GROWSUP) = -1 EINVAL
p: mprotect($a, 0, PROT_READ) = 0
p: mprotect($a, 4K, PROT_READ|PROT_GROWSDOWN) = -1 EINVAL
p: munmap($a, 8K) = 0
p: mprotect($a, 4K, PROT_READ) = -1 ENOMEM
p: mprotect($a, 0xfffffffffffff000, PROT_READ) = -1 ENOMEM
