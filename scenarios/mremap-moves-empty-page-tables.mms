# mremap moves page tables one extent (up to a 2 MiB boundary) at a time: wherever the source
# has a PTE table, the destination gets one, even when not one entry of the extent is in use;
# where the source has none, nothing is allocated. A read past the end of a file shows which:
# with a table, fault-around maps the file's last page (see
# file-fault-around-fresh-table-past-eof.mms). Found by `mmlab fuzz-diff --file`.
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY|O_CLOEXEC) = 3
p: mmap(NULL, 4M, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $w
p: munmap($w, 4M) = 0
# Untouched memory in a region without tables, and next to the process's own memory, which has one.
p: mmap($w+64K, 4K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $u
p: mmap(NULL, 4K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $s
# The file's last page, then a page past its end, in a region without tables.
p: mmap($w+2M, 8K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 12K) = $a
p: mremap($u, 4K, 4K, MREMAP_MAYMOVE|MREMAP_FIXED, $w+2M+64K) = $w+2M+64K
p: touch $a+4K 4K read = SIGBUS BUS_ADRERR
p: pagemap $a 2 == none none
p: mremap($s, 4K, 4K, MREMAP_MAYMOVE|MREMAP_FIXED, $w+2M+128K) = $w+2M+128K
p: touch $a+4K 4K read = SIGBUS BUS_ADRERR
p: pagemap $a 2 == present+file+excl none
