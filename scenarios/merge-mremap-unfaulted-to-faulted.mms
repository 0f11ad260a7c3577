# Moving an unfaulted VMA with mremap so that it lands right after a faulted one merges the
# two: the moved VMA has no anon_vma and no pages, so it can join its new neighbour.
p: mmap(NULL, 512K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+4K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: mmap($c+28K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $q
p: mremap($q, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+320K) = $c+320K
p: store $p "x"
p: mremap($c+320K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p+20K) = $p+20K
p: maps $p == $p-$p+40K rw-p
p: load $p 1 == "x"
p: pagemap $p 10 == present+anon+excl+ax none none none none none none none none none
