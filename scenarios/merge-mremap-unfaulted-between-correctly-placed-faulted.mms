# Two faulted VMAs cut from one (so they share an anon_vma and their page offsets still
# match their addresses) merge with an unfaulted VMA moved into the hole between them: the
# result is one VMA again.
p: mmap(NULL, 512K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $c
p: mmap($c+4K, 60K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p "x"
p: munmap($p+20K, 20K) = 0
p: mmap($c+80K, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $q
p: maps ==
    $p-$p+20K rw-p
p: maps $p+20K == none
p: mremap($q, 20K, 20K, MREMAP_MAYMOVE|MREMAP_FIXED, $p+20K) = $p+20K
p: maps $p == $p-$p+60K rw-p
p: load $p 1 == "x"
