# mlock marks the VMAs VM_LOCKED ("lo") and faults every page in; smaps counts them as Locked.
# MLOCK_ONFAULT adds "lf" and faults nothing in; munlock clears both. The two halves were
# faulted while their flags differed (lo vs lo+lf), so each got its own anon_vma and they
# stay two VMAs after munlock; the untouched PROT_NONE neighbours are unaffected.
p: mmap(NULL, 24K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mlock($a, 8K) = 0
p: smaps $a == VmFlags~lo Rss=8K Locked=8K
p: pagemap $a 4 == present+anon+excl+ax present+anon+excl+ax none none
p: mlock2($a+8K, 8K, MLOCK_ONFAULT) = 0
p: smaps $a+8K == VmFlags~lo VmFlags~lf Rss=0K
p: touch $a+8K 4K write
p: smaps $a+8K == Locked=4K
p: munlock($a, 16K) = 0
p: maps ==
    $a-$a+8K rw-p
    $a+8K-$a+16K rw-p
p: smaps $a == VmFlags!~lo VmFlags!~lf Locked=0K
p: smaps $a+8K == VmFlags!~lo VmFlags!~lf Locked=0K
p: mlock2($a, 4K, 2) = -1 EINVAL
