# Moving an unfaulted VMA with mremap so that it lands right before a faulted one merges the
# two into one VMA that starts where the moved one landed.
p: mmap(NULL, 512K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+24K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: mmap($c+56K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $q
p: mremap($q, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+320K) = $c+320K
p: store $p "x"
p: mremap($c+320K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+4K) = $c+4K
p: maps $c+4K == $c+4K-$c+44K rw-p
p: load $p 1 == "x"
