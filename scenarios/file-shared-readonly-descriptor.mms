# MAP_SHARED of a read-only descriptor: the VMA is VM_MAYSHARE (maps shows `s`) but neither
# VM_SHARED nor VM_MAYWRITE, so mprotect cannot make it writable (EACCES) and a write faults
# with SIGSEGV; a read maps the page-cache page.
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY) = 3
p: mmap(NULL, 8K, PROT_READ, MAP_SHARED, 3, 0) = $a
p: maps $a == $a-$a+8K r--s
p: smaps $a == VmFlags~ms VmFlags~mr VmFlags!~mw VmFlags!~sh
p: mprotect($a, 8K, PROT_READ|PROT_WRITE) = -1 EACCES
p: load $a+4K 2 == "BB"
p: pagemap $a 2 == present+file+excl present+file+excl
p: store $a "z" = SIGSEGV SEGV_ACCERR at $a
