# madvise checks its arguments before looking at the address space, and a hole in the range
# does not stop it: the advice applies to the mapped parts and the call returns ENOMEM.
p: mmap(NULL, 20K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 12K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: madvise($a+1, 4K, MADV_DONTNEED) = -1 EINVAL
p: madvise($a, 4K, 999) = -1 EINVAL
p: madvise($a, 4K, MADV_HWPOISON) = -1 EINVAL
p: madvise($a, 0, MADV_DONTNEED) = 0
p: madvise($a, 0xfffffffffffff001, MADV_DONTNEED) = -1 EINVAL
p: store $a 12K 0x11
p: munmap($a+4K, 4K) = 0
p: madvise($a, 12K, MADV_DONTNEED) = -1 ENOMEM
p: pagemap $a 3 == none none none
p: load $a+8K 4K == 0x00
p: madvise($a+4K, 4K, MADV_DONTNEED) = -1 ENOMEM
