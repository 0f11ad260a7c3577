//! Random operations on the model, decoded from the fuzzer's bytes, with allocations failing
//! where the bytes say: no panic, the invariants hold after every operation, every byte read
//! back is what was written (the data-integrity shadow), and nothing is left after exit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scenario::shadow::Shadow;
use uapi::consts::*;
use uapi::fail::FailSpec;
use uapi::{AccessKind, Error, Kernel, Pid, Syscall};

const PAGE: u64 = 4096;

fuzz_target!(|data: &[u8]| {
    let Ok(model) = mm::Machine::new(mm::Config {
        ram_bytes: 16 << 20,
        ..mm::Config::default()
    }) else {
        return;
    };
    let mut k = Shadow::new(model);
    let Ok(first) = k.spawn(None) else { return };
    let mut procs: Vec<Pid> = vec![first];
    let mut base = 0u64;
    if let Ok(a) = k.syscall(
        first,
        &Syscall::Mmap {
            addr: 0,
            len: 64 * PAGE,
            prot: PROT_READ | PROT_WRITE,
            flags: MAP_PRIVATE | MAP_ANONYMOUS,
            fd: -1,
            off: 0,
        },
    ) {
        base = a;
    }
    for chunk in data.chunks(4) {
        let [op, x, y, z] = [0, 1, 2, 3].map(|i| chunk.get(i).copied().unwrap_or(0) as u64);
        let pid = procs[(z as usize) % procs.len()];
        let addr = base + (x % 64) * PAGE;
        let len = (1 + y % 16) * PAGE;
        let r: Result<(), Error> = match op % 12 {
            0 => k.set_fail(&FailSpec::Nth {
                n: 1 + y % 8,
                site: None,
            }),
            1 => k.store(pid, addr + z, &vec![y as u8; (len / 2) as usize]),
            2 => k.load(pid, addr, len).map(drop),
            3 => k.touch(
                pid,
                addr,
                len,
                if y % 2 == 0 {
                    AccessKind::Read
                } else {
                    AccessKind::Write
                },
            ),
            4 if procs.len() < 4 => k.fork(pid).map(|c| procs.push(c)),
            5 if procs.len() > 1 => {
                procs.retain(|&p| p != pid);
                k.exit(pid)
            }
            6 => k
                .syscall(
                    pid,
                    &Syscall::Mprotect {
                        addr,
                        len,
                        prot: [PROT_READ, PROT_READ | PROT_WRITE, PROT_NONE][(y % 3) as usize],
                    },
                )
                .map(drop),
            7 => k.syscall(pid, &Syscall::Munmap { addr, len }).map(drop),
            8 => k
                .syscall(
                    pid,
                    &Syscall::Madvise {
                        addr,
                        len,
                        advice: [
                            MADV_DONTNEED,
                            MADV_FREE,
                            MADV_WIPEONFORK,
                            MADV_DONTFORK,
                            MADV_PAGEOUT,
                            MADV_GUARD_INSTALL,
                        ][(y % 6) as usize],
                    },
                )
                .map(drop),
            9 => k
                .syscall(
                    pid,
                    &Syscall::Mremap {
                        old_addr: addr,
                        old_len: len,
                        new_len: len + (z % 4) * PAGE,
                        flags: MREMAP_MAYMOVE,
                        new_addr: 0,
                    },
                )
                .map(drop),
            10 => k
                .syscall(
                    pid,
                    &Syscall::Mmap {
                        addr,
                        len,
                        prot: PROT_READ | PROT_WRITE,
                        flags: MAP_ANONYMOUS
                            | MAP_FIXED
                            | if y % 2 == 0 { MAP_PRIVATE } else { MAP_SHARED },
                        fd: -1,
                        off: 0,
                    },
                )
                .map(drop),
            _ => k.set_fail(&FailSpec::Never),
        };
        if let Err(Error::Broken(m) | Error::Unsupported(m)) = r {
            panic!("{m}");
        }
        if let Err(Error::Signal(s)) = r
            && s.signo == uapi::Signo::Kill
        {
            procs.retain(|&p| p != pid);
            let _ = k.exit(pid);
            if procs.is_empty() {
                return;
            }
        }
        if let Err(v) = k.check_invariants() {
            panic!("invariants: {v}");
        }
    }
    let _ = k.set_fail(&FailSpec::Never);
    for p in procs {
        let _ = k.exit(p);
    }
    if let Err(v) = k.check_invariants() {
        panic!("after exit: {v}");
    }
});
