# Faulted pieces of one VMA, moved away with mremap and back to exactly where they were, merge
# again with whatever neighbours they came from: they share the anon_vma and their page
# offsets match their addresses once more. Pieces are moved out and back in every order; each
# time a piece returns next to its neighbours the VMAs join up, until the original single VMA
# is back, with its data.
p: mmap(NULL, 512K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+4K, 60K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p "x"
p: store $p+20K "y"
p: store $p+40K "z"
# the last and then the middle third go far away
p: mremap($p+40K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+384K) = $c+384K
p: mremap($p+20K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+320K) = $c+320K
p: maps $p == $p-$p+20K rw-p
# the middle comes back: it merges with the first
p: mremap($c+320K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p+20K) = $p+20K
p: maps $p == $p-$p+40K rw-p
# the first goes away and comes back: merged again
p: mremap($p, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+256K) = $c+256K
p: maps $p+20K == $p+20K-$p+40K rw-p
p: mremap($c+256K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p) = $p+0
p: maps $p == $p-$p+40K rw-p
# the first goes away again, and the last comes back after the middle
p: mremap($p, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+256K) = $c+256K
p: mremap($c+384K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p+40K) = $p+40K
p: maps $p+20K == $p+20K-$p+60K rw-p
# the first comes back: one VMA
p: mremap($c+256K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p) = $p+0
p: maps $p == $p-$p+60K rw-p
# the middle goes away and comes back: one VMA
p: mremap($p+20K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+320K) = $c+320K
p: maps ==
    $p-$p+20K rw-p
p: maps $p+40K == $p+40K-$p+60K rw-p
p: mremap($c+320K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p+20K) = $p+20K
p: maps $p == $p-$p+60K rw-p
# the last goes away and comes back: one VMA
p: mremap($p+40K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $c+384K) = $c+384K
p: maps $p == $p-$p+40K rw-p
p: mremap($c+384K, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p+40K) = $p+40K
p: maps $p == $p-$p+60K rw-p
p: load $p 1 == "x"
p: load $p+20K 1 == "y"
p: load $p+40K 1 == "z"
