# A sealed VMA cannot be unmapped, moved, reprotected, replaced by MAP_FIXED or discarded
# while read-only: each attempt fails with EPERM and changes nothing.
p: mmap(NULL, 24K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: store $a "sealed"
p: mseal($a, 4K, 0) = 0
p: smaps $a == VmFlags~sl
p: maps ==
    $a-$a+4K rw-p
    $a+4K-$a+8K rw-p
p: munmap($a, 4K) = -1 EPERM
p: mprotect($a, 4K, PROT_READ) = -1 EPERM
p: mremap($a, 4K, 8K, MREMAP_MAYMOVE) = -1 EPERM
p: mmap($a, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = -1 EPERM
p: madvise($a, 4K, MADV_DONTNEED) = 0
p: load $a 6 == 0x00
p: mseal($a, 4K, 1) = -1 EINVAL
p: mseal($g, 24K, 0) = 0
p: munmap($g, 24K) = -1 EPERM
p: munmap($a+4K, 4K) = -1 EPERM
