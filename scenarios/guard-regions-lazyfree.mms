# MADV_FREE leaves guard markers in place: a fully guarded mapping stays fully guarded.
p: mmap(NULL, 48K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 40K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $p
p: madvise($p, 40K, MADV_GUARD_INSTALL) = 0
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR
p: madvise($p, 40K, MADV_FREE) = 0
p: pagemap $p 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: load $p 1 = SIGSEGV SEGV_MAPERR
p: store $p "x" = SIGSEGV SEGV_MAPERR
p: load $p+20K 1 = SIGSEGV SEGV_MAPERR
p: store $p+36K "x" = SIGSEGV SEGV_MAPERR
