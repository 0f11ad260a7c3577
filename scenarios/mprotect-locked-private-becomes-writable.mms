# mprotect making a private VM_LOCKED VMA writable breaks COW at once (mprotect_fixup calls
# populate_vma_page_range): every page of the range is write-faulted, so read-only zero-page
# mappings become exclusive anonymous pages and PROT_NONE ranges get pages. Found by
# `mmlab fuzz-diff` (seeds 1-4 and 7); the cases below are its minimal reproductions.
p: mmap(NULL, 1M, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $w
p: munmap($w, 1M) = 0
# MAP_LOCKED PROT_NONE (nothing populated), then one page made writable (seed 1, seq 498)
p: mmap($w, 52K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED|MAP_FIXED, -1, 0) = $a
p: pagemap $a 2 == none none
p: mprotect($a, 4K, PROT_READ|PROT_WRITE) = 0
p: pagemap $a 2 == present+anon+excl+ax none
p: smaps $a == Rss=4K Locked=4K VmFlags~lo
# mlock of a read-only mapping maps the zero page; making it writable replaces it (seed 4)
p: mmap($w+64K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: mlock($b, 4K) = 0
p: pagemap $b 1 == present+zero
p: mprotect($b, 8K, PROT_READ|PROT_WRITE) = -1 ENOMEM
p: pagemap $b 1 == present+anon+excl+ax
p: load $b 4K == 0x00
# the part before a hole is populated before mprotect fails on the hole (seed 2, seq 64)
p: mmap($w+128K, 28K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $c
p: mlock($c+12K, 16K) = 0
p: mprotect($c+24K, 8K, PROT_READ|PROT_WRITE) = -1 ENOMEM
p: pagemap $c+20K 2 == present+zero present+anon+excl+ax
# read-only, then locked, then writable: only the locked, writable page is populated (seed 1, seq 3)
p: mmap($w+192K, 52K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $d
p: mprotect($d, 32K, PROT_READ) = 0
p: mlock($d, 8K) = 0
p: mprotect($d, 4K, PROT_READ|PROT_WRITE) = 0
p: pagemap $d 3 == present+anon+excl+ax present+zero none
# in a forked child, over a MAP_FIXED|MAP_LOCKED mapping (seed 3)
p: mmap($w+256K, 8K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $e
p: fork() = c
c: mmap($e, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_LOCKED, -1, 0) = $e+0
c: mprotect($e, 4K, PROT_READ|PROT_WRITE) = 0
c: pagemap $e 2 == present+anon+excl+ax present+zero
c: exit()
# not when the VMA was already writable, is shared, or is locked on fault only
p: mmap($w+320K, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $f
p: mlock2($f, 8K, MLOCK_ONFAULT) = 0
p: mprotect($f, 8K, PROT_READ) = 0
p: mprotect($f, 8K, PROT_READ|PROT_WRITE) = 0
p: pagemap $f 2 == none none
p: mmap($w+384K, 8K, PROT_READ, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED|MAP_LOCKED, -1, 0) = $g
p: mprotect($g, 8K, PROT_READ|PROT_WRITE) = 0
p: pagemap $g 2 == present+file+excl present+file+excl
p: smaps $g == Shared_Dirty=0K Private_Dirty=0K
