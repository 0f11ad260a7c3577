# MADV_DONTFORK leaves a VMA out of the child entirely; MADV_WIPEONFORK gives the child the
# VMA but empty (zero-filled). Neither changes the parent.
p: mmap(NULL, 28K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mmap($g+12K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: mmap($g+20K, 4K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $s
p: store $a "dontfork"
p: store $b "wipe"
p: madvise($a, 4K, MADV_DONTFORK) = 0
p: madvise($b, 4K, MADV_WIPEONFORK) = 0
p: madvise($s, 4K, MADV_WIPEONFORK) = -1 EINVAL
p: smaps $a == VmFlags~dc
p: smaps $b == VmFlags~wf
p: fork() = q
q: maps $a == none
q: load $a 1 = SIGSEGV SEGV_MAPERR
q: maps $b == $b-$b+4K rw-p
q: pagemap $b 1 == none
q: load $b 4 == 0x00
p: load $a 8 == "dontfork"
p: load $b 4 == "wipe"
p: madvise($b, 4K, MADV_KEEPONFORK) = 0
p: fork() = r
r: load $b 4 == "wipe"
