//! Random operation sequences on the model: whatever the arguments, no panic, no broken step,
//! and check.rs holds after every operation (the machine runs it itself with
//! `check_every_step`). Seeded, so a failure reproduces.

use mm::{Config, Machine};
use uapi::consts::*;
use uapi::{AccessKind, Error, Kernel, Pid, PinId, Syscall};

/// xorshift64*: small, seeded, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

const WINDOW: u64 = 0x7ffe_0000_0000;
const PAGES: u64 = 64;

fn addr(r: &mut Rng) -> u64 {
    match r.below(10) {
        0 => r.next(),
        1 => 0,
        _ => WINDOW + r.below(PAGES) * 4096 + if r.below(20) == 0 { r.below(4096) } else { 0 },
    }
}

fn len(r: &mut Rng) -> u64 {
    match r.below(12) {
        0 => 0,
        1 => r.next(),
        2 => r.below(4096),
        _ => (1 + r.below(16)) * 4096,
    }
}

fn prot(r: &mut Rng) -> u64 {
    match r.below(12) {
        0 => r.next() & 0xff,
        1 => PROT_READ | PROT_GROWSDOWN,
        _ => r.pick(&[
            PROT_NONE,
            PROT_READ,
            PROT_READ | PROT_WRITE,
            PROT_WRITE,
            PROT_READ | PROT_EXEC,
        ]),
    }
}

fn map_flags(r: &mut Rng) -> u64 {
    let mut f =
        r.pick(&[MAP_PRIVATE, MAP_PRIVATE, MAP_SHARED, MAP_SHARED_VALIDATE, 0]) | MAP_ANONYMOUS;
    for extra in [
        MAP_FIXED,
        MAP_FIXED_NOREPLACE,
        MAP_POPULATE,
        MAP_NORESERVE,
        MAP_GROWSDOWN,
        MAP_STACK,
    ] {
        if r.below(5) == 0 {
            f |= extra;
        }
    }
    if r.below(30) == 0 {
        f = r.next();
    }
    f
}

fn run_sequence(seed: u64, steps: usize) {
    let mut r = Rng(seed | 1);
    let mut k = Machine::new(Config {
        ram_bytes: 64 << 20,
        check_every_step: true,
        ..Config::default()
    })
    .unwrap();
    let mut procs: Vec<Pid> = vec![k.spawn(None).unwrap()];
    let mut pins: Vec<(Pid, PinId)> = Vec::new();
    for step in 0..steps {
        if procs.is_empty() {
            procs.push(k.spawn(None).unwrap());
        }
        let p = procs[r.below(procs.len() as u64) as usize];
        let res: Result<(), Error> = match r.below(18) {
            0..=2 => k
                .syscall(
                    p,
                    &Syscall::Mmap {
                        addr: addr(&mut r),
                        len: len(&mut r),
                        prot: prot(&mut r),
                        flags: map_flags(&mut r),
                        fd: -1,
                        off: 0,
                    },
                )
                .map(drop),
            3 => k
                .syscall(
                    p,
                    &Syscall::Munmap {
                        addr: addr(&mut r),
                        len: len(&mut r),
                    },
                )
                .map(drop),
            4 | 5 => k
                .syscall(
                    p,
                    &Syscall::Mprotect {
                        addr: addr(&mut r),
                        len: len(&mut r),
                        prot: prot(&mut r),
                    },
                )
                .map(drop),
            6 | 7 => {
                let kind = r.pick(&[AccessKind::Read, AccessKind::Write]);
                k.touch(p, addr(&mut r), r.below(8) * 4096 + 1, kind)
            }
            8 => k.store(
                p,
                addr(&mut r),
                &vec![r.next() as u8; r.below(9000) as usize],
            ),
            9 => k.load(p, addr(&mut r), r.below(9000)).map(drop),
            10 if procs.len() < 6 => k.fork(p).map(|c| procs.push(c)),
            11 if procs.len() > 1 => {
                procs.retain(|&x| x != p);
                pins.retain(|&(owner, _)| owner != p);
                k.exit(p)
            }
            14 => {
                let foll = r.pick(&[
                    FOLL_PIN | FOLL_LONGTERM | FOLL_WRITE,
                    FOLL_PIN | FOLL_LONGTERM,
                    FOLL_PIN,
                    FOLL_GET,
                    FOLL_GET | FOLL_WRITE | FOLL_FORCE,
                ]);
                k.pin(p, addr(&mut r), r.below(6) * 4096 + 1, foll)
                    .map(|id| pins.push((p, id)))
            }
            15 if !pins.is_empty() => {
                let (_, id) = pins.swap_remove(r.below(pins.len() as u64) as usize);
                k.unpin(id)
            }
            16 => {
                let data = vec![r.next() as u8; r.below(9000) as usize + 1];
                k.mem_write(p, addr(&mut r), &data).map(drop)
            }
            17 => k.migrate(p, addr(&mut r), len(&mut r)).map(drop),
            12 => {
                let advice = r.pick(&[
                    MADV_DONTNEED,
                    MADV_RANDOM,
                    MADV_NORMAL,
                    MADV_WIPEONFORK,
                    MADV_DONTFORK,
                    MADV_DOFORK,
                    MADV_HUGEPAGE,
                    MADV_FREE,
                    MADV_COLD,
                    MADV_PAGEOUT,
                    MADV_REMOVE,
                    MADV_POPULATE_WRITE,
                    MADV_GUARD_INSTALL,
                    MADV_GUARD_REMOVE,
                ]);
                k.syscall(
                    p,
                    &Syscall::Madvise {
                        addr: addr(&mut r),
                        len: len(&mut r),
                        advice,
                    },
                )
                .map(drop)
            }
            _ => {
                let call = match r.below(6) {
                    0 | 1 => Syscall::Mremap {
                        old_addr: addr(&mut r),
                        old_len: len(&mut r),
                        new_len: len(&mut r),
                        flags: r.pick(&[
                            0,
                            MREMAP_MAYMOVE,
                            MREMAP_MAYMOVE | MREMAP_FIXED,
                            MREMAP_MAYMOVE | MREMAP_DONTUNMAP,
                            7,
                        ]),
                        new_addr: addr(&mut r),
                    },
                    2 => Syscall::Brk {
                        addr: if r.below(2) == 0 {
                            0
                        } else {
                            0x5555_5560_0000 + r.below(64) * 4096
                        },
                    },
                    3 => Syscall::Mlock2 {
                        addr: addr(&mut r),
                        len: len(&mut r),
                        flags: r.below(3),
                    },
                    4 => Syscall::Munlock {
                        addr: addr(&mut r),
                        len: len(&mut r),
                    },
                    _ => Syscall::Mseal {
                        addr: addr(&mut r),
                        len: len(&mut r),
                        flags: r.below(2),
                    },
                };
                k.syscall(p, &call).map(drop)
            }
        };
        match res {
            Ok(()) | Err(Error::Errno(_)) | Err(Error::Signal(_)) | Err(Error::Unsupported(_)) => {}
            Err(Error::Broken(why)) => panic!("seed {seed:#x}, step {step}: {why}"),
        }
    }
    for p in procs {
        k.exit(p).unwrap();
    }
    k.check_invariants()
        .unwrap_or_else(|v| panic!("seed {seed:#x} after exit: {v}"));
}

#[test]
fn random_sequences_keep_every_invariant() {
    for seed in 0..150u64 {
        run_sequence(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15), 150);
    }
}
