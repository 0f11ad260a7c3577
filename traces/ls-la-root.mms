# mmlab trace of: ls -la /
# recorded on Linux 6.18.44-fc-v1272 with address-space randomisation off; the program exited with 0.
# Replay it on the model with `mmlab replay FILE` (or `mmlab run FILE`).
file "/etc/ld.so.cache" dev=fe:00 ino=672 size=33699 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_ADDRESS" dev=fe:00 ino=316532 size=127 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_COLLATE" dev=fe:00 ino=316533 size=1406 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_CTYPE" dev=fe:00 ino=316534 size=353616 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_IDENTIFICATION" dev=fe:00 ino=316535 size=258 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_MEASUREMENT" dev=fe:00 ino=316536 size=23 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES" dev=fe:00 ino=316538 size=48 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_MONETARY" dev=fe:00 ino=316539 size=270 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_NAME" dev=fe:00 ino=316540 size=62 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_NUMERIC" dev=fe:00 ino=316541 size=50 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_PAPER" dev=fe:00 ino=316542 size=34 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_TELEPHONE" dev=fe:00 ino=316543 size=47 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_TIME" dev=fe:00 ino=316544 size=3360 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache" dev=fe:00 ino=325745 size=27028 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libc.so.6" dev=fe:00 ino=326279 size=1926232 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2" dev=fe:00 ino=326706 size=629384 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libselinux.so.1" dev=fe:00 ino=326770 size=174312 flags=O_RDONLY
p: exec "/usr/bin/ls" start_brk=0x55555557a000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555558000 r--p 00000000 fe:00 247497                     /usr/bin/ls
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555558000-55555556e000 r-xp 00004000 fe:00 247497                     /usr/bin/ls
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555556e000-555555577000 r--p 0001a000 fe:00 247497                     /usr/bin/ls
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555577000-555555579000 rw-p 00023000 fe:00 247497                     /usr/bin/ls
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555579000-55555557a000 rw-p 00000000 00:00 0 
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
p: brk(NULL) = 0x55555557a000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 186064, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libselinux.so.1>, 0x0) = 0x7ffff7f89000
p: mmap(0x7ffff7f90000, 110592, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libselinux.so.1>, 0x7000) = 0x7ffff7f90000
p: mmap(0x7ffff7fab000, 32768, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libselinux.so.1>, 0x22000) = 0x7ffff7fab000
p: mmap(0x7ffff7fb3000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libselinux.so.1>, 0x29000) = 0x7ffff7fb3000
p: mmap(0x7ffff7fb5000, 5840, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fb5000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da7000
p: mmap(0x7ffff7dcd000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dcd000
p: mmap(0x7ffff7f23000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f23000
p: mmap(0x7ffff7f76000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f76000
p: mmap(0x7ffff7f7c000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f7c000
p: mmap(NULL, 627592, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2>, 0x0) = 0x7ffff7d0d000
p: mmap(0x7ffff7d0f000, 438272, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2>, 0x2000) = 0x7ffff7d0f000
p: mmap(0x7ffff7d7a000, 176128, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2>, 0x6d000) = 0x7ffff7d7a000
p: mmap(0x7ffff7da5000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2>, 0x98000) = 0x7ffff7da5000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d0a000
p: mprotect(0x7ffff7f76000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7da5000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff7fb3000, 4096, PROT_READ) = 0
p: mprotect(0x555555577000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x55555557a000
p: brk(0x55555559b000) = 0x55555559b000
p: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d09000
p: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d08000
p: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d07000
p: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d06000
p: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d05000
p: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d04000
p: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d03000
p: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d02000
p: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d01000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7caa000
p: maps ==
  555555554000-555555558000 r--p 00000000 fe:00 247497                     /usr/bin/ls
  555555558000-55555556e000 r-xp 00004000 fe:00 247497                     /usr/bin/ls
  55555556e000-555555577000 r--p 0001a000 fe:00 247497                     /usr/bin/ls
  555555577000-555555578000 r--p 00023000 fe:00 247497                     /usr/bin/ls
  555555578000-555555579000 rw-p 00024000 fe:00 247497                     /usr/bin/ls
  555555579000-55555557a000 rw-p 00000000 00:00 0 
  55555557a000-55555559b000 rw-p 00000000 00:00 0                          [heap]
  7ffff7caa000-7ffff7d01000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d01000-7ffff7d02000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d02000-7ffff7d03000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d03000-7ffff7d04000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d04000-7ffff7d05000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d05000-7ffff7d06000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d06000-7ffff7d07000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d07000-7ffff7d08000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d08000-7ffff7d09000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d09000-7ffff7d0a000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d0a000-7ffff7d0d000 rw-p 00000000 00:00 0 
  7ffff7d0d000-7ffff7d0f000 r--p 00000000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7d0f000-7ffff7d7a000 r-xp 00002000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7d7a000-7ffff7da5000 r--p 0006d000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7da5000-7ffff7da6000 r--p 00098000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7da6000-7ffff7da7000 rw-p 00099000 fe:00 326706                     /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0.11.2
  7ffff7da7000-7ffff7dcd000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dcd000-7ffff7f23000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f23000-7ffff7f76000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f76000-7ffff7f7a000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f7a000-7ffff7f7c000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f7c000-7ffff7f89000 rw-p 00000000 00:00 0 
  7ffff7f89000-7ffff7f90000 r--p 00000000 fe:00 326770                     /usr/lib/x86_64-linux-gnu/libselinux.so.1
  7ffff7f90000-7ffff7fab000 r-xp 00007000 fe:00 326770                     /usr/lib/x86_64-linux-gnu/libselinux.so.1
  7ffff7fab000-7ffff7fb3000 r--p 00022000 fe:00 326770                     /usr/lib/x86_64-linux-gnu/libselinux.so.1
  7ffff7fb3000-7ffff7fb4000 r--p 00029000 fe:00 326770                     /usr/lib/x86_64-linux-gnu/libselinux.so.1
  7ffff7fb4000-7ffff7fb5000 rw-p 0002a000 fe:00 326770                     /usr/lib/x86_64-linux-gnu/libselinux.so.1
  7ffff7fb5000-7ffff7fb7000 rw-p 00000000 00:00 0 
  7ffff7fb7000-7ffff7fb8000 r--p 00000000 fe:00 316536                     /usr/lib/locale/C.utf8/LC_MEASUREMENT
  7ffff7fb8000-7ffff7fbf000 r--s 00000000 fe:00 325745                     /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache
  7ffff7fbf000-7ffff7fc0000 r--p 00000000 fe:00 316535                     /usr/lib/locale/C.utf8/LC_IDENTIFICATION
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
