# CONFIG_PT_RECLAIM (set in this kernel): MADV_DONTNEED over a whole 2 MiB region of a VMA
# frees that region's PTE table as it zaps it; a partial region keeps its table, and so does a
# region where a guard marker stays behind. A read past the end of a file mapped there shows
# whether the table is gone: without one, fault-around maps nothing (see
# file-fault-around-fresh-table-past-eof.mms).
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY|O_CLOEXEC) = 3
p: mmap(NULL, 6M, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $w
# $w is 2 MiB aligned (a PMD-multiple length is): three whole regions.
p: touch $w 6M write
p: madvise($w+4K, 2M-4K, MADV_DONTNEED) = 0
p: madvise($w+2M, 2M, MADV_DONTNEED) = 0
p: madvise($w+4M+8K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($w+4M, 2M, MADV_DONTNEED) = 0
p: pagemap $w 1 == present+excl+anon+ax
# Map the file's last page (then one past EOF) at the start of each region.
p: mmap($w+4K, 8K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 12K) = $a
p: mmap($w+2M, 8K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 12K) = $b
p: mmap($w+4M, 8K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 12K) = $c
p: touch $a+4K 1 read = SIGBUS BUS_ADRERR
p: touch $b+4K 1 read = SIGBUS BUS_ADRERR
p: touch $c+4K 1 read = SIGBUS BUS_ADRERR
p: pagemap $a 1 == present+file
p: pagemap $b 1 == none
p: pagemap $c 1 == present+file
