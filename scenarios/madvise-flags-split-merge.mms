# Advice that only sets VMA flags splits the VMA like mprotect does and merges it back when
# the flags match again; the flags show in smaps.
p: mmap(NULL, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: madvise($a+4K, 4K, MADV_RANDOM) = 0
p: smaps $a+4K == VmFlags~rr
p: maps ==
    $a-$a+4K rw-p
    $a+4K-$a+8K rw-p
    $a+8K-$a+12K rw-p
p: madvise($a+4K, 4K, MADV_SEQUENTIAL) = 0
p: smaps $a+4K == VmFlags~sr VmFlags!~rr
p: madvise($a, 12K, MADV_NORMAL) = 0
p: maps $a == $a-$a+12K rw-p
p: madvise($a, 12K, MADV_DONTDUMP) = 0
p: smaps $a == VmFlags~dd
p: madvise($a, 4K, MADV_HUGEPAGE) = 0
p: smaps $a == VmFlags~hg VmFlags!~nh THPeligible=0
p: madvise($a, 4K, MADV_NOHUGEPAGE) = 0
p: smaps $a == VmFlags~nh VmFlags!~hg
p: madvise($a, 12K, MADV_MERGEABLE) = 0
p: smaps $a+8K == VmFlags~mg
p: madvise($a, 12K, MADV_UNMERGEABLE) = 0
p: smaps $a+8K == VmFlags!~mg
