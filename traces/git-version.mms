# mmlab trace of: git --version
# recorded on Linux 6.18.44-fc-v1272 with address-space randomisation off; the program exited with 0.
# Replay it on the model with `mmlab replay FILE` (or `mmlab run FILE`).
file "/etc/ld.so.cache" dev=fe:00 ino=672 size=33699 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_CTYPE" dev=fe:00 ino=316534 size=353616 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache" dev=fe:00 ino=325745 size=27028 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libc.so.6" dev=fe:00 ino=326279 size=1926232 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2" dev=fe:00 ino=326706 size=629384 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libz.so.1.2.13" dev=fe:00 ino=326970 size=121280 flags=O_RDONLY
p: exec "/usr/local/bin/git" start_brk=0x555555916000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555572000 r--p 00000000 fe:00 328609                     /usr/local/bin/git
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555572000-555555801000 r-xp 0001e000 fe:00 328609                     /usr/local/bin/git
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555801000-5555558d7000 r--p 002ad000 fe:00 328609                     /usr/local/bin/git
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  5555558d7000-5555558f0000 rw-p 00383000 fe:00 328609                     /usr/local/bin/git
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  5555558f0000-555555916000 rw-p 00000000 00:00 0 
    VmFlags: rd wr mr mw me ac
    Anonymous: 0 kB
  7ffff7fc2000-7ffff7fc6000 r--p 00000000 00:00 0                          [vvar]
    VmFlags: rd mr pf io de dd
    Anonymous: 0 kB
  7ffff7fc6000-7ffff7fc8000 r--p 00000000 00:00 0                          [vvar_vclock]
    VmFlags: rd mr pf io de dd
    Anonymous: 0 kB
  7ffff7fc8000-7ffff7fca000 r-xp 00000000 00:00 0                          [vdso]
    VmFlags: rd ex mr mw me de
    Anonymous: 0 kB
  7ffff7fca000-7ffff7fcb000 r--p 00000000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  7ffff7fcb000-7ffff7ff1000 r-xp 00001000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  7ffff7ff1000-7ffff7ffb000 r--p 00027000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  7ffff7ffb000-7ffff7fff000 rw-p 00031000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  7ffffffde000-7ffffffff000 rw-p 00000000 00:00 0                          [stack]
    VmFlags: rd wr mr mw me gd ac
    Anonymous: 4 kB
  ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]
    VmFlags: ex
    Anonymous: 0 kB
p: brk(NULL) = 0x555555916000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 627592, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2>, 0x0) = 0x7ffff7f1d000
p: mmap(0x7ffff7f1f000, 438272, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2>, 0x2000) = 0x7ffff7f1f000
p: mmap(0x7ffff7f8a000, 176128, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2>, 0x6d000) = 0x7ffff7f8a000
p: mmap(0x7ffff7fb5000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2>, 0x98000) = 0x7ffff7fb5000
p: mmap(NULL, 123280, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libz.so.1.2.13>, 0x0) = 0x7ffff7efe000
p: mmap(0x7ffff7f01000, 77824, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libz.so.1.2.13>, 0x3000) = 0x7ffff7f01000
p: mmap(0x7ffff7f14000, 28672, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libz.so.1.2.13>, 0x16000) = 0x7ffff7f14000
p: mmap(0x7ffff7f1b000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libz.so.1.2.13>, 0x1c000) = 0x7ffff7f1b000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7d1c000
p: mmap(0x7ffff7d42000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7d42000
p: mmap(0x7ffff7e98000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7e98000
p: mmap(0x7ffff7eeb000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7eeb000
p: mmap(0x7ffff7ef1000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ef1000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d19000
p: mprotect(0x7ffff7eeb000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7f1b000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff7fb5000, 4096, PROT_READ) = 0
p: mprotect(0x5555558d7000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x555555916000
p: brk(0x555555937000) = 0x555555937000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7cc2000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb9000
p: maps ==
  555555554000-555555572000 r--p 00000000 fe:00 328609                     /usr/local/bin/git
  555555572000-555555801000 r-xp 0001e000 fe:00 328609                     /usr/local/bin/git
  555555801000-5555558d7000 r--p 002ad000 fe:00 328609                     /usr/local/bin/git
  5555558d7000-5555558db000 r--p 00383000 fe:00 328609                     /usr/local/bin/git
  5555558db000-5555558f0000 rw-p 00387000 fe:00 328609                     /usr/local/bin/git
  5555558f0000-555555916000 rw-p 00000000 00:00 0 
  555555916000-555555937000 rw-p 00000000 00:00 0                          [heap]
  7ffff7cc2000-7ffff7d19000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d19000-7ffff7d1c000 rw-p 00000000 00:00 0 
  7ffff7d1c000-7ffff7d42000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7d42000-7ffff7e98000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7e98000-7ffff7eeb000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7eeb000-7ffff7eef000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7eef000-7ffff7ef1000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7ef1000-7ffff7efe000 rw-p 00000000 00:00 0 
  7ffff7efe000-7ffff7f01000 r--p 00000000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff7f01000-7ffff7f14000 r-xp 00003000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff7f14000-7ffff7f1b000 r--p 00016000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff7f1b000-7ffff7f1c000 r--p 0001c000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff7f1c000-7ffff7f1d000 rw-p 0001d000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff7f1d000-7ffff7f1f000 r--p 00000000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7f1f000-7ffff7f8a000 r-xp 00002000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7f8a000-7ffff7fb5000 r--p 0006d000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7fb5000-7ffff7fb6000 r--p 00098000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7fb6000-7ffff7fb7000 rw-p 00099000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7fb9000-7ffff7fc0000 r--s 00000000 fe:00 325745                     /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache
  7ffff7fc0000-7ffff7fc2000 rw-p 00000000 00:00 0 
  7ffff7fc2000-7ffff7fc6000 r--p 00000000 00:00 0                          [vvar]
  7ffff7fc6000-7ffff7fc8000 r--p 00000000 00:00 0                          [vvar_vclock]
  7ffff7fc8000-7ffff7fca000 r-xp 00000000 00:00 0                          [vdso]
  7ffff7fca000-7ffff7fcb000 r--p 00000000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7ffff7fcb000-7ffff7ff1000 r-xp 00001000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7ffff7ff1000-7ffff7ffb000 r--p 00027000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7ffff7ffb000-7ffff7ffd000 r--p 00031000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7ffff7ffd000-7ffff7fff000 rw-p 00033000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7ffffffde000-7ffffffff000 rw-p 00000000 00:00 0                          [stack]
  ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]
p: exit_group(0) = ?
