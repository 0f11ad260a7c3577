# The shared-memory flavour of guard-regions-mlock, on MAP_SHARED|MAP_ANONYMOUS: no guard
# markers in mlock()ed shmem (EINVAL), but after munlock they go in; a locked range next to
# guarded pages is fine, and the markers can be removed from a locked range. The shmem data
# under the markers is still there afterwards.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 40K 0x79
p: mlock($p, 40K) = 0
p: smaps $p == VmFlags~lo Locked=40K
p: madvise($p, 40K, MADV_GUARD_INSTALL) = -1 EINVAL
p: pagemap $p 10 == present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl
p: munlock($p, 40K) = 0
p: madvise($p, 20K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: load $p+20K 20K == 0x79
p: store $p+20K 20K 0x78
p: mlock($p+20K, 20K) = 0
p: maps ==
    $p-$p+20K rw-s /dev/zero (deleted)
    $p+20K-$p+40K rw-s /dev/zero (deleted)
p: smaps $p+20K == VmFlags~lo Locked=20K
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: pagemap $p 10 == none none none none none present+file+excl present+file+excl present+file+excl present+file+excl present+file+excl
p: touch $p 40K read
p: store $p 20K 0x78
p: load $p 40K == 0x78
