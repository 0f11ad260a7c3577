# Fork and a private file mapping: a VMA without an anon_vma has its PTEs left behind (the
# child faults the file pages in again), one with anonymous COW pages has them copied: the
# child shares the parent's anonymous copy and the file's page. MADV_DONTNEED drops the
# parent's private copy, and the file's page shows through again. mremap moves the VMA with
# its offset and its pages, and grows it in place or elsewhere.
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY) = 3
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 3, 0) = $w
p: touch $w 8K read
p: fork() = c
c: pagemap $w 2 == none none
c: load $w+4K 1 == "B"
c: pagemap $w 2 == present+file@A present+file@B
p: pagemap $w 2 == present+file@A present+file@B
p: mprotect($w, 8K, PROT_READ|PROT_WRITE) = 0
p: store $w "q"
p: fork() = d
d: pagemap $w 2 == present+anon@Q present+file@B
p: pagemap $w 2 == present+anon@Q present+file@B
d: load $w 1 == "q"
p: madvise($w, 8K, MADV_DONTNEED) = 0
p: pagemap $w 2 == none none
d: pagemap $w 1 == present+excl+anon@Q
p: load $w 1 == "A"
p: pagemap $w 2 == present+file@A present+file@B
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $dst
p: mremap($w, 8K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, $dst) = $dst+0
p: maps $dst == $dst-$dst+8K rw-p
p: pagemap $dst 2 == present+file@A present+file@B
p: load $dst+4K 1 == "B"
p: mremap($dst, 8K, 16K, MREMAP_MAYMOVE) = $n
p: maps $n == $n-$n+16K rw-p
p: load $n+8K 1 == "C"
