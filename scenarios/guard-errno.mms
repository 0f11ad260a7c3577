# Guard regions cannot go into mlock()ed memory (EINVAL), though they can be removed from it;
# populating over a guard region faults (EFAULT). Shared anonymous memory takes them too.
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: madvise($a, 4K, MADV_GUARD_INSTALL) = 0
p: mlock($a+4K, 4K) = 0
p: madvise($a+4K, 4K, MADV_GUARD_INSTALL) = -1 EINVAL
p: madvise($a+4K, 4K, MADV_GUARD_REMOVE) = 0
p: munlock($a+4K, 4K) = 0
p: madvise($a, 8K, MADV_POPULATE_READ) = -1 EFAULT
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $s
p: madvise($s, 4K, MADV_GUARD_INSTALL) = 0
p: pagemap $s 2 == swap+guard none
p: smaps $s == VmFlags~gu
p: load $s 1 = SIGSEGV SEGV_MAPERR
