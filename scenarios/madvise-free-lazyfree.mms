# MADV_FREE makes private anonymous pages clean, old and lazily freeable: smaps moves them to
# Private_Clean and LazyFree once the per-CPU batch that carries them is applied (here, when the
# child's exit drains it). Writing a page again dirties it: no longer lazily freeable.
p: mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a 16K 0x12
p: fork() = q
p: madvise($a, 16K, MADV_FREE) = 0
p: smaps $a == Private_Dirty=0K Shared_Clean=16K LazyFree=0K Referenced=0K
q: exit()
p: madvise($a, 16K, MADV_FREE) = 0
p: smaps $a == Private_Clean=16K LazyFree=16K Referenced=0K
p: store $a 1 0x13
p: smaps $a == Private_Dirty=4K Private_Clean=12K LazyFree=12K
p: load $a 1 == 0x13
p: load $a+4K 4K == 0x12
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: madvise($s, 4K, MADV_FREE) = -1 EINVAL
