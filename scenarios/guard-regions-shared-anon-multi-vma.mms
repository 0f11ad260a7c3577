# The shared-memory flavour of guard-regions-multi-vma, on MAP_SHARED|MAP_ANONYMOUS VMAs:
# guarding and unguarding a range holding several shmem VMAs with unmapped gaps acts on every
# VMA but reports the gaps as ENOMEM; with the gaps filled by rwx shmem VMAs the same calls
# succeed over the whole range.
p: mmap(NULL, 416K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $g
p: mmap($g+4K, 400K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $r
p: mmap($r, 40K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mmap($r+200K, 20K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $b
p: mmap($r+320K, 80K, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $c
p: munmap($r+40K, 160K) = 0
p: munmap($r+220K, 100K) = 0
p: maps $a == $a-$a+40K rw-s /dev/zero (deleted)
p: maps $b == $b-$b+20K rw-s /dev/zero (deleted)
p: maps $c == $c-$c+80K rw-s /dev/zero (deleted)
p: madvise($r, 400K, MADV_GUARD_INSTALL) = -1 ENOMEM
p: pagemap $a 10 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: pagemap $b 5 == swap+guard swap+guard swap+guard swap+guard swap+guard
p: pagemap $c 20 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: load $a 1 = SIGSEGV SEGV_MAPERR
p: store $a+36K "x" = SIGSEGV SEGV_MAPERR
p: load $b+16K 1 = SIGSEGV SEGV_MAPERR
p: store $b "x" = SIGSEGV SEGV_MAPERR
p: load $c+40K 1 = SIGSEGV SEGV_MAPERR
p: store $c+76K "x" = SIGSEGV SEGV_MAPERR
p: madvise($r, 400K, MADV_GUARD_REMOVE) = -1 ENOMEM
p: pagemap $a 10 == none none none none none none none none none none
p: pagemap $b 5 == none none none none none
p: pagemap $c 20 == none none none none none none none none none none none none none none none none none none none none
p: touch $a 40K read
p: touch $b 20K read
p: touch $c 80K read
p: store $a 40K 0x78
p: store $b 20K 0x78
p: store $c 80K 0x78
# fill the gaps with VMAs that cannot merge with their neighbours
p: mmap($r+40K, 160K, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $r+40K
p: mmap($r+220K, 100K, PROT_READ|PROT_WRITE|PROT_EXEC, MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $r+220K
p: maps ==
    $r-$r+40K rw-s /dev/zero (deleted)
    $r+40K-$r+200K rwxs /dev/zero (deleted)
    $r+200K-$r+220K rw-s /dev/zero (deleted)
    $r+220K-$r+320K rwxs /dev/zero (deleted)
    $r+320K-$r+400K rw-s /dev/zero (deleted)
p: madvise($r, 400K, MADV_GUARD_INSTALL) = 0
p: pagemap $r 100 == swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard swap+guard
p: load $r 1 = SIGSEGV SEGV_MAPERR
p: store $r+100K "x" = SIGSEGV SEGV_MAPERR
p: load $r+210K 1 = SIGSEGV SEGV_MAPERR
p: store $r+300K "x" = SIGSEGV SEGV_MAPERR
p: load $r+396K 1 = SIGSEGV SEGV_MAPERR
p: madvise($r, 400K, MADV_GUARD_REMOVE) = 0
p: pagemap $r 100 == none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none none
p: touch $r 400K read
p: store $r 400K 0x78
p: load $r 400K == 0x78
