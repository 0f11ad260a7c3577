# At its first fault a VMA reuses the anon_vma of an adjacent VMA whose flags differ only in
# access bits (find_mergeable_anon_vma). Because both then share one anon_vma, equalising
# the protection later merges them; with two different anon_vmas they could not merge.
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 16K) = 0
p: mmap($r, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mmap($r+4K, 4K, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: maps ==
    $r-$r+4K rw-p
    $r+4K-$r+8K rwxp
p: touch $a 4K write
p: touch $b 4K write
p: mprotect($b, 4K, PROT_READ|PROT_WRITE) = 0
p: maps $r == $r-$r+8K rw-p
p: pagemap $r 2 == present+anon+excl+ax present+anon+excl+ax
