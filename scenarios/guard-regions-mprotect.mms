# mprotect does not touch guard markers: guarded pages made read-only stay guarded (a read is
# still SEGV_MAPERR, not a protection fault), installing markers again over them is fine, and
# removing the markers over the whole range makes every page readable again.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p+20K, 8K, MADV_GUARD_INSTALL) = 0
p: load $p+20K 1 = SIGSEGV SEGV_MAPERR
p: store $p+24K "x" = SIGSEGV SEGV_MAPERR
p: mprotect($p+20K, 8K, PROT_READ) = 0
p: maps ==
    $p-$p+20K rw-p
    $p+20K-$p+28K r--p
    $p+28K-$p+40K rw-p
p: pagemap $p+20K 2 == swap+guard swap+guard
p: load $p+20K 1 = SIGSEGV SEGV_MAPERR at $p+20K
p: load $p+24K 1 = SIGSEGV SEGV_MAPERR at $p+24K
p: madvise($p+20K, 8K, MADV_GUARD_INSTALL) = 0
p: load $p+20K 1 = SIGSEGV SEGV_MAPERR
p: load $p+24K 1 = SIGSEGV SEGV_MAPERR
p: madvise($p, 40K, MADV_GUARD_REMOVE) = 0
p: pagemap $p 10 == none none none none none none none none none none
p: touch $p 40K read
p: load $p 40K == 0x00
p: store $p+20K "x" = SIGSEGV SEGV_ACCERR
