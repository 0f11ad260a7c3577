# Fault-around on shmem does not map pages over guard markers: in a MAP_SHARED|MAP_ANONYMOUS
# mapping whose pages all hold data but are not mapped, every even page is guarded and every
# odd page is read. The read faults map neighbouring shmem pages too, but the guarded pages
# keep their markers and still fault.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 40K 0x61
p: madvise($p, 40K, MADV_DONTNEED) = 0
p: pagemap $p 10 == none none none none none none none none none none
p: madvise($p, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+8K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+16K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+24K, 4K, MADV_GUARD_INSTALL) = 0
p: madvise($p+32K, 4K, MADV_GUARD_INSTALL) = 0
p: load $p+4K 1 == 0x61
p: pagemap $p 10 == swap+guard present+file+excl swap+guard present+file+excl swap+guard present+file+excl swap+guard present+file+excl swap+guard present+file+excl
p: load $p+12K 1 == 0x61
p: load $p+20K 1 == 0x61
p: load $p+28K 1 == 0x61
p: load $p+36K 1 == 0x61
p: pagemap $p 10 == swap+guard present+file+excl swap+guard present+file+excl swap+guard present+file+excl swap+guard present+file+excl swap+guard present+file+excl
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: load $p+8K 1 = SIGSEGV SEGV_MAPERR
p: load $p+16K 1 = SIGSEGV SEGV_MAPERR
p: load $p+24K 1 = SIGSEGV SEGV_MAPERR
p: load $p+32K 1 = SIGSEGV SEGV_MAPERR
