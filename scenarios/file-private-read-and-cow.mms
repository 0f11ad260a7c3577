# A private mapping of a regular file: a read fault maps the page-cache page and, by fault-around,
# its neighbours in the 64 KiB window (the file is cached); a write makes a private anonymous
# copy (PG_anon_exclusive) and leaves the file's page to other mappings; a second mapping of the
# same file shares the page-cache frames. The last page is partly past the end of the file and
# reads as zeroes there; a page wholly past the end raises SIGBUS, for reads and writes alike.
# data/pattern-3p.bin: 4 KiB of 'A', of 'B', of 'C', then 300 bytes of 'D' (12588 bytes).
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY|O_CLOEXEC) = 3
p: mmap(NULL, 20K, PROT_READ|PROT_WRITE, MAP_PRIVATE, 3, 0) = $a
p: maps $a == $a-$a+20K rw-p
p: load $a 4 == "AAAA"
p: pagemap $a 5 == present+file+excl@A present+file+excl@B present+file+excl@C present+file+excl@D none
p: store $a+4K "x"
p: pagemap $a 2 == present+file+excl@A present+excl+anon+ax@E
p: load $a+4K 2 == "xB"
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 3, 0) = $b
p: load $b+4K 4 == "BBBB"
p: pagemap $b 2 == present+file@A present+file+excl@B
p: pagemap $a 1 == present+file@A
p: load $a+12K+296 8 == "DDDD\0\0\0\0"
p: touch $a+16K 1 read = SIGBUS BUS_ADRERR at $a+16K
p: store $a+16K "y" = SIGBUS BUS_ADRERR at $a+16K
p: smaps $a == Rss=16K Anonymous=4K Private_Dirty=4K VmFlags~ac VmFlags!~sh
p: close(3) = 0
p: close(3) = -1 EBADF
p: load $b 1 == "A"
