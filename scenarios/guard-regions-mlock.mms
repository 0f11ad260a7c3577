# Guard markers cannot be installed in mlock()ed memory (EINVAL), but once the range is
# unlocked they can; a locked range next to guarded pages is fine (locking the guarded pages
# themselves would fault them in), and MADV_GUARD_REMOVE may act on a locked range.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: store $p 40K 0x79
p: mlock($p, 40K) = 0
p: smaps $p == VmFlags~lo Locked=40K
p: madvise($p, 40K, MADV_GUARD_INSTALL) = -1 EINVAL
p: pagemap $p 10 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: munlock($p, 40K) = 0
p: madvise($p, 20K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+16K "x" = SIGSEGV SEGV_MAPERR
p: load $p+20K 20K == 0x79
p: store $p+20K 20K 0x78
p: mlock($p+20K, 20K) = 0
p: maps ==
    $p-$p+20K rw-p
    $p+20K-$p+40K rw-p
p: smaps $p+20K == VmFlags~lo Locked=20K
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: pagemap $p 10 == none none none none none present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: touch $p 40K read
p: store $p 20K 0x78
p: load $p 40K == 0x78
