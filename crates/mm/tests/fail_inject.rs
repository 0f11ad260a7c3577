//! Failure injection at every allocation of each operation: for n = 1, 2, … the nth
//! allocation the operation makes fails, until the operation makes fewer than n. Each time the
//! operation must end as Linux ends it (success; for a syscall ENOMEM, or EAGAIN where madvise
//! and mlock report so; for a fault the OOM outcome), the invariants must hold, and once every process has exited no frame, VMA,
//! anon_vma or file may be left. FAIL_SITE=vma (or another site) narrows a run to one site;
//! FAIL_DEBUG=1 prints each injection and its outcome.

use mm::{Config, Machine};
use std::sync::Arc;
use uapi::consts::*;
use uapi::fail::{AllocSite, FailSpec};
use uapi::{AccessKind, Errno, Error, FileFacts, Kernel, Pid, Signo, Syscall};

fn machine() -> Machine {
    Machine::new(Config {
        ram_bytes: 64 << 20,
        check_every_step: true,
        ..Config::default()
    })
    .unwrap()
}

fn anon(k: &mut Machine, pid: Pid, len: u64, flags: u64) -> Result<u64, Error> {
    k.syscall(
        pid,
        &Syscall::Mmap {
            addr: 0,
            len,
            prot: PROT_READ | PROT_WRITE,
            flags: flags | MAP_ANONYMOUS,
            fd: -1,
            off: 0,
        },
    )
}

/// A process with private anonymous memory in three VMAs (touched, so with anon_vmas), a
/// shared anonymous mapping and a child that shares some pages.
fn setup(k: &mut Machine) -> (Pid, u64) {
    let p = k.spawn(None).unwrap();
    let a = anon(k, p, 64 << 12, MAP_PRIVATE).unwrap();
    k.touch(p, a, 64 << 12, AccessKind::Write).unwrap();
    k.syscall(
        p,
        &Syscall::Mprotect {
            addr: a + (16 << 12),
            len: 8 << 12,
            prot: PROT_READ,
        },
    )
    .unwrap();
    let s = anon(k, p, 8 << 12, MAP_SHARED).unwrap();
    k.touch(p, s, 8 << 12, AccessKind::Write).unwrap();
    (p, a)
}

/// Runs `op` with the nth allocation failing, for every n the operation reaches.
fn every_allocation(name: &str, op: &dyn Fn(&mut Machine, Pid, u64) -> Result<(), Error>) {
    let sites: Vec<Option<AllocSite>> = match std::env::var("FAIL_SITE") {
        Ok(s) => vec![AllocSite::from_name(&s)],
        Err(_) => [None].into_iter().chain(AllocSite::ALL.map(Some)).collect(),
    };
    for site in sites {
        let mut n = 1;
        loop {
            let mut k = machine();
            let (p, a) = setup(&mut k);
            k.set_fail(&FailSpec::Nth { n, site }).unwrap();
            let r = op(&mut k, p, a);
            let (seen, injected) = k.fail_counts();
            match &r {
                Ok(()) => {}
                Err(Error::Errno(Errno::ENOMEM)) => {}
                // madvise and mlock report a split they could not make as EAGAIN.
                Err(Error::Errno(Errno::EAGAIN))
                    if name.starts_with("madvise") || name.starts_with("mlock") => {}
                Err(Error::Signal(s)) if s.signo == Signo::Kill => {}
                Err(e) => panic!("{name}, allocation {n} at {site:?} failing: {e}"),
            }
            if std::env::var_os("FAIL_DEBUG").is_some() {
                eprintln!("{name} n={n} site={site:?} seen={seen} injected={injected} -> {r:?}");
            }
            // A fault that could not allocate had the OOM killer kill another process, then
            // retried.
            let vmstat = (1..=8)
                .find_map(|pid| k.read_proc(pid, uapi::observe::ProcFile::Vmstat).ok())
                .unwrap_or_default();
            let oom_kills = uapi::observe::parse_vmstat(&vmstat)
                .into_iter()
                .find(|(n, _)| n == "oom_kill")
                .map_or(0, |(_, v)| v);
            assert!(
                injected == 0 || r.is_err() || tolerant(name) || oom_kills > 0,
                "{name}: allocation {n} at {site:?} failed but the operation succeeded"
            );
            k.check()
                .unwrap_or_else(|v| panic!("{name}, allocation {n} at {site:?}: {v}"));
            k.set_fail(&FailSpec::Never).unwrap();
            for pid in 1..=8 {
                let _ = k.exit(pid);
            }
            k.check().unwrap_or_else(|v| {
                panic!("{name}, allocation {n} at {site:?}, after every exit: {v}")
            });
            if seen < n {
                break;
            }
            n += 1;
        }
    }
}

/// Operations whose failed allocations Linux absorbs: populate ignores its errors, and
/// mremap's unmap of the source ignores a split it cannot make (`unmap_source_vma`: "OOM:
/// unable to split vma, just get accounts right"). Fault-around maps only what is cached and
/// never allocates; the model fills a regular file's cache lazily, so a page it cannot fill
/// there is left for the fault that needs it, as an uncached page would be.
fn tolerant(name: &str) -> bool {
    name.contains("populate") || name.contains("mremap") || name.contains("fault-around")
}

#[test]
fn fork() {
    every_allocation("fork", &|k, p, a| {
        let maps = k.read_proc(p, uapi::observe::ProcFile::Maps)?;
        let data = k.load(p, a, 64 << 12)?;
        let r = k.fork(p).map(drop);
        if r.is_err() {
            // A failed fork leaves the parent as it was, and its memory as it held it.
            assert_eq!(k.read_proc(p, uapi::observe::ProcFile::Maps)?, maps);
            assert_eq!(k.load(p, a, 64 << 12)?, data);
        }
        r
    });
}

#[test]
fn mmap_and_merge() {
    every_allocation("mmap", &|k, p, a| {
        k.syscall(
            p,
            &Syscall::Mmap {
                addr: a + (64 << 12),
                len: 4 << 12,
                prot: PROT_READ | PROT_WRITE,
                flags: MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                fd: -1,
                off: 0,
            },
        )
        .map(drop)
    });
    every_allocation("mmap populate", &|k, p, _| {
        k.syscall(
            p,
            &Syscall::Mmap {
                addr: 0,
                len: 16 << 12,
                prot: PROT_READ | PROT_WRITE,
                flags: MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE,
                fd: -1,
                off: 0,
            },
        )
        .map(drop)
    });
}

#[test]
fn mprotect_munmap_split() {
    every_allocation("mprotect", &|k, p, a| {
        k.syscall(
            p,
            &Syscall::Mprotect {
                addr: a + (4 << 12),
                len: 4 << 12,
                prot: PROT_READ,
            },
        )
        .map(drop)
    });
    every_allocation("mprotect over three VMAs", &|k, p, a| {
        k.syscall(
            p,
            &Syscall::Mprotect {
                addr: a + (8 << 12),
                len: 32 << 12,
                prot: PROT_NONE,
            },
        )
        .map(drop)
    });
    every_allocation("munmap", &|k, p, a| {
        k.syscall(
            p,
            &Syscall::Munmap {
                addr: a + (40 << 12),
                len: 4 << 12,
            },
        )
        .map(drop)
    });
}

#[test]
fn mremap_moves_and_grows() {
    every_allocation("mremap move", &|k, p, a| {
        k.syscall(
            p,
            &Syscall::Mremap {
                old_addr: a + (32 << 12),
                old_len: 8 << 12,
                new_len: 16 << 12,
                flags: MREMAP_MAYMOVE,
                new_addr: 0,
            },
        )
        .map(drop)
    });
}

#[test]
fn faults() {
    every_allocation("write fault", &|k, p, _| {
        let b = anon(k, p, 4 << 12, MAP_PRIVATE)?;
        k.touch(p, b, 4 << 12, AccessKind::Write)
    });
    every_allocation("COW fault after fork", &|k, p, a| {
        let c = k.fork(p)?;
        k.touch(c, a, 4 << 12, AccessKind::Write)
    });
    every_allocation("brk", &|k, p, _| {
        let b = k.syscall(p, &Syscall::Brk { addr: 0 })?;
        k.syscall(
            p,
            &Syscall::Brk {
                addr: b + (8 << 12),
            },
        )?;
        k.touch(p, b, 8 << 12, AccessKind::Write)
    });
}

/// Which errno a syscall that failed because of an injected allocation failure must return.
fn expect_failed_as(k: &Machine, r: &Result<u64, Error>, want: Errno) {
    if k.fail_counts().1 > 0 {
        assert_eq!(r, &Err(Error::Errno(want)), "after an injected failure");
    } else {
        assert!(r.is_ok(), "{r:?} with nothing injected");
    }
}

#[test]
fn madvise_and_mlock() {
    // A split madvise cannot allocate is EAGAIN (`madvise_vma_behavior`).
    every_allocation("madvise split", &|k, p, a| {
        let r = k.syscall(
            p,
            &Syscall::Madvise {
                addr: a + (4 << 12),
                len: 4 << 12,
                advice: MADV_DONTFORK,
            },
        );
        expect_failed_as(k, &r, Errno::EAGAIN);
        r.map(drop)
    });
    // Population faults through GUP: an allocation that fails is VM_FAULT_OOM, which
    // MADV_POPULATE_* reports as ENOMEM without killing anyone.
    every_allocation("madvise populate write", &|k, p, _| {
        let b = anon(k, p, 8 << 12, MAP_PRIVATE)?;
        let counted = k.fail_counts().0;
        let r = k.syscall(
            p,
            &Syscall::Madvise {
                addr: b,
                len: 8 << 12,
                advice: MADV_POPULATE_WRITE,
            },
        );
        if k.fail_counts().0 > counted {
            expect_failed_as(k, &r, Errno::ENOMEM);
        }
        r.map(drop)
    });
    // mlock splits under the mmap lock and returns that error as it is (ENOMEM); the
    // population after it reports ENOMEM as EAGAIN (`__mlock_posix_error_return`).
    every_allocation("mlock part of a VMA", &|k, p, a| {
        let r = k.syscall(
            p,
            &Syscall::Mlock {
                addr: a + (4 << 12),
                len: 4 << 12,
            },
        );
        expect_failed_as(k, &r, Errno::ENOMEM);
        r.map(drop)
    });
    every_allocation("mlock populate", &|k, p, _| {
        let b = anon(k, p, 4 << 12, MAP_PRIVATE)?;
        let r = k.syscall(
            p,
            &Syscall::Mlock {
                addr: b,
                len: 4 << 12,
            },
        );
        expect_failed_as(k, &r, Errno::EAGAIN);
        r.map(drop)
    });
}

fn facts() -> FileFacts {
    let contents: Vec<u8> = (0..4 << 12).map(|i| (i % 251) as u8).collect();
    FileFacts {
        path: "/data/file".into(),
        dev_major: 8,
        dev_minor: 1,
        ino: 42,
        size_bytes: contents.len() as u64,
        contents: Some(Arc::from(contents)),
    }
}

/// Opens the file of `facts` with `access` and maps all four pages of it read-write.
fn map_file(k: &mut Machine, p: Pid, access: u64, flags: u64) -> Result<(i64, u64), Error> {
    let fd = k.open(p, &facts(), access, None)?;
    let f = k.syscall(
        p,
        &Syscall::Mmap {
            addr: 0,
            len: 4 << 12,
            prot: PROT_READ | PROT_WRITE,
            flags,
            fd,
            off: 0,
        },
    )?;
    Ok((fd, f))
}

#[test]
fn file_mappings() {
    every_allocation("file mmap, fault-around read and COW faults", &|k, p, _| {
        let (fd, f) = map_file(k, p, O_RDONLY, MAP_PRIVATE)?;
        k.close(p, fd)?;
        k.touch(p, f, 4 << 12, AccessKind::Read)?;
        assert_eq!(
            k.load(p, f + 4096, 3)?,
            [4096 % 251, 4097 % 251, 4098 % 251].map(|v| v as u8)
        );
        k.store(p, f + 8192, b"cow")?;
        assert_eq!(k.load(p, f + 8192, 3)?, b"cow");
        Ok(())
    });
    // Write faults alone never fault around: every allocation they make is needed.
    for (name, flags, access) in [
        ("file private write fault", MAP_PRIVATE, O_RDONLY),
        ("file shared write fault", MAP_SHARED, O_RDWR),
    ] {
        every_allocation(name, &|k, p, _| {
            let (_, f) = map_file(k, p, access, flags)?;
            k.store(p, f + 4096, b"w")?;
            assert_eq!(k.load(p, f + 4096, 2)?, [b'w', (4097 % 251) as u8]);
            Ok(())
        });
    }
}

/// mremap that cannot allocate a page table at the destination moves what it moved back and
/// unmaps the new area (`move_vma`'s revert): the data stays at the old address.
#[test]
fn mremap_reverts_a_failed_move() {
    let mut k = machine();
    let (p, a) = setup(&mut k);
    k.store(p, a + (32 << 12), b"kept").unwrap();
    let far = a - (1 << 30);
    k.set_fail(&FailSpec::Nth {
        n: 1,
        site: Some(AllocSite::PageTable),
    })
    .unwrap();
    let r = k.syscall(
        p,
        &Syscall::Mremap {
            old_addr: a + (32 << 12),
            old_len: 8 << 12,
            new_len: 8 << 12,
            flags: MREMAP_MAYMOVE | MREMAP_FIXED,
            new_addr: far,
        },
    );
    assert_eq!(r, Err(Error::Errno(Errno::ENOMEM)));
    assert_eq!(
        k.fail_counts().1,
        1,
        "the page-table allocation was the one that failed"
    );
    k.set_fail(&FailSpec::Never).unwrap();
    assert_eq!(k.load(p, a + (32 << 12), 4).unwrap(), b"kept");
    let maps = k.read_proc(p, uapi::observe::ProcFile::Maps).unwrap();
    assert!(
        !maps.contains(&format!("{far:x}-")),
        "the new area stays unmapped:\n{maps}"
    );
    k.check().unwrap();
}
