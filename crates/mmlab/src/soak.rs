//! `mmlab soak`: a long random run on the model, to find what short tests do not. Up to eight
//! processes map, unmap, protect, remap, advise, write, read, fork and exit at random, with
//! allocations failing at random when asked; every byte read is checked by the
//! data-integrity shadow, the invariants are checked every `check_every` operations and at the
//! end, and once every process has exited nothing may be left. Deterministic for a seed;
//! MMLAB_SOAK_TRACE=1 prints every operation and its outcome to standard error.

use scenario::shadow::Shadow;
use uapi::consts::*;
use uapi::fail::FailSpec;
use uapi::rng::SplitMix64 as Rng;
use uapi::{AccessKind, Error, Kernel, Pid, Signo, Syscall};

pub struct SoakArgs {
    pub ops: u64,
    pub procs: usize,
    pub seed: u64,
    pub fail: FailSpec,
    pub check_every: u64,
}

#[derive(Debug, Default, serde::Serialize)]
pub struct SoakReport {
    pub ops: u64,
    pub seed: u64,
    pub syscalls: u64,
    pub errors: u64,
    pub forks: u64,
    pub oom_kills: u64,
    pub bytes_checked: u64,
    pub invariant_checks: u64,
    pub allocations_failed: u64,
    pub seconds: f64,
}

/// A process of the soak and the ranges it mapped (start, pages).
struct Proc {
    pid: Pid,
    ranges: Vec<(u64, u64)>,
}

const ADVICE: [u64; 9] = [
    MADV_DONTNEED,
    MADV_FREE,
    MADV_COLD,
    MADV_PAGEOUT,
    MADV_WIPEONFORK,
    MADV_DONTFORK,
    MADV_DOFORK,
    MADV_POPULATE_WRITE,
    MADV_GUARD_INSTALL,
];

/// Runs the soak; `Err` names the first problem (a broken step, a violated invariant, a leak).
pub fn run(args: &SoakArgs) -> Result<SoakReport, String> {
    let start = std::time::Instant::now();
    let model = mm::Machine::new(mm::Config {
        ram_bytes: 256 << 20,
        ..mm::Config::default()
    })?;
    let mut k = Shadow::new(model);
    let mut rng = Rng::new(args.seed);
    let mut rep = SoakReport {
        seed: args.seed,
        ..SoakReport::default()
    };
    let first = k.spawn(None).map_err(|e| e.to_string())?;
    let mut procs = vec![Proc {
        pid: first,
        ranges: Vec::new(),
    }];
    k.set_fail(&args.fail).map_err(|e| e.to_string())?;
    let page = uapi::PAGE_SIZE;
    let trace = std::env::var_os("MMLAB_SOAK_TRACE").is_some();
    for op in 0..args.ops {
        rep.ops += 1;
        if procs.is_empty() {
            // Everyone was OOM-killed: a new process, when memory allows.
            match k.spawn(None) {
                Ok(pid) => procs.push(Proc {
                    pid,
                    ranges: Vec::new(),
                }),
                Err(Error::Errno(_)) => continue,
                Err(e) => return Err(format!("operation {op}: spawn: {e}")),
            }
        }
        let i = rng.below(procs.len() as u64) as usize;
        let pid = procs[i].pid;
        // A random address in one of the process's ranges (or a fresh guess).
        let pick = |rng: &mut Rng, p: &Proc| -> (u64, u64) {
            match p.ranges.get(rng.below(p.ranges.len() as u64 + 1) as usize) {
                Some(&(s, n)) => {
                    let off = rng.below(n);
                    (s + off * page, 1 + rng.below(n - off))
                }
                // A guess far from anything mapped: for the error paths.
                None => (
                    0x6000_0000_0000 + rng.below(1 << 20) * page,
                    1 + rng.below(16),
                ),
            }
        };
        let r: Result<(), Error> = match rng.below(20) {
            0..=2 => {
                let pages = 1 + rng.below(64);
                let shared = rng.below(4) == 0;
                let flags = MAP_ANONYMOUS | if shared { MAP_SHARED } else { MAP_PRIVATE };
                rep.syscalls += 1;
                k.syscall(
                    pid,
                    &Syscall::Mmap {
                        addr: 0,
                        len: pages * page,
                        prot: PROT_READ | PROT_WRITE,
                        flags,
                        fd: -1,
                        off: 0,
                    },
                )
                .map(|a| procs[i].ranges.push((a, pages)))
            }
            3 => {
                let (a, n) = pick(&mut rng, &procs[i]);
                rep.syscalls += 1;
                k.syscall(
                    pid,
                    &Syscall::Munmap {
                        addr: a,
                        len: n * page,
                    },
                )
                .map(drop)
            }
            4 | 5 => {
                let (a, n) = pick(&mut rng, &procs[i]);
                let prot = [PROT_READ, PROT_READ | PROT_WRITE, PROT_NONE][rng.below(3) as usize];
                rep.syscalls += 1;
                k.syscall(
                    pid,
                    &Syscall::Mprotect {
                        addr: a,
                        len: n * page,
                        prot,
                    },
                )
                .map(drop)
            }
            6 => {
                let (a, n) = pick(&mut rng, &procs[i]);
                let new = 1 + rng.below(2 * n + 1);
                rep.syscalls += 1;
                k.syscall(
                    pid,
                    &Syscall::Mremap {
                        old_addr: a,
                        old_len: n * page,
                        new_len: new * page,
                        flags: MREMAP_MAYMOVE,
                        new_addr: 0,
                    },
                )
                .map(|b| procs[i].ranges.push((b, new)))
            }
            7 | 8 => {
                let (a, n) = pick(&mut rng, &procs[i]);
                let advice = ADVICE[rng.below(ADVICE.len() as u64) as usize];
                rep.syscalls += 1;
                k.syscall(
                    pid,
                    &Syscall::Madvise {
                        addr: a,
                        len: n * page,
                        advice,
                    },
                )
                .map(drop)
            }
            9..=12 => {
                let (a, n) = pick(&mut rng, &procs[i]);
                let len = (n * page).min(3 * page);
                let byte = (op & 0xff) as u8;
                k.store(pid, a + rng.below(page), &vec![byte; len as usize])
            }
            13..=16 => {
                let (a, n) = pick(&mut rng, &procs[i]);
                k.load(pid, a, (n * page).min(4 * page)).map(drop)
            }
            17 => {
                let (a, n) = pick(&mut rng, &procs[i]);
                let kind = if rng.below(2) == 0 {
                    AccessKind::Read
                } else {
                    AccessKind::Write
                };
                k.touch(pid, a, n * page, kind)
            }
            18 if procs.len() < args.procs => {
                rep.forks += 1;
                k.fork(pid).map(|c| {
                    let ranges = procs[i].ranges.clone();
                    procs.push(Proc { pid: c, ranges });
                })
            }
            _ if procs.len() > 1 => {
                let p = procs.swap_remove(i);
                k.exit(p.pid)
            }
            _ => Ok(()),
        };
        if trace {
            eprintln!("{op} pid {pid}: {r:?} (last: {:?})", k.last_op());
        }
        match r {
            Ok(()) => {}
            Err(Error::Errno(_)) => rep.errors += 1,
            Err(Error::Signal(s)) if s.signo == Signo::Kill => {
                rep.oom_kills += 1;
                if let Some(pos) = procs.iter().position(|p| p.pid == pid) {
                    procs.swap_remove(pos);
                    let _ = k.exit(pid);
                }
            }
            Err(Error::Signal(_)) => {}
            Err(e @ (Error::Broken(_) | Error::Unsupported(_))) => {
                return Err(format!("operation {op}: {e}"));
            }
        }
        // Processes another process's fault had the OOM killer take.
        let mut dead = Vec::new();
        for p in &procs {
            if let Err(Error::Signal(s)) = k.load(p.pid, 0, 0)
                && s.signo == Signo::Kill
            {
                dead.push(p.pid);
            }
        }
        for pid in dead {
            procs.retain(|p| p.pid != pid);
            rep.oom_kills += 1;
            let _ = k.exit(pid);
        }
        if (op + 1) % args.check_every == 0 {
            rep.invariant_checks += 1;
            k.check_invariants()
                .map_err(|v| format!("after operation {op}: {v}"))?;
        }
    }
    rep.allocations_failed = k.inner().fail_counts().1;
    k.set_fail(&FailSpec::Never).map_err(|e| e.to_string())?;
    for p in procs {
        let _ = k.exit(p.pid);
    }
    rep.invariant_checks += 1;
    k.check_invariants()
        .map_err(|v| format!("after every process exited: {v}"))?;
    rep.bytes_checked = k.checked_bytes;
    rep.seconds = start.elapsed().as_secs_f64();
    Ok(rep)
}
