# The read past the end of a file of file-fault-around-fresh-table-past-eof.mms, but in the
# 2 MiB region where the process's own runtime keeps a PTE table (a NULL-hint mapping lands
# right below the runtime's memory). The 16-page window starts at the file's last page; with a
# table there, fault-around maps that page. A forked child runs the same runtime, so it has
# that table too. Found by `mmlab fuzz-diff --file` once the model knew only the tables the
# scenario made.
# data/pattern-3p.bin: 3 pages and 300 bytes, so page 3 is its last.
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY|O_CLOEXEC) = 3
p: mmap(NULL, 128K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: munmap($r, 128K) = 0
# $r is 64 KiB aligned, so the window of a fault at $a+12K starts at $a+8K: file page 3.
p: mmap($r+56K, 24K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 4K) = $a
p: fork() = c
p: load $a+12K 1 = SIGBUS BUS_ADRERR
p: pagemap $a 4 == none none present+file+excl none
c: load $a+12K 1 = SIGBUS BUS_ADRERR
c: pagemap $a 4 == none none present+file none
c: load $a+8K 4 == "DDDD"
