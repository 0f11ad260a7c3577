# MADV_POPULATE_READ and _WRITE fault a range in like reads or writes would, but report
# problems as errors instead of signals: a hole is ENOMEM, a mapping that forbids the access
# EINVAL. Populating for write replaces zero pages.
p: mmap(NULL, 24K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: madvise($a, 8K, MADV_POPULATE_READ) = 0
p: pagemap $a 4 == present+zero present+zero none none
p: madvise($a, 16K, MADV_POPULATE_WRITE) = 0
p: pagemap $a 4 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: madvise($g, 8K, MADV_POPULATE_READ) = -1 EINVAL
p: mprotect($a+8K, 8K, PROT_READ) = 0
p: madvise($a, 16K, MADV_POPULATE_WRITE) = -1 EINVAL
p: munmap($a+4K, 4K) = 0
p: madvise($a, 16K, MADV_POPULATE_READ) = -1 ENOMEM
p: madvise($a+8K, 8K, MADV_POPULATE_READ) = 0
