# MADV_POPULATE_READ and MADV_POPULATE_WRITE over guard markers fail with EFAULT: they fault
# pages in the way an access would, and an access to a guard page faults. The markers stay.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 40K, MADV_GUARD_INSTALL) = 0
p: madvise($p, 40K, MADV_POPULATE_READ) = -1 EFAULT
p: madvise($p, 40K, MADV_POPULATE_WRITE) = -1 EFAULT
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
