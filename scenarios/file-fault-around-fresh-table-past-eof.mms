# A read past the end of a file raises SIGBUS, but fault-around runs first and maps what the
# page cache holds in the 64 KiB window. When the fault found no PTE table, filemap_map_pages
# installs the one do_fault_around preallocated only if the window's first cached folio ends
# before the file's last page; a window that starts at the last page maps nothing, and the
# failed fault leaves no table behind. Once a table is there (another mapping in the same
# 2 MiB), the same read maps that page. Found by `mmlab fuzz-diff --file`.
# data/pattern-3p.bin: 3 pages and 300 bytes, so page 3 is its last.
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY|O_CLOEXEC) = 3
p: mmap(NULL, 4M, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $w
p: munmap($w, 4M) = 0
p: mmap($w+2M, 64K, PROT_READ, MAP_SHARED|MAP_FIXED, 3, 12K) = $a
p: load $a+24K 1 = SIGBUS BUS_ADRERR
p: pagemap $a 2 == none none
p: load $a+24K 1 = SIGBUS BUS_ADRERR
p: pagemap $a 1 == none
# A window that starts before the last page maps every cached page in it.
p: mmap($w, 64K, PROT_READ, MAP_SHARED|MAP_FIXED, 3, 8K) = $b
p: load $b+24K 1 = SIGBUS BUS_ADRERR
p: pagemap $b 3 == present+file+excl present+file+excl none
# With a table in place, the first read's window maps the last page (shared with $b now).
p: mmap($w+3M, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $c
p: touch $c 4K write
p: load $a+24K 1 = SIGBUS BUS_ADRERR
p: pagemap $a 2 == present+file none
p: load $a 4 == "DDDD"
