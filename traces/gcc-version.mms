# mmlab trace of: gcc --version
# recorded on Linux 6.18.44-fc-v1272 with address-space randomisation off; the program exited with 0.
# Replay it on the model with `mmlab replay FILE` (or `mmlab run FILE`).
file "/etc/ld.so.cache" dev=fe:00 ino=672 size=33699 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_CTYPE" dev=fe:00 ino=316534 size=353616 flags=O_RDONLY
file "/usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES" dev=fe:00 ino=316538 size=48 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache" dev=fe:00 ino=325745 size=27028 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libc.so.6" dev=fe:00 ino=326279 size=1926232 flags=O_RDONLY
p: exec "/usr/bin/x86_64-linux-gnu-gcc-12" start_brk=0x541000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  00400000-00403000 r--p 00000000 fe:00 247932                             /usr/bin/x86_64-linux-gnu-gcc-12
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  00403000-0049c000 r-xp 00003000 fe:00 247932                             /usr/bin/x86_64-linux-gnu-gcc-12
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  0049c000-00539000 r--p 0009c000 fe:00 247932                             /usr/bin/x86_64-linux-gnu-gcc-12
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  00539000-0053e000 rw-p 00139000 fe:00 247932                             /usr/bin/x86_64-linux-gnu-gcc-12
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  0053e000-00541000 rw-p 00000000 00:00 0 
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
p: brk(NULL) = 0x541000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p: mprotect(0x539000, 12288, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x541000
p: brk(0x562000) = 0x562000
p: brk(0x584000) = 0x584000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d7b000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb9000
p: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7fb8000
p: maps ==
  00400000-00403000 r--p 00000000 fe:00 247932                             /usr/bin/x86_64-linux-gnu-gcc-12
  00403000-0049c000 r-xp 00003000 fe:00 247932                             /usr/bin/x86_64-linux-gnu-gcc-12
  0049c000-00539000 r--p 0009c000 fe:00 247932                             /usr/bin/x86_64-linux-gnu-gcc-12
  00539000-0053c000 r--p 00139000 fe:00 247932                             /usr/bin/x86_64-linux-gnu-gcc-12
  0053c000-0053e000 rw-p 0013c000 fe:00 247932                             /usr/bin/x86_64-linux-gnu-gcc-12
  0053e000-00541000 rw-p 00000000 00:00 0 
  00541000-00584000 rw-p 00000000 00:00 0                                  [heap]
  7ffff7d7b000-7ffff7dd2000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7dd2000-7ffff7dd5000 rw-p 00000000 00:00 0 
  7ffff7dd5000-7ffff7dfb000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dfb000-7ffff7f51000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f51000-7ffff7fa4000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa4000-7ffff7fa8000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa8000-7ffff7faa000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7faa000-7ffff7fb7000 rw-p 00000000 00:00 0 
  7ffff7fb8000-7ffff7fb9000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
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
