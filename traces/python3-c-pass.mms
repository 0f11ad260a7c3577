# mmlab trace of: python3 -c pass
# recorded on Linux 6.18.44-fc-v1272 with address-space randomisation off; the program exited with 0.
# Replay it on the model with `mmlab replay FILE` (or `mmlab run FILE`).
file "/etc/ld.so.cache" dev=fe:00 ino=672 size=33699 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0" dev=fe:00 ino=18714 size=23092688 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21495 size=56656 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21497 size=80296 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21518 size=131160 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21527 size=57024 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21531 size=86576 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21536 size=187200 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21544 size=24104 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21551 size=125776 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21555 size=290856 flags=O_RDONLY
file "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so" dev=fe:00 ino=21569 size=172736 flags=O_RDONLY
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
file "/usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4" dev=fe:00 ino=326276 size=74688 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libc.so.6" dev=fe:00 ino=326279 size=1926232 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1" dev=fe:00 ino=326599 size=190456 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libm.so.6" dev=fe:00 ino=326603 size=911904 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libtinfo.so.6.4" dev=fe:00 ino=326832 size=204088 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libz.so.1.2.13" dev=fe:00 ino=326970 size=121280 flags=O_RDONLY
p: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p: brk(NULL) = 0x555555561000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x555555561000
p: brk(0x555555582000) = 0x555555582000
p: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p: brk(NULL) = 0x555555694000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x555555694000
p: brk(0x5555556b5000) = 0x5555556b5000
p: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p: brk(NULL) = 0x555555561000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x555555561000
p: brk(0x555555582000) = 0x555555582000
p: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p: brk(NULL) = 0x555555694000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x555555694000
p: brk(0x5555556b5000) = 0x5555556b5000
p: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p: fork() = p1
p1: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p1: exit_group(0) = ?
p: fork() = p2
p2: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p2: exit_group(0) = ?
p: fork() = p3
p3: fork() = p4
p4: fork() = p5
p5: fork() = p6
p6: exec "/usr/bin/readlink" start_brk=0x555555562000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555560000-555555562000 rw-p 0000b000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p6: brk(NULL) = 0x555555562000
p6: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p6: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p6: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p6: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p6: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p6: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p6: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p6: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p6: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p6: mprotect(0x555555560000, 4096, PROT_READ) = 0
p6: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p6: munmap(0x7ffff7fb7000, 33699) = 0
p6: brk(NULL) = 0x555555562000
p6: brk(0x555555583000) = 0x555555583000
p6: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p6: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p6: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p6: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p6: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p6: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p6: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p6: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p6: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p6: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p6: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p6: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p6: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p6: maps ==
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
  555555560000-555555561000 r--p 0000b000 fe:00 247717                     /usr/bin/readlink
  555555561000-555555562000 rw-p 0000c000 fe:00 247717                     /usr/bin/readlink
  555555562000-555555583000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d72000-7ffff7dc9000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7dc9000-7ffff7dca000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7dca000-7ffff7dcb000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7dcb000-7ffff7dcc000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7dcc000-7ffff7dcd000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7dcd000-7ffff7dce000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7dce000-7ffff7dcf000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7dcf000-7ffff7dd0000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7dd0000-7ffff7dd1000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7dd1000-7ffff7dd2000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7dd2000-7ffff7dd5000 rw-p 00000000 00:00 0 
  7ffff7dd5000-7ffff7dfb000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dfb000-7ffff7f51000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f51000-7ffff7fa4000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa4000-7ffff7fa8000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa8000-7ffff7faa000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7faa000-7ffff7fb7000 rw-p 00000000 00:00 0 
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
p6: exit_group(0) = ?
p5: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p5: exit_group(0) = ?
p4: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p4: exit_group(0) = ?
p3: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p3: exit_group(0) = ?
p: brk(0x5555556d9000) = 0x5555556d9000
p: brk(0x5555556d1000) = 0x5555556d1000
p: fork() = p7
p7: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d1000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p7: exit_group(0) = ?
p: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p: brk(NULL) = 0x555555561000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x555555561000
p: brk(0x555555582000) = 0x555555582000
p: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p: brk(NULL) = 0x555555694000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x555555694000
p: brk(0x5555556b5000) = 0x5555556b5000
p: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p: fork() = p8
p8: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p8: brk(NULL) = 0x555555561000
p8: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p8: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p8: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p8: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p8: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p8: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p8: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p8: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p8: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p8: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p8: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p8: munmap(0x7ffff7fb7000, 33699) = 0
p8: brk(NULL) = 0x555555561000
p8: brk(0x555555582000) = 0x555555582000
p8: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p8: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p8: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p8: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p8: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p8: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p8: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p8: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p8: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p8: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p8: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p8: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p8: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p8: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p8: brk(NULL) = 0x555555694000
p8: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p8: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p8: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p8: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p8: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p8: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p8: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p8: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p8: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p8: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p8: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p8: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p8: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p8: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p8: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p8: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p8: munmap(0x7ffff7fb7000, 33699) = 0
p8: brk(NULL) = 0x555555694000
p8: brk(0x5555556b5000) = 0x5555556b5000
p8: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p8: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p8: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p8: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p8: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p8: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p8: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p8: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p8: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p8: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p8: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p8: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p8: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p8: fork() = p9
p9: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p9: brk(NULL) = 0x555555561000
p9: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p9: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p9: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p9: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p9: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p9: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p9: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p9: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p9: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p9: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p9: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p9: munmap(0x7ffff7fb7000, 33699) = 0
p9: brk(NULL) = 0x555555561000
p9: brk(0x555555582000) = 0x555555582000
p9: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p9: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p9: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p9: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p9: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p9: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p9: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p9: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p9: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p9: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p9: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p9: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p9: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p9: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p9: brk(NULL) = 0x555555694000
p9: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p9: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p9: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p9: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p9: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p9: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p9: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p9: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p9: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p9: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p9: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p9: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p9: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p9: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p9: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p9: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p9: munmap(0x7ffff7fb7000, 33699) = 0
p9: brk(NULL) = 0x555555694000
p9: brk(0x5555556b5000) = 0x5555556b5000
p9: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p9: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p9: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p9: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p9: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p9: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p9: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p9: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p9: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p9: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p9: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p9: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p9: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p9: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p9: exit_group(0) = ?
p8: fork() = p10
p10: fork() = p11
p11: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p11: brk(NULL) = 0x555555561000
p11: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p11: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p11: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p11: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p11: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p11: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p11: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p11: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p11: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p11: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p11: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p11: munmap(0x7ffff7fb7000, 33699) = 0
p11: brk(NULL) = 0x555555561000
p11: brk(0x555555582000) = 0x555555582000
p11: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p11: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p11: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p11: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p11: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p11: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p11: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p11: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p11: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p11: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p11: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p11: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p11: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p11: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p11: brk(NULL) = 0x555555694000
p11: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p11: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p11: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p11: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p11: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p11: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p11: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p11: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p11: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p11: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p11: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p11: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p11: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p11: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p11: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p11: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p11: munmap(0x7ffff7fb7000, 33699) = 0
p11: brk(NULL) = 0x555555694000
p11: brk(0x5555556b5000) = 0x5555556b5000
p11: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p11: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p11: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p11: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p11: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p11: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p11: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p11: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p11: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p11: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p11: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p11: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p11: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p11: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p11: exit_group(0) = ?
p10: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p10: exit_group(0) = ?
p8: fork() = p12
p12: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p12: brk(NULL) = 0x555555561000
p12: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p12: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p12: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p12: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p12: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p12: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p12: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p12: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p12: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p12: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p12: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p12: munmap(0x7ffff7fb7000, 33699) = 0
p12: brk(NULL) = 0x555555561000
p12: brk(0x555555582000) = 0x555555582000
p12: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p12: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p12: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p12: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p12: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p12: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p12: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p12: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p12: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p12: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p12: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p12: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p12: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p12: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p12: brk(NULL) = 0x555555694000
p12: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p12: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p12: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p12: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p12: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p12: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p12: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p12: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p12: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p12: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p12: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p12: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p12: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p12: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p12: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p12: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p12: munmap(0x7ffff7fb7000, 33699) = 0
p12: brk(NULL) = 0x555555694000
p12: brk(0x5555556b5000) = 0x5555556b5000
p12: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p12: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p12: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p12: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p12: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p12: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p12: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p12: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p12: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p12: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p12: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p12: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p12: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p12: fork() = p13
p13: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p13: exit_group(0) = ?
p12: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p12: exit_group(0) = ?
p8: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p8: exit_group(0) = ?
p: fork() = p14
p14: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p14: brk(NULL) = 0x555555561000
p14: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p14: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p14: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p14: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p14: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p14: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p14: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p14: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p14: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p14: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p14: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p14: munmap(0x7ffff7fb7000, 33699) = 0
p14: brk(NULL) = 0x555555561000
p14: brk(0x555555582000) = 0x555555582000
p14: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p14: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p14: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p14: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p14: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p14: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p14: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p14: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p14: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p14: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p14: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p14: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p14: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p14: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p14: brk(NULL) = 0x555555694000
p14: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p14: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p14: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p14: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p14: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p14: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p14: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p14: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p14: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p14: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p14: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p14: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p14: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p14: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p14: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p14: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p14: munmap(0x7ffff7fb7000, 33699) = 0
p14: brk(NULL) = 0x555555694000
p14: brk(0x5555556b5000) = 0x5555556b5000
p14: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p14: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p14: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p14: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p14: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p14: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p14: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p14: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p14: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p14: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p14: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p14: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p14: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p14: fork() = p15
p15: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p15: brk(NULL) = 0x555555561000
p15: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p15: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p15: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p15: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p15: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p15: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p15: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p15: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p15: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p15: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p15: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p15: munmap(0x7ffff7fb7000, 33699) = 0
p15: brk(NULL) = 0x555555561000
p15: brk(0x555555582000) = 0x555555582000
p15: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p15: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p15: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p15: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p15: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p15: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p15: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p15: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p15: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p15: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p15: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p15: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p15: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p15: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p15: brk(NULL) = 0x555555694000
p15: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p15: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p15: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p15: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p15: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p15: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p15: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p15: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p15: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p15: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p15: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p15: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p15: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p15: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p15: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p15: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p15: munmap(0x7ffff7fb7000, 33699) = 0
p15: brk(NULL) = 0x555555694000
p15: brk(0x5555556b5000) = 0x5555556b5000
p15: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p15: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p15: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p15: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p15: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p15: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p15: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p15: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p15: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p15: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p15: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p15: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p15: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p15: fork() = p16
p16: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p16: brk(NULL) = 0x555555561000
p16: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p16: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p16: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p16: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p16: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p16: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p16: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p16: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p16: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p16: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p16: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p16: munmap(0x7ffff7fb7000, 33699) = 0
p16: brk(NULL) = 0x555555561000
p16: brk(0x555555582000) = 0x555555582000
p16: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p16: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p16: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p16: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p16: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p16: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p16: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p16: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p16: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p16: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p16: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p16: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p16: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p16: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p16: brk(NULL) = 0x555555694000
p16: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p16: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p16: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p16: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p16: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p16: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p16: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p16: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p16: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p16: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p16: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p16: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p16: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p16: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p16: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p16: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p16: munmap(0x7ffff7fb7000, 33699) = 0
p16: brk(NULL) = 0x555555694000
p16: brk(0x5555556b5000) = 0x5555556b5000
p16: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p16: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p16: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p16: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p16: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p16: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p16: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p16: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p16: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p16: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p16: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p16: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p16: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p16: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p16: exit_group(0) = ?
p15: fork() = p17
p17: fork() = p18
p18: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p18: brk(NULL) = 0x555555561000
p18: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p18: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p18: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p18: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p18: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p18: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p18: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p18: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p18: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p18: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p18: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p18: munmap(0x7ffff7fb7000, 33699) = 0
p18: brk(NULL) = 0x555555561000
p18: brk(0x555555582000) = 0x555555582000
p18: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p18: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p18: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p18: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p18: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p18: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p18: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p18: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p18: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p18: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p18: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p18: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p18: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p18: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p18: brk(NULL) = 0x555555694000
p18: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p18: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p18: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p18: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p18: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p18: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p18: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p18: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p18: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p18: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p18: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p18: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p18: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p18: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p18: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p18: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p18: munmap(0x7ffff7fb7000, 33699) = 0
p18: brk(NULL) = 0x555555694000
p18: brk(0x5555556b5000) = 0x5555556b5000
p18: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p18: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p18: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p18: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p18: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p18: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p18: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p18: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p18: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p18: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p18: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p18: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p18: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p18: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p18: exit_group(0) = ?
p17: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p17: exit_group(0) = ?
p15: fork() = p19
p19: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p19: brk(NULL) = 0x555555561000
p19: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p19: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p19: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p19: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p19: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p19: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p19: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p19: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p19: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p19: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p19: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p19: munmap(0x7ffff7fb7000, 33699) = 0
p19: brk(NULL) = 0x555555561000
p19: brk(0x555555582000) = 0x555555582000
p19: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p19: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p19: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p19: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p19: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p19: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p19: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p19: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p19: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p19: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p19: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p19: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p19: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p19: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p19: brk(NULL) = 0x555555694000
p19: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p19: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p19: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p19: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p19: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p19: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p19: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p19: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p19: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p19: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p19: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p19: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p19: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p19: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p19: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p19: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p19: munmap(0x7ffff7fb7000, 33699) = 0
p19: brk(NULL) = 0x555555694000
p19: brk(0x5555556b5000) = 0x5555556b5000
p19: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p19: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p19: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p19: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p19: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p19: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p19: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p19: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p19: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p19: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p19: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p19: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p19: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p19: fork() = p20
p20: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p20: exit_group(0) = ?
p19: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p19: exit_group(0) = ?
p15: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p15: exit_group(0) = ?
p14: fork() = p21
p21: fork() = p22
p22: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p22: brk(NULL) = 0x555555561000
p22: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p22: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p22: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p22: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p22: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p22: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p22: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p22: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p22: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p22: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p22: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p22: munmap(0x7ffff7fb7000, 33699) = 0
p22: brk(NULL) = 0x555555561000
p22: brk(0x555555582000) = 0x555555582000
p22: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p22: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p22: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p22: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p22: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p22: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p22: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p22: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p22: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p22: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p22: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p22: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p22: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p22: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p22: brk(NULL) = 0x555555694000
p22: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p22: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p22: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p22: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p22: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p22: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p22: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p22: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p22: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p22: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p22: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p22: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p22: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p22: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p22: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p22: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p22: munmap(0x7ffff7fb7000, 33699) = 0
p22: brk(NULL) = 0x555555694000
p22: brk(0x5555556b5000) = 0x5555556b5000
p22: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p22: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p22: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p22: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p22: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p22: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p22: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p22: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p22: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p22: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p22: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p22: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p22: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p22: fork() = p23
p23: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p23: brk(NULL) = 0x555555561000
p23: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p23: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p23: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p23: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p23: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p23: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p23: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p23: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p23: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p23: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p23: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p23: munmap(0x7ffff7fb7000, 33699) = 0
p23: brk(NULL) = 0x555555561000
p23: brk(0x555555582000) = 0x555555582000
p23: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p23: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p23: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p23: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p23: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p23: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p23: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p23: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p23: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p23: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p23: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p23: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p23: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p23: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p23: brk(NULL) = 0x555555694000
p23: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p23: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p23: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p23: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p23: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p23: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p23: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p23: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p23: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p23: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p23: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p23: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p23: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p23: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p23: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p23: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p23: munmap(0x7ffff7fb7000, 33699) = 0
p23: brk(NULL) = 0x555555694000
p23: brk(0x5555556b5000) = 0x5555556b5000
p23: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p23: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p23: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p23: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p23: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p23: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p23: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p23: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p23: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p23: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p23: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p23: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p23: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p23: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p23: exit_group(0) = ?
p22: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p22: exit_group(0) = ?
p21: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p21: exit_group(0) = ?
p14: fork() = p24
p24: exec "/usr/bin/basename" start_brk=0x55555555f000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247001                     /usr/bin/basename
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555b000 r-xp 00002000 fe:00 247001                     /usr/bin/basename
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555b000-55555555d000 r--p 00007000 fe:00 247001                     /usr/bin/basename
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555d000-55555555f000 rw-p 00009000 fe:00 247001                     /usr/bin/basename
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p24: brk(NULL) = 0x55555555f000
p24: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p24: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p24: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p24: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p24: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p24: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p24: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p24: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p24: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p24: mprotect(0x55555555d000, 4096, PROT_READ) = 0
p24: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p24: munmap(0x7ffff7fb7000, 33699) = 0
p24: brk(NULL) = 0x55555555f000
p24: brk(0x555555580000) = 0x555555580000
p24: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p24: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p24: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p24: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p24: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p24: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p24: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p24: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p24: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p24: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p24: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p24: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p24: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p24: maps ==
  555555554000-555555556000 r--p 00000000 fe:00 247001                     /usr/bin/basename
  555555556000-55555555b000 r-xp 00002000 fe:00 247001                     /usr/bin/basename
  55555555b000-55555555d000 r--p 00007000 fe:00 247001                     /usr/bin/basename
  55555555d000-55555555e000 r--p 00009000 fe:00 247001                     /usr/bin/basename
  55555555e000-55555555f000 rw-p 0000a000 fe:00 247001                     /usr/bin/basename
  55555555f000-555555580000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d72000-7ffff7dc9000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7dc9000-7ffff7dca000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7dca000-7ffff7dcb000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7dcb000-7ffff7dcc000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7dcc000-7ffff7dcd000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7dcd000-7ffff7dce000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7dce000-7ffff7dcf000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7dcf000-7ffff7dd0000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7dd0000-7ffff7dd1000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7dd1000-7ffff7dd2000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7dd2000-7ffff7dd5000 rw-p 00000000 00:00 0 
  7ffff7dd5000-7ffff7dfb000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dfb000-7ffff7f51000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f51000-7ffff7fa4000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa4000-7ffff7fa8000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa8000-7ffff7faa000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7faa000-7ffff7fb7000 rw-p 00000000 00:00 0 
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
p24: exit_group(0) = ?
p14: fork() = p25
p25: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p25: brk(NULL) = 0x555555561000
p25: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p25: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p25: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p25: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p25: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p25: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p25: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p25: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p25: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p25: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p25: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p25: munmap(0x7ffff7fb7000, 33699) = 0
p25: brk(NULL) = 0x555555561000
p25: brk(0x555555582000) = 0x555555582000
p25: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p25: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p25: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p25: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p25: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p25: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p25: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p25: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p25: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p25: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p25: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p25: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p25: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p25: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p25: brk(NULL) = 0x555555694000
p25: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p25: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p25: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p25: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p25: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p25: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p25: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p25: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p25: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p25: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p25: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p25: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p25: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p25: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p25: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p25: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p25: munmap(0x7ffff7fb7000, 33699) = 0
p25: brk(NULL) = 0x555555694000
p25: brk(0x5555556b5000) = 0x5555556b5000
p25: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p25: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p25: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p25: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p25: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p25: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p25: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p25: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p25: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p25: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p25: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p25: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p25: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p25: fork() = p26
p26: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p26: exit_group(0) = ?
p25: brk(0x5555556d8000) = 0x5555556d8000
p25: brk(0x5555556d0000) = 0x5555556d0000
p25: fork() = p27
p27: fork() = p28
p28: fork() = p29
p29: exec "/usr/bin/readlink" start_brk=0x555555562000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555560000-555555562000 rw-p 0000b000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p29: brk(NULL) = 0x555555562000
p29: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p29: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p29: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p29: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p29: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p29: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p29: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p29: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p29: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p29: mprotect(0x555555560000, 4096, PROT_READ) = 0
p29: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p29: munmap(0x7ffff7fb7000, 33699) = 0
p29: brk(NULL) = 0x555555562000
p29: brk(0x555555583000) = 0x555555583000
p29: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p29: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p29: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p29: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p29: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p29: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p29: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p29: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p29: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p29: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p29: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p29: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p29: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p29: maps ==
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
  555555560000-555555561000 r--p 0000b000 fe:00 247717                     /usr/bin/readlink
  555555561000-555555562000 rw-p 0000c000 fe:00 247717                     /usr/bin/readlink
  555555562000-555555583000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d72000-7ffff7dc9000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7dc9000-7ffff7dca000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7dca000-7ffff7dcb000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7dcb000-7ffff7dcc000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7dcc000-7ffff7dcd000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7dcd000-7ffff7dce000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7dce000-7ffff7dcf000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7dcf000-7ffff7dd0000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7dd0000-7ffff7dd1000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7dd1000-7ffff7dd2000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7dd2000-7ffff7dd5000 rw-p 00000000 00:00 0 
  7ffff7dd5000-7ffff7dfb000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dfb000-7ffff7f51000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f51000-7ffff7fa4000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa4000-7ffff7fa8000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa8000-7ffff7faa000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7faa000-7ffff7fb7000 rw-p 00000000 00:00 0 
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
p29: exit_group(0) = ?
p28: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p28: exit_group(0) = ?
p27: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p27: exit_group(0) = ?
p25: fork() = p30
p30: fork() = p31
p31: fork() = p32
p32: exec "/usr/bin/readlink" start_brk=0x555555562000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555560000-555555562000 rw-p 0000b000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p32: brk(NULL) = 0x555555562000
p32: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p32: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p32: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p32: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p32: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p32: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p32: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p32: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p32: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p32: mprotect(0x555555560000, 4096, PROT_READ) = 0
p32: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p32: munmap(0x7ffff7fb7000, 33699) = 0
p32: brk(NULL) = 0x555555562000
p32: brk(0x555555583000) = 0x555555583000
p32: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p32: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p32: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p32: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p32: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p32: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p32: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p32: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p32: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p32: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p32: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p32: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p32: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p32: maps ==
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
  555555560000-555555561000 r--p 0000b000 fe:00 247717                     /usr/bin/readlink
  555555561000-555555562000 rw-p 0000c000 fe:00 247717                     /usr/bin/readlink
  555555562000-555555583000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d72000-7ffff7dc9000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7dc9000-7ffff7dca000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7dca000-7ffff7dcb000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7dcb000-7ffff7dcc000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7dcc000-7ffff7dcd000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7dcd000-7ffff7dce000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7dce000-7ffff7dcf000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7dcf000-7ffff7dd0000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7dd0000-7ffff7dd1000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7dd1000-7ffff7dd2000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7dd2000-7ffff7dd5000 rw-p 00000000 00:00 0 
  7ffff7dd5000-7ffff7dfb000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dfb000-7ffff7f51000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f51000-7ffff7fa4000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa4000-7ffff7fa8000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa8000-7ffff7faa000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7faa000-7ffff7fb7000 rw-p 00000000 00:00 0 
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
p32: exit_group(0) = ?
p31: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p31: exit_group(0) = ?
p30: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p30: exit_group(0) = ?
p25: fork() = p33
p33: fork() = p34
p34: fork() = p35
p35: exec "/usr/bin/readlink" start_brk=0x555555562000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555560000-555555562000 rw-p 0000b000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p35: brk(NULL) = 0x555555562000
p35: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p35: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p35: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p35: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p35: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p35: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p35: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p35: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p35: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p35: mprotect(0x555555560000, 4096, PROT_READ) = 0
p35: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p35: munmap(0x7ffff7fb7000, 33699) = 0
p35: brk(NULL) = 0x555555562000
p35: brk(0x555555583000) = 0x555555583000
p35: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p35: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p35: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p35: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p35: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p35: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p35: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p35: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p35: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p35: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p35: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p35: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p35: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p35: maps ==
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
  555555560000-555555561000 r--p 0000b000 fe:00 247717                     /usr/bin/readlink
  555555561000-555555562000 rw-p 0000c000 fe:00 247717                     /usr/bin/readlink
  555555562000-555555583000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d72000-7ffff7dc9000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7dc9000-7ffff7dca000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7dca000-7ffff7dcb000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7dcb000-7ffff7dcc000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7dcc000-7ffff7dcd000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7dcd000-7ffff7dce000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7dce000-7ffff7dcf000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7dcf000-7ffff7dd0000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7dd0000-7ffff7dd1000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7dd1000-7ffff7dd2000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7dd2000-7ffff7dd5000 rw-p 00000000 00:00 0 
  7ffff7dd5000-7ffff7dfb000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dfb000-7ffff7f51000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f51000-7ffff7fa4000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa4000-7ffff7fa8000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa8000-7ffff7faa000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7faa000-7ffff7fb7000 rw-p 00000000 00:00 0 
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
p35: exit_group(0) = ?
p34: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p34: exit_group(0) = ?
p33: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p33: exit_group(0) = ?
p25: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p25: exit_group(0) = ?
p14: brk(0x5555556d6000) = 0x5555556d6000
p14: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d6000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p14: exit_group(0) = ?
p: fork() = p36
p36: exec "/usr/bin/env" start_brk=0x555555561000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555c000 r-xp 00002000 fe:00 247153                     /usr/bin/env
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555c000-55555555f000 r--p 00008000 fe:00 247153                     /usr/bin/env
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555555f000-555555561000 rw-p 0000a000 fe:00 247153                     /usr/bin/env
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p36: brk(NULL) = 0x555555561000
p36: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p36: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p36: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p36: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p36: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p36: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p36: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p36: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p36: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p36: mprotect(0x55555555f000, 4096, PROT_READ) = 0
p36: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p36: munmap(0x7ffff7fb7000, 33699) = 0
p36: brk(NULL) = 0x555555561000
p36: brk(0x555555582000) = 0x555555582000
p36: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p36: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p36: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p36: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p36: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p36: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p36: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p36: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p36: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p36: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p36: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p36: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p36: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p36: exec "/usr/bin/bash" start_brk=0x555555694000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555567c000-555555689000 rw-p 00128000 fe:00 247003                     /usr/bin/bash
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  555555689000-555555694000 rw-p 00000000 00:00 0 
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
p36: brk(NULL) = 0x555555694000
p36: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p36: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p36: mmap(NULL, 207168, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x0) = 0x7ffff7f84000
p36: mmap(0x7ffff7f93000, 69632, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0xf000) = 0x7ffff7f93000
p36: mmap(0x7ffff7fa4000, 57344, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x20000) = 0x7ffff7fa4000
p36: mmap(0x7ffff7fb2000, 20480, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libtinfo.so.6.4>, 0x2d000) = 0x7ffff7fb2000
p36: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7da2000
p36: mmap(0x7ffff7dc8000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dc8000
p36: mmap(0x7ffff7f1e000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f1e000
p36: mmap(0x7ffff7f71000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f71000
p36: mmap(0x7ffff7f77000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f77000
p36: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7d9f000
p36: mprotect(0x7ffff7f71000, 16384, PROT_READ) = 0
p36: mprotect(0x7ffff7fb2000, 16384, PROT_READ) = 0
p36: mprotect(0x55555567c000, 16384, PROT_READ) = 0
p36: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p36: munmap(0x7ffff7fb7000, 33699) = 0
p36: brk(NULL) = 0x555555694000
p36: brk(0x5555556b5000) = 0x5555556b5000
p36: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p36: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p36: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p36: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7d9e000
p36: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7d9d000
p36: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7d9c000
p36: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7d9b000
p36: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7d9a000
p36: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7d99000
p36: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7d98000
p36: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7d97000
p36: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7d96000
p36: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d3f000
p36: fork() = p37
p37: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556b5000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p37: exit_group(0) = ?
p36: brk(0x5555556d8000) = 0x5555556d8000
p36: brk(0x5555556d0000) = 0x5555556d0000
p36: fork() = p38
p38: fork() = p39
p39: fork() = p40
p40: exec "/usr/bin/readlink" start_brk=0x555555562000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555560000-555555562000 rw-p 0000b000 fe:00 247717                     /usr/bin/readlink
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p40: brk(NULL) = 0x555555562000
p40: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p40: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p40: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7dd5000
p40: mmap(0x7ffff7dfb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7dfb000
p40: mmap(0x7ffff7f51000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f51000
p40: mmap(0x7ffff7fa4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7fa4000
p40: mmap(0x7ffff7faa000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7faa000
p40: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7dd2000
p40: mprotect(0x7ffff7fa4000, 16384, PROT_READ) = 0
p40: mprotect(0x555555560000, 4096, PROT_READ) = 0
p40: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p40: munmap(0x7ffff7fb7000, 33699) = 0
p40: brk(NULL) = 0x555555562000
p40: brk(0x555555583000) = 0x555555583000
p40: mmap(NULL, 258, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_IDENTIFICATION>, 0x0) = 0x7ffff7fbf000
p40: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff7fb8000
p40: mmap(NULL, 23, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MEASUREMENT>, 0x0) = 0x7ffff7fb7000
p40: mmap(NULL, 47, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TELEPHONE>, 0x0) = 0x7ffff7dd1000
p40: mmap(NULL, 127, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_ADDRESS>, 0x0) = 0x7ffff7dd0000
p40: mmap(NULL, 62, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NAME>, 0x0) = 0x7ffff7dcf000
p40: mmap(NULL, 34, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_PAPER>, 0x0) = 0x7ffff7dce000
p40: mmap(NULL, 48, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES>, 0x0) = 0x7ffff7dcd000
p40: mmap(NULL, 270, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_MONETARY>, 0x0) = 0x7ffff7dcc000
p40: mmap(NULL, 1406, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_COLLATE>, 0x0) = 0x7ffff7dcb000
p40: mmap(NULL, 3360, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_TIME>, 0x0) = 0x7ffff7dca000
p40: mmap(NULL, 50, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_NUMERIC>, 0x0) = 0x7ffff7dc9000
p40: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff7d72000
p40: maps ==
  555555554000-555555556000 r--p 00000000 fe:00 247717                     /usr/bin/readlink
  555555556000-55555555d000 r-xp 00002000 fe:00 247717                     /usr/bin/readlink
  55555555d000-555555560000 r--p 00009000 fe:00 247717                     /usr/bin/readlink
  555555560000-555555561000 r--p 0000b000 fe:00 247717                     /usr/bin/readlink
  555555561000-555555562000 rw-p 0000c000 fe:00 247717                     /usr/bin/readlink
  555555562000-555555583000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d72000-7ffff7dc9000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7dc9000-7ffff7dca000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7dca000-7ffff7dcb000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7dcb000-7ffff7dcc000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7dcc000-7ffff7dcd000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7dcd000-7ffff7dce000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7dce000-7ffff7dcf000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7dcf000-7ffff7dd0000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7dd0000-7ffff7dd1000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7dd1000-7ffff7dd2000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7dd2000-7ffff7dd5000 rw-p 00000000 00:00 0 
  7ffff7dd5000-7ffff7dfb000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dfb000-7ffff7f51000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f51000-7ffff7fa4000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa4000-7ffff7fa8000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7fa8000-7ffff7faa000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7faa000-7ffff7fb7000 rw-p 00000000 00:00 0 
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
p40: exit_group(0) = ?
p39: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p39: exit_group(0) = ?
p38: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p38: exit_group(0) = ?
p36: maps ==
  555555554000-555555583000 r--p 00000000 fe:00 247003                     /usr/bin/bash
  555555583000-555555644000 r-xp 0002f000 fe:00 247003                     /usr/bin/bash
  555555644000-55555567c000 r--p 000f0000 fe:00 247003                     /usr/bin/bash
  55555567c000-555555680000 r--p 00128000 fe:00 247003                     /usr/bin/bash
  555555680000-555555689000 rw-p 0012c000 fe:00 247003                     /usr/bin/bash
  555555689000-555555694000 rw-p 00000000 00:00 0 
  555555694000-5555556d0000 rw-p 00000000 00:00 0                          [heap]
  7ffff7d3f000-7ffff7d96000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7d96000-7ffff7d97000 r--p 00000000 fe:00 316541                     /usr/lib/locale/C.utf8/LC_NUMERIC
  7ffff7d97000-7ffff7d98000 r--p 00000000 fe:00 316544                     /usr/lib/locale/C.utf8/LC_TIME
  7ffff7d98000-7ffff7d99000 r--p 00000000 fe:00 316533                     /usr/lib/locale/C.utf8/LC_COLLATE
  7ffff7d99000-7ffff7d9a000 r--p 00000000 fe:00 316539                     /usr/lib/locale/C.utf8/LC_MONETARY
  7ffff7d9a000-7ffff7d9b000 r--p 00000000 fe:00 316538                     /usr/lib/locale/C.utf8/LC_MESSAGES/SYS_LC_MESSAGES
  7ffff7d9b000-7ffff7d9c000 r--p 00000000 fe:00 316542                     /usr/lib/locale/C.utf8/LC_PAPER
  7ffff7d9c000-7ffff7d9d000 r--p 00000000 fe:00 316540                     /usr/lib/locale/C.utf8/LC_NAME
  7ffff7d9d000-7ffff7d9e000 r--p 00000000 fe:00 316532                     /usr/lib/locale/C.utf8/LC_ADDRESS
  7ffff7d9e000-7ffff7d9f000 r--p 00000000 fe:00 316543                     /usr/lib/locale/C.utf8/LC_TELEPHONE
  7ffff7d9f000-7ffff7da2000 rw-p 00000000 00:00 0 
  7ffff7da2000-7ffff7dc8000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7dc8000-7ffff7f1e000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f1e000-7ffff7f71000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f71000-7ffff7f75000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f75000-7ffff7f77000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f77000-7ffff7f84000 rw-p 00000000 00:00 0 
  7ffff7f84000-7ffff7f93000 r--p 00000000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7f93000-7ffff7fa4000 r-xp 0000f000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fa4000-7ffff7fb2000 r--p 00020000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb2000-7ffff7fb6000 r--p 0002d000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
  7ffff7fb6000-7ffff7fb7000 rw-p 00031000 fe:00 326832                     /usr/lib/x86_64-linux-gnu/libtinfo.so.6.4
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
p36: exit_group(0) = ?
p: exec "/root/.pyenv/versions/3.11.7/bin/python3.11" start_brk=0x555555559000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555555000 r--p 00000000 fe:00 18504                      /root/.pyenv/versions/3.11.7/bin/python3.11
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555555000-555555556000 r-xp 00001000 fe:00 18504                      /root/.pyenv/versions/3.11.7/bin/python3.11
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  555555556000-555555557000 r--p 00002000 fe:00 18504                      /root/.pyenv/versions/3.11.7/bin/python3.11
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  555555557000-555555559000 rw-p 00002000 fe:00 18504                      /root/.pyenv/versions/3.11.7/bin/python3.11
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
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
p: brk(NULL) = 0x555555559000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 6003000, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0>, 0x0) = 0x7ffff7a00000
p: mmap(0x7ffff7af5000, 2342912, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0>, 0xf5000) = 0x7ffff7af5000
p: mmap(0x7ffff7d31000, 933888, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0>, 0x331000) = 0x7ffff7d31000
p: mmap(0x7ffff7e15000, 1454080, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0>, 0x414000) = 0x7ffff7e15000
p: mmap(0x7ffff7f78000, 268600, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f78000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff79f7000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7815000
p: mmap(0x7ffff783b000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff783b000
p: mmap(0x7ffff7991000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7991000
p: mmap(0x7ffff79e4000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff79e4000
p: mmap(0x7ffff79ea000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff79ea000
p: mmap(NULL, 913680, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libm.so.6>, 0x0) = 0x7ffff7735000
p: mmap(0x7ffff7745000, 475136, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libm.so.6>, 0x10000) = 0x7ffff7745000
p: mmap(0x7ffff77b9000, 368640, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libm.so.6>, 0x84000) = 0x7ffff77b9000
p: mmap(0x7ffff7813000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libm.so.6>, 0xdd000) = 0x7ffff7813000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fbe000
p: mprotect(0x7ffff79e4000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7813000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff7e15000, 192512, PROT_READ) = 0
p: mprotect(0x555555557000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff79f7000, 33699) = 0
p: brk(NULL) = 0x555555559000
p: brk(0x55555557a000) = 0x55555557a000
p: mmap(NULL, 353616, PROT_READ, MAP_PRIVATE, 3</usr/lib/locale/C.utf8/LC_CTYPE>, 0x0) = 0x7ffff76de000
p: mmap(NULL, 27028, PROT_READ, MAP_SHARED, 3</usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache>, 0x0) = 0x7ffff79f9000
p: mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff75de000
p: mmap(NULL, 266240, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff759d000
p: mmap(NULL, 135168, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff757c000
p: mmap(NULL, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fba000
p: brk(0x55555559b000) = 0x55555559b000
p: brk(0x5555555d1000) = 0x5555555d1000
p: mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff747c000
p: brk(0x5555555f2000) = 0x5555555f2000
p: brk(0x555555613000) = 0x555555613000
p: brk(0x555555602000) = 0x555555602000
p: brk(0x555555623000) = 0x555555623000
p: brk(0x55555564c000) = 0x55555564c000
p: mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff737c000
p: brk(0x555555677000) = 0x555555677000
p: brk(0x555555660000) = 0x555555660000
p: brk(0x555555688000) = 0x555555688000
p: mmap(NULL, 47280, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff7370000
p: mmap(0x7ffff7372000, 20480, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so>, 0x2000) = 0x7ffff7372000
p: mmap(0x7ffff7377000, 12288, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so>, 0x7000) = 0x7ffff7377000
p: mmap(0x7ffff737a000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so>, 0x9000) = 0x7ffff737a000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 4</etc/ld.so.cache>, 0x0) = 0x7ffff7367000
p: mmap(NULL, 123280, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/libz.so.1.2.13>, 0x0) = 0x7ffff7348000
p: mmap(0x7ffff734b000, 77824, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/libz.so.1.2.13>, 0x3000) = 0x7ffff734b000
p: mmap(0x7ffff735e000, 28672, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/libz.so.1.2.13>, 0x16000) = 0x7ffff735e000
p: mmap(0x7ffff7365000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/libz.so.1.2.13>, 0x1c000) = 0x7ffff7365000
p: mprotect(0x7ffff7365000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff737a000, 4096, PROT_READ) = 0
p: munmap(0x7ffff7367000, 33699) = 0
p: mmap(NULL, 25816, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff7369000
p: mmap(0x7ffff736b000, 8192, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so>, 0x2000) = 0x7ffff736b000
p: mmap(0x7ffff736d000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so>, 0x4000) = 0x7ffff736d000
p: mmap(0x7ffff736e000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so>, 0x5000) = 0x7ffff736e000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 4</etc/ld.so.cache>, 0x0) = 0x7ffff733f000
p: mmap(NULL, 76840, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4>, 0x0) = 0x7ffff732c000
p: mmap(0x7ffff732e000, 53248, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4>, 0x2000) = 0x7ffff732e000
p: mmap(0x7ffff733b000, 8192, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4>, 0xf000) = 0x7ffff733b000
p: mmap(0x7ffff733d000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4>, 0x10000) = 0x7ffff733d000
p: mprotect(0x7ffff733d000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff736e000, 4096, PROT_READ) = 0
p: munmap(0x7ffff733f000, 33699) = 0
p: mmap(NULL, 47000, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff7320000
p: mmap(0x7ffff7323000, 16384, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so>, 0x3000) = 0x7ffff7323000
p: mmap(0x7ffff7327000, 12288, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so>, 0x7000) = 0x7ffff7327000
p: mmap(0x7ffff732a000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so>, 0x9000) = 0x7ffff732a000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 4</etc/ld.so.cache>, 0x0) = 0x7ffff733f000
p: mmap(NULL, 188440, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1>, 0x0) = 0x7ffff72f1000
p: mmap(0x7ffff72f5000, 118784, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1>, 0x4000) = 0x7ffff72f5000
p: mmap(0x7ffff7312000, 49152, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1>, 0x21000) = 0x7ffff7312000
p: mmap(0x7ffff731e000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1>, 0x2d000) = 0x7ffff731e000
p: mprotect(0x7ffff731e000, 4096, PROT_READ) = 0
p: mprotect(0x7ffff732a000, 4096, PROT_READ) = 0
p: munmap(0x7ffff733f000, 33699) = 0
p: brk(0x555555684000) = 0x555555684000
p: mmap(NULL, 76616, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff72de000
p: mmap(0x7ffff72e1000, 36864, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so>, 0x3000) = 0x7ffff72e1000
p: mmap(0x7ffff72ea000, 20480, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so>, 0xc000) = 0x7ffff72ea000
p: mmap(0x7ffff72ef000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so>, 0x10000) = 0x7ffff72ef000
p: mprotect(0x7ffff72ef000, 4096, PROT_READ) = 0
p: mmap(NULL, 21256, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff7342000
p: mmap(0x7ffff7343000, 8192, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so>, 0x1000) = 0x7ffff7343000
p: mmap(0x7ffff7345000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so>, 0x3000) = 0x7ffff7345000
p: mmap(0x7ffff7346000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so>, 0x3000) = 0x7ffff7346000
p: mprotect(0x7ffff7346000, 4096, PROT_READ) = 0
p: mmap(NULL, 25384, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff72d7000
p: mmap(0x7ffff72d9000, 8192, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so>, 0x2000) = 0x7ffff72d9000
p: mmap(0x7ffff72db000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so>, 0x4000) = 0x7ffff72db000
p: mmap(0x7ffff72dc000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so>, 0x4000) = 0x7ffff72dc000
p: mprotect(0x7ffff72dc000, 4096, PROT_READ) = 0
p: mmap(NULL, 34024, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff72ce000
p: mmap(0x7ffff72d0000, 16384, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so>, 0x2000) = 0x7ffff72d0000
p: mmap(0x7ffff72d4000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so>, 0x6000) = 0x7ffff72d4000
p: mmap(0x7ffff72d5000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so>, 0x6000) = 0x7ffff72d5000
p: mprotect(0x7ffff72d5000, 4096, PROT_READ) = 0
p: mmap(NULL, 163840, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff72a6000
p: mmap(NULL, 208896, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7273000
p: munmap(0x7ffff72a6000, 163840) = 0
p: mmap(NULL, 16672, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff72c9000
p: mmap(0x7ffff72ca000, 4096, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so>, 0x1000) = 0x7ffff72ca000
p: mmap(0x7ffff72cb000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so>, 0x2000) = 0x7ffff72cb000
p: mmap(0x7ffff72cc000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so>, 0x2000) = 0x7ffff72cc000
p: mprotect(0x7ffff72cc000, 4096, PROT_READ) = 0
p: mmap(NULL, 1048576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7173000
p: brk(0x5555556a5000) = 0x5555556a5000
p: brk(0x5555556c6000) = 0x5555556c6000
p: brk(0x5555556e7000) = 0x5555556e7000
p: mmap(NULL, 34088, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff72c0000
p: mmap(0x7ffff72c2000, 12288, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so>, 0x2000) = 0x7ffff72c2000
p: mmap(0x7ffff72c5000, 8192, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so>, 0x5000) = 0x7ffff72c5000
p: mmap(0x7ffff72c7000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so>, 0x6000) = 0x7ffff72c7000
p: mprotect(0x7ffff72c7000, 4096, PROT_READ) = 0
p: mmap(NULL, 52872, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so>, 0x0) = 0x7ffff72b3000
p: mmap(0x7ffff72b6000, 20480, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so>, 0x3000) = 0x7ffff72b6000
p: mmap(0x7ffff72bb000, 12288, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so>, 0x8000) = 0x7ffff72bb000
p: mmap(0x7ffff72be000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 4</root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so>, 0xb000) = 0x7ffff72be000
p: mprotect(0x7ffff72be000, 4096, PROT_READ) = 0
p: munmap(0x7ffff7273000, 208896) = 0
p: munmap(0x7ffff737c000, 1048576) = 0
p: munmap(0x7ffff7fba000, 16384) = 0
p: maps ==
  555555554000-555555555000 r--p 00000000 fe:00 18504                      /root/.pyenv/versions/3.11.7/bin/python3.11
  555555555000-555555556000 r-xp 00001000 fe:00 18504                      /root/.pyenv/versions/3.11.7/bin/python3.11
  555555556000-555555557000 r--p 00002000 fe:00 18504                      /root/.pyenv/versions/3.11.7/bin/python3.11
  555555557000-555555558000 r--p 00002000 fe:00 18504                      /root/.pyenv/versions/3.11.7/bin/python3.11
  555555558000-555555559000 rw-p 00003000 fe:00 18504                      /root/.pyenv/versions/3.11.7/bin/python3.11
  555555559000-5555556e7000 rw-p 00000000 00:00 0                          [heap]
  7ffff7173000-7ffff7273000 rw-p 00000000 00:00 0 
  7ffff72b3000-7ffff72b6000 r--p 00000000 fe:00 21536                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so
  7ffff72b6000-7ffff72bb000 r-xp 00003000 fe:00 21536                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so
  7ffff72bb000-7ffff72be000 r--p 00008000 fe:00 21536                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so
  7ffff72be000-7ffff72bf000 r--p 0000b000 fe:00 21536                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so
  7ffff72bf000-7ffff72c0000 rw-p 0000c000 fe:00 21536                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_struct.cpython-311-x86_64-linux-gnu.so
  7ffff72c0000-7ffff72c2000 r--p 00000000 fe:00 21551                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so
  7ffff72c2000-7ffff72c5000 r-xp 00002000 fe:00 21551                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so
  7ffff72c5000-7ffff72c7000 r--p 00005000 fe:00 21551                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so
  7ffff72c7000-7ffff72c8000 r--p 00006000 fe:00 21551                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so
  7ffff72c8000-7ffff72c9000 rw-p 00007000 fe:00 21551                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so
  7ffff72c9000-7ffff72ca000 r--p 00000000 fe:00 21544                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so
  7ffff72ca000-7ffff72cb000 r-xp 00001000 fe:00 21544                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so
  7ffff72cb000-7ffff72cc000 r--p 00002000 fe:00 21544                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so
  7ffff72cc000-7ffff72cd000 r--p 00002000 fe:00 21544                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so
  7ffff72cd000-7ffff72ce000 rw-p 00003000 fe:00 21544                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_typing.cpython-311-x86_64-linux-gnu.so
  7ffff72ce000-7ffff72d0000 r--p 00000000 fe:00 21531                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so
  7ffff72d0000-7ffff72d4000 r-xp 00002000 fe:00 21531                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so
  7ffff72d4000-7ffff72d5000 r--p 00006000 fe:00 21531                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so
  7ffff72d5000-7ffff72d6000 r--p 00006000 fe:00 21531                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so
  7ffff72d6000-7ffff72d7000 rw-p 00007000 fe:00 21531                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_sha512.cpython-311-x86_64-linux-gnu.so
  7ffff72d7000-7ffff72d9000 r--p 00000000 fe:00 21527                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so
  7ffff72d9000-7ffff72db000 r-xp 00002000 fe:00 21527                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so
  7ffff72db000-7ffff72dc000 r--p 00004000 fe:00 21527                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so
  7ffff72dc000-7ffff72dd000 r--p 00004000 fe:00 21527                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so
  7ffff72dd000-7ffff72de000 rw-p 00005000 fe:00 21527                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_random.cpython-311-x86_64-linux-gnu.so
  7ffff72de000-7ffff72e1000 r--p 00000000 fe:00 21555                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so
  7ffff72e1000-7ffff72ea000 r-xp 00003000 fe:00 21555                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so
  7ffff72ea000-7ffff72ef000 r--p 0000c000 fe:00 21555                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so
  7ffff72ef000-7ffff72f0000 r--p 00010000 fe:00 21555                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so
  7ffff72f0000-7ffff72f1000 rw-p 00011000 fe:00 21555                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so
  7ffff72f1000-7ffff72f5000 r--p 00000000 fe:00 326599                     /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1
  7ffff72f5000-7ffff7312000 r-xp 00004000 fe:00 326599                     /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1
  7ffff7312000-7ffff731e000 r--p 00021000 fe:00 326599                     /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1
  7ffff731e000-7ffff731f000 r--p 0002d000 fe:00 326599                     /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1
  7ffff731f000-7ffff7320000 rw-p 0002e000 fe:00 326599                     /usr/lib/x86_64-linux-gnu/liblzma.so.5.4.1
  7ffff7320000-7ffff7323000 r--p 00000000 fe:00 21518                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so
  7ffff7323000-7ffff7327000 r-xp 00003000 fe:00 21518                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so
  7ffff7327000-7ffff732a000 r--p 00007000 fe:00 21518                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so
  7ffff732a000-7ffff732b000 r--p 00009000 fe:00 21518                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so
  7ffff732b000-7ffff732c000 rw-p 0000a000 fe:00 21518                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_lzma.cpython-311-x86_64-linux-gnu.so
  7ffff732c000-7ffff732e000 r--p 00000000 fe:00 326276                     /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4
  7ffff732e000-7ffff733b000 r-xp 00002000 fe:00 326276                     /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4
  7ffff733b000-7ffff733d000 r--p 0000f000 fe:00 326276                     /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4
  7ffff733d000-7ffff733e000 r--p 00010000 fe:00 326276                     /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4
  7ffff733e000-7ffff733f000 rw-p 00011000 fe:00 326276                     /usr/lib/x86_64-linux-gnu/libbz2.so.1.0.4
  7ffff7342000-7ffff7343000 r--p 00000000 fe:00 21495                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so
  7ffff7343000-7ffff7345000 r-xp 00001000 fe:00 21495                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so
  7ffff7345000-7ffff7346000 r--p 00003000 fe:00 21495                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so
  7ffff7346000-7ffff7347000 r--p 00003000 fe:00 21495                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so
  7ffff7347000-7ffff7348000 rw-p 00004000 fe:00 21495                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bisect.cpython-311-x86_64-linux-gnu.so
  7ffff7348000-7ffff734b000 r--p 00000000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff734b000-7ffff735e000 r-xp 00003000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff735e000-7ffff7365000 r--p 00016000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff7365000-7ffff7366000 r--p 0001c000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff7366000-7ffff7367000 rw-p 0001d000 fe:00 326970                     /usr/lib/x86_64-linux-gnu/libz.so.1.2.13
  7ffff7369000-7ffff736b000 r--p 00000000 fe:00 21497                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so
  7ffff736b000-7ffff736d000 r-xp 00002000 fe:00 21497                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so
  7ffff736d000-7ffff736e000 r--p 00004000 fe:00 21497                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so
  7ffff736e000-7ffff736f000 r--p 00005000 fe:00 21497                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so
  7ffff736f000-7ffff7370000 rw-p 00006000 fe:00 21497                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so
  7ffff7370000-7ffff7372000 r--p 00000000 fe:00 21569                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so
  7ffff7372000-7ffff7377000 r-xp 00002000 fe:00 21569                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so
  7ffff7377000-7ffff737a000 r--p 00007000 fe:00 21569                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so
  7ffff737a000-7ffff737b000 r--p 00009000 fe:00 21569                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so
  7ffff737b000-7ffff737c000 rw-p 0000a000 fe:00 21569                      /root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/zlib.cpython-311-x86_64-linux-gnu.so
  7ffff747c000-7ffff76de000 rw-p 00000000 00:00 0 
  7ffff76de000-7ffff7735000 r--p 00000000 fe:00 316534                     /usr/lib/locale/C.utf8/LC_CTYPE
  7ffff7735000-7ffff7745000 r--p 00000000 fe:00 326603                     /usr/lib/x86_64-linux-gnu/libm.so.6
  7ffff7745000-7ffff77b9000 r-xp 00010000 fe:00 326603                     /usr/lib/x86_64-linux-gnu/libm.so.6
  7ffff77b9000-7ffff7813000 r--p 00084000 fe:00 326603                     /usr/lib/x86_64-linux-gnu/libm.so.6
  7ffff7813000-7ffff7814000 r--p 000dd000 fe:00 326603                     /usr/lib/x86_64-linux-gnu/libm.so.6
  7ffff7814000-7ffff7815000 rw-p 000de000 fe:00 326603                     /usr/lib/x86_64-linux-gnu/libm.so.6
  7ffff7815000-7ffff783b000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff783b000-7ffff7991000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7991000-7ffff79e4000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff79e4000-7ffff79e8000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff79e8000-7ffff79ea000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff79ea000-7ffff79f7000 rw-p 00000000 00:00 0 
  7ffff79f9000-7ffff7a00000 r--s 00000000 fe:00 325745                     /usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache
  7ffff7a00000-7ffff7af5000 r--p 00000000 fe:00 18714                      /root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0
  7ffff7af5000-7ffff7d31000 r-xp 000f5000 fe:00 18714                      /root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0
  7ffff7d31000-7ffff7e15000 r--p 00331000 fe:00 18714                      /root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0
  7ffff7e15000-7ffff7e44000 r--p 00414000 fe:00 18714                      /root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0
  7ffff7e44000-7ffff7f78000 rw-p 00443000 fe:00 18714                      /root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0
  7ffff7f78000-7ffff7fba000 rw-p 00000000 00:00 0 
  7ffff7fbe000-7ffff7fc2000 rw-p 00000000 00:00 0 
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
