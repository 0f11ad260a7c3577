# An unfaulted VMA moved into the gap between two faulted VMAs that have different anon_vmas
# merges with only one of them (the one before it): the three cannot become one VMA because
# a VMA has a single anon_vma.
p: mmap(NULL, 512K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+4K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: mmap($c+28K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $q
p: mmap($c+56K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $s
p: mremap($s, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+384K) = $c+384K
p: mremap($q, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+320K) = $c+320K
p: store $p "x"
p: store $c+384K "z"
p: mremap($c+384K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p+40K) = $p+40K
p: maps $p+40K == $p+40K-$p+60K rw-p
p: mremap($c+320K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p+20K) = $p+20K
p: maps ==
    $p-$p+40K rw-p
    $p+40K-$p+60K rw-p
p: load $p 1 == "x"
p: load $p+40K 1 == "z"
