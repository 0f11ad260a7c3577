# What each mmap flag means for anonymous memory on 6.18: MAP_SHARED_VALIDATE is only for files
# (EINVAL), MAP_SYNC is ignored but shows as "sf" on a private mapping, MAP_DROPPABLE gives a
# no-reserve, wipe-on-fork, no-dump VMA ("dp") and refuses MAP_LOCKED, MAP_LOCKED locks and
# populates ("lo"), MAP_GROWSDOWN marks a stack ("gd") that grows when touched below, MAP_STACK
# opts out of huge pages ("nh"), MAP_POPULATE does nothing with MAP_NONBLOCK, MAP_HUGETLB fails
# without reserved huge pages, MAP_32BIT places bottom-up from 1 GiB, and an unknown map type
# is EINVAL.
p: mmap(NULL, 4K, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
p: mmap(NULL, 4K, PROT_READ, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|MAP_SYNC, -1, 0) = -1 EINVAL
p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_SYNC, -1, 0) = $c
p: smaps $c == VmFlags~sf
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS, -1, 0) = $d
p: smaps $d == VmFlags~nr VmFlags~wf VmFlags~dd VmFlags~dp VmFlags!~ac
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = -1 EINVAL
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED, -1, 0) = $f
p: smaps $f == VmFlags~lo Rss=8K Locked=8K
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN, -1, 0) = $g
p: smaps $g == VmFlags~gd
p: touch $g-4K 1 write
p: maps $g-4K == $g-4K-$g+8K rw-p
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = $h
p: smaps $h == VmFlags~nh
p: mmap(NULL, 4K, PROT_READ|PROT_SEM, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NONBLOCK|MAP_POPULATE, -1, 0) = $n
p: pagemap $n 1 == none
p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB, -1, 0) = -1 ENOMEM
p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0) = 0x40000000
p: mmap(NULL, 4K, PROT_READ, 0xf|MAP_ANONYMOUS, -1, 0) = -1 EINVAL
