# mmlab trace of: /work/main/target/release/examples/trace_target
# recorded on Linux 6.18.44-fc-v1272 with address-space randomisation off; the program exited with 0.
# Replay it on the model with `mmlab replay FILE` (or `mmlab run FILE`).
file "/etc/ld.so.cache" dev=fe:00 ino=672 size=33699 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libc.so.6" dev=fe:00 ino=326279 size=1926232 flags=O_RDONLY
file "/usr/lib/x86_64-linux-gnu/libgcc_s.so.1" dev=fe:00 ino=326426 size=125312 flags=O_RDONLY
p: exec "/work/main/target/release/examples/trace_target" start_brk=0x5555555bd000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-55555556c000 r--p 00000000 fe:00 5309369                    /work/main/target/release/examples/trace_target
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555556c000-5555555b7000 r-xp 00017000 fe:00 5309369                    /work/main/target/release/examples/trace_target
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  5555555b7000-5555555bb000 rw-p 00061000 fe:00 5309369                    /work/main/target/release/examples/trace_target
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  5555555bb000-5555555bd000 rw-p 00064000 fe:00 5309369                    /work/main/target/release/examples/trace_target
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
p: brk(NULL) = 0x5555555bd000
p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p: mmap(NULL, 127688, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libgcc_s.so.1>, 0x0) = 0x7ffff7f97000
p: mmap(0x7ffff7f9a000, 94208, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libgcc_s.so.1>, 0x3000) = 0x7ffff7f9a000
p: mmap(0x7ffff7fb1000, 16384, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libgcc_s.so.1>, 0x1a000) = 0x7ffff7fb1000
p: mmap(0x7ffff7fb5000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libgcc_s.so.1>, 0x1d000) = 0x7ffff7fb5000
p: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7db5000
p: mmap(0x7ffff7ddb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7ddb000
p: mmap(0x7ffff7f31000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f31000
p: mmap(0x7ffff7f84000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f84000
p: mmap(0x7ffff7f8a000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f8a000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7db2000
p: mprotect(0x7ffff7f84000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7fb5000, 4096, PROT_READ) = 0
p: mprotect(0x5555555b7000, 16384, PROT_READ) = 0
p: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p: munmap(0x7ffff7fb7000, 33699) = 0
p: brk(NULL) = 0x5555555bd000
p: brk(0x5555555de000) = 0x5555555de000
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff7fbd000
p: mprotect(0x7ffff7fbd000, 4096, PROT_NONE) = 0
p: touch 0x7fffffefc000 1 read
p: mmap(NULL, 8392704, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff75b1000
p: mremap(0x7ffff75b1000, 8392704, 25169920, MREMAP_MAYMOVE) = 0x7ffff5db0000
p: munmap(0x7ffff5db0000, 25169920) = 0
p: mmap(NULL, 2101248, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff7bb1000
p: mprotect(0x7ffff7bb2000, 2097152, PROT_READ|PROT_WRITE) = 0
p: mmap(NULL, 2101248, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff79b0000
p: mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffef800000
p: munmap(0x7fffef800000, 8388608) = 0
p: munmap(0x7ffff4000000, 58720256) = 0
p: mprotect(0x7ffff0000000, 135168, PROT_READ|PROT_WRITE) = 0
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff7fba000
p: mprotect(0x7ffff7fba000, 4096, PROT_NONE) = 0
p: mprotect(0x7ffff0021000, 917504, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0101000, 8192, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff79b1000, 2097152, PROT_READ|PROT_WRITE) = 0
p: mmap(NULL, 2101248, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff77af000
p: mprotect(0x7ffff77b0000, 2097152, PROT_READ|PROT_WRITE) = 0
p: mmap(NULL, 134217728, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffe8000000
p: munmap(0x7fffec000000, 67108864) = 0
p: mprotect(0x7fffe8000000, 135168, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0103000, 4096, PROT_READ|PROT_WRITE) = 0
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff7fb7000
p: mprotect(0x7ffff7fb7000, 4096, PROT_NONE) = 0
p: mprotect(0x7fffe8021000, 917504, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0104000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8101000, 8192, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0105000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0106000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0107000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0108000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0109000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff010a000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff010b000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff010c000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff010d000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff010e000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8103000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff010f000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0110000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0111000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8104000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8105000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8106000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0112000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8107000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8108000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8109000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe810a000, 4096, PROT_READ|PROT_WRITE) = 0
p: mmap(0x7fffec000000, 67108864, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0) = 0x7fffec000000
p: mprotect(0x7fffe810b000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0113000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec000000, 135168, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe810c000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe810d000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0114000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe810e000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0115000, 4096, PROT_READ|PROT_WRITE) = 0
p: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff77ac000
p: mprotect(0x7fffe810f000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff0116000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7ffff77ac000, 4096, PROT_NONE) = 0
p: mprotect(0x7fffe8110000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8111000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec021000, 917504, PROT_READ|PROT_WRITE) = 0
p: munmap(0x7ffff7fba000, 12288) = 0
p: mprotect(0x7fffe8112000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8113000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8114000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8115000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffe8116000, 4096, PROT_READ|PROT_WRITE) = 0
p: madvise(0x7ffff7bb1000, 2076672, MADV_DONTNEED) = 0
p: munmap(0x7ffff7fb7000, 12288) = 0
p: madvise(0x7ffff79b0000, 2076672, MADV_DONTNEED) = 0
p: mprotect(0x7fffec101000, 8192, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec103000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec104000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec105000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec106000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec107000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec108000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec109000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec10a000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec10b000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec10c000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec10d000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec10e000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec10f000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec110000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec111000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec112000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec113000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec114000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec115000, 4096, PROT_READ|PROT_WRITE) = 0
p: mprotect(0x7fffec116000, 4096, PROT_READ|PROT_WRITE) = 0
p: munmap(0x7ffff77ac000, 12288) = 0
p: madvise(0x7ffff77af000, 2076672, MADV_DONTNEED) = 0
p: mmap(NULL, 36864, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff77a6000
p: munmap(0x7ffff77a6000, 36864) = 0
p1: exec "/work/main/target/release/examples/trace_target" start_brk=0x5555555bd000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-55555556c000 r--p 00000000 fe:00 5309369                    /work/main/target/release/examples/trace_target
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  55555556c000-5555555b7000 r-xp 00017000 fe:00 5309369                    /work/main/target/release/examples/trace_target
    VmFlags: rd ex mr mw me
    Anonymous: 0 kB
  5555555b7000-5555555bb000 rw-p 00061000 fe:00 5309369                    /work/main/target/release/examples/trace_target
    VmFlags: rd wr mr mw me ac
    Anonymous: 4 kB
  5555555bb000-5555555bd000 rw-p 00064000 fe:00 5309369                    /work/main/target/release/examples/trace_target
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
p1: brk(NULL) = 0x5555555bd000
p1: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000
p1: mmap(NULL, 33699, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0x0) = 0x7ffff7fb7000
p1: mmap(NULL, 127688, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libgcc_s.so.1>, 0x0) = 0x7ffff7f97000
p1: mmap(0x7ffff7f9a000, 94208, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libgcc_s.so.1>, 0x3000) = 0x7ffff7f9a000
p1: mmap(0x7ffff7fb1000, 16384, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libgcc_s.so.1>, 0x1a000) = 0x7ffff7fb1000
p1: mmap(0x7ffff7fb5000, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libgcc_s.so.1>, 0x1d000) = 0x7ffff7fb5000
p1: mmap(NULL, 1974096, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x0) = 0x7ffff7db5000
p1: mmap(0x7ffff7ddb000, 1400832, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x26000) = 0x7ffff7ddb000
p1: mmap(0x7ffff7f31000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x17c000) = 0x7ffff7f31000
p1: mmap(0x7ffff7f84000, 24576, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3</usr/lib/x86_64-linux-gnu/libc.so.6>, 0x1cf000) = 0x7ffff7f84000
p1: mmap(0x7ffff7f8a000, 53072, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7f8a000
p1: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7db2000
p1: mprotect(0x7ffff7f84000, 16384, PROT_READ) = 0
p1: mprotect(0x7ffff7fb5000, 4096, PROT_READ) = 0
p1: mprotect(0x5555555b7000, 16384, PROT_READ) = 0
p1: mprotect(0x7ffff7ffb000, 8192, PROT_READ) = 0
p1: munmap(0x7ffff7fb7000, 33699) = 0
p1: brk(NULL) = 0x5555555bd000
p1: brk(0x5555555de000) = 0x5555555de000
p1: mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7ffff7fbd000
p1: mprotect(0x7ffff7fbd000, 4096, PROT_NONE) = 0
p1: mmap(NULL, 3149824, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7ab1000
p1: munmap(0x7ffff7ab1000, 3149824) = 0
p1: munmap(0x7ffff7fbd000, 12288) = 0
p1: maps ==
  555555554000-55555556c000 r--p 00000000 fe:00 5309369                    /work/main/target/release/examples/trace_target
  55555556c000-5555555b7000 r-xp 00017000 fe:00 5309369                    /work/main/target/release/examples/trace_target
  5555555b7000-5555555bb000 r--p 00061000 fe:00 5309369                    /work/main/target/release/examples/trace_target
  5555555bb000-5555555bd000 rw-p 00064000 fe:00 5309369                    /work/main/target/release/examples/trace_target
  5555555bd000-5555555de000 rw-p 00000000 00:00 0                          [heap]
  7ffff7db2000-7ffff7db5000 rw-p 00000000 00:00 0 
  7ffff7db5000-7ffff7ddb000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7ddb000-7ffff7f31000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f31000-7ffff7f84000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f84000-7ffff7f88000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f88000-7ffff7f8a000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f8a000-7ffff7f97000 rw-p 00000000 00:00 0 
  7ffff7f97000-7ffff7f9a000 r--p 00000000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
  7ffff7f9a000-7ffff7fb1000 r-xp 00003000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
  7ffff7fb1000-7ffff7fb5000 r--p 0001a000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
  7ffff7fb5000-7ffff7fb6000 r--p 0001d000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
  7ffff7fb6000-7ffff7fb7000 rw-p 0001e000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
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
p: munmap(0x7ffff7fbd000, 12288) = 0
p: maps ==
  555555554000-55555556c000 r--p 00000000 fe:00 5309369                    /work/main/target/release/examples/trace_target
  55555556c000-5555555b7000 r-xp 00017000 fe:00 5309369                    /work/main/target/release/examples/trace_target
  5555555b7000-5555555bb000 r--p 00061000 fe:00 5309369                    /work/main/target/release/examples/trace_target
  5555555bb000-5555555bd000 rw-p 00064000 fe:00 5309369                    /work/main/target/release/examples/trace_target
  5555555bd000-5555555de000 rw-p 00000000 00:00 0                          [heap]
  7fffe8000000-7fffe8117000 rw-p 00000000 00:00 0 
  7fffe8117000-7fffec000000 ---p 00000000 00:00 0 
  7fffec000000-7fffec117000 rw-p 00000000 00:00 0 
  7fffec117000-7ffff0000000 ---p 00000000 00:00 0 
  7ffff0000000-7ffff0117000 rw-p 00000000 00:00 0 
  7ffff0117000-7ffff4000000 ---p 00000000 00:00 0 
  7ffff77af000-7ffff77b0000 ---p 00000000 00:00 0 
  7ffff77b0000-7ffff79b0000 rw-p 00000000 00:00 0 
  7ffff79b0000-7ffff79b1000 ---p 00000000 00:00 0 
  7ffff79b1000-7ffff7bb1000 rw-p 00000000 00:00 0 
  7ffff7bb1000-7ffff7bb2000 ---p 00000000 00:00 0 
  7ffff7bb2000-7ffff7db2000 rw-p 00000000 00:00 0 
  7ffff7db2000-7ffff7db5000 rw-p 00000000 00:00 0 
  7ffff7db5000-7ffff7ddb000 r--p 00000000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7ddb000-7ffff7f31000 r-xp 00026000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f31000-7ffff7f84000 r--p 0017c000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f84000-7ffff7f88000 r--p 001cf000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f88000-7ffff7f8a000 rw-p 001d3000 fe:00 326279                     /usr/lib/x86_64-linux-gnu/libc.so.6
  7ffff7f8a000-7ffff7f97000 rw-p 00000000 00:00 0 
  7ffff7f97000-7ffff7f9a000 r--p 00000000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
  7ffff7f9a000-7ffff7fb1000 r-xp 00003000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
  7ffff7fb1000-7ffff7fb5000 r--p 0001a000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
  7ffff7fb5000-7ffff7fb6000 r--p 0001d000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
  7ffff7fb6000-7ffff7fb7000 rw-p 0001e000 fe:00 326426                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1
  7ffff7fc0000-7ffff7fc2000 rw-p 00000000 00:00 0 
  7ffff7fc2000-7ffff7fc6000 r--p 00000000 00:00 0                          [vvar]
  7ffff7fc6000-7ffff7fc8000 r--p 00000000 00:00 0                          [vvar_vclock]
  7ffff7fc8000-7ffff7fca000 r-xp 00000000 00:00 0                          [vdso]
  7ffff7fca000-7ffff7fcb000 r--p 00000000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7ffff7fcb000-7ffff7ff1000 r-xp 00001000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7ffff7ff1000-7ffff7ffb000 r--p 00027000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7ffff7ffb000-7ffff7ffd000 r--p 00031000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7ffff7ffd000-7ffff7fff000 rw-p 00033000 fe:00 325843                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
  7fffffefc000-7ffffffff000 rw-p 00000000 00:00 0                          [stack]
  ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]
p: exit_group(0) = ?
