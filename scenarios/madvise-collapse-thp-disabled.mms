# The model's processes, like the host's workers, have THP disabled (PR_SET_THP_DISABLE), so
# MADV_COLLAPSE is refused with EINVAL even where MADV_HUGEPAGE set "hg", and THPeligible is 0.
p: mmap(NULL, 4M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 4M write
p: madvise($a, 2M, MADV_HUGEPAGE) = 0
p: madvise($a, 2M, MADV_COLLAPSE) = -1 EINVAL
p: smaps $a == VmFlags~hg THPeligible=0 AnonHugePages=0K
p: madvise($a, 4K, 200) = -1 EINVAL
