//! `uapi::bench::Bench` on the host: each timed operation does what its untimed counterpart
//! does (same values, same signals and errnos, same effect on the address space), reports a
//! time measured in the worker, and leaves the worker's own memory alone. They need root;
//! without it they skip and say why on stderr.

use oracle::Host;
use std::io::Write as _;
use std::time::Instant;
use uapi::bench::{Bench, Timed, TimedOp};
use uapi::consts::*;
use uapi::observe::{MapsEntry, ProcFile, kpf, pagemap, parse_maps, parse_smaps};
use uapi::signal::{SEGV_ACCERR, SEGV_MAPERR};
use uapi::{AccessKind, Errno, Error, Kernel, Pid, SigInfo, Syscall};

const PAGE: u64 = 4096;

/// A host, or `None` after printing why the host oracle can't run here.
fn host(test: &str) -> Option<Host> {
    match Host::available() {
        Ok(()) => Some(Host::new().expect("Host::new after Host::available")),
        Err(why) => {
            // Written to fd 2 directly so the reason shows even when output is captured.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test}: host oracle unavailable: {why}"
            );
            None
        }
    }
}

fn anon(len: u64) -> Syscall {
    Syscall::Mmap {
        addr: 0,
        len,
        prot: PROT_READ | PROT_WRITE,
        flags: MAP_PRIVATE | MAP_ANONYMOUS,
        fd: -1,
        off: 0,
    }
}

fn mmap_anon(h: &mut Host, pid: Pid, len: u64) -> u64 {
    h.syscall(pid, &anon(len)).expect("mmap")
}

fn maps(h: &mut Host, pid: Pid) -> Vec<MapsEntry> {
    parse_maps(&h.read_proc(pid, ProcFile::Maps).unwrap()).unwrap()
}

fn pfn(entry: u64) -> u64 {
    entry & pagemap::PFN_MASK
}

/// Runs a timed op that must succeed and checks that its time is plausible: positive, and
/// no longer than the whole request took as seen from here. Both clocks are CLOCK_MONOTONIC
/// and the worker's interval lies inside the driver's, so a time that included anything
/// outside the worker's part of the request (or came from another clock) would show.
fn timed_ok(h: &mut Host, pid: Pid, op: TimedOp) -> Timed {
    let t = Instant::now();
    let r = h.timed(pid, &op).unwrap_or_else(|e| panic!("{op:?}: {e}"));
    let wall = t.elapsed().as_nanos() as u64;
    assert!(r.elapsed_ns > 0, "{op:?}: {r:?}");
    assert!(
        r.elapsed_ns <= wall,
        "{op:?}: the worker's {} ns are more than the round trip's {wall} ns",
        r.elapsed_ns
    );
    r
}

#[test]
fn timed_touch_faults_pages_in_like_touch() {
    let Some(mut h) = host("timed_touch_faults_pages_in_like_touch") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 4 * PAGE);
    // From the middle of the first page: one access per page, as `touch` makes.
    let w = TimedOp::Touch {
        addr: a + 100,
        len: 2 * PAGE,
        kind: AccessKind::Write,
    };
    assert_eq!(timed_ok(&mut h, p, w).value, 0);
    let r = TimedOp::Touch {
        addr: a + 3 * PAGE,
        len: PAGE,
        kind: AccessKind::Read,
    };
    assert_eq!(timed_ok(&mut h, p, r).value, 0);
    let pm = h.pagemap(p, a, 4).unwrap();
    // a+100 .. a+100+2 pages reaches into the third page: three pages written.
    for e in &pm[..3] {
        assert!(
            e & pagemap::PRESENT != 0 && e & pagemap::MMAP_EXCLUSIVE != 0,
            "{e:#x}"
        );
    }
    let zero = h.kpageflags(&[pfn(pm[3])]).unwrap()[0];
    assert!(
        zero >> kpf::ZERO_PAGE & 1 == 1,
        "a read fault maps the zero page: {zero:#x}"
    );
    // A zero-length touch accesses nothing and still reports a time.
    let none = TimedOp::Touch {
        addr: 0,
        len: 0,
        kind: AccessKind::Write,
    };
    assert_eq!(timed_ok(&mut h, p, none).value, 0);
}

#[test]
fn a_timed_touch_of_64_mib_faults_in_every_page() {
    let Some(mut h) = host("a_timed_touch_of_64_mib_faults_in_every_page") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let len = 64 << 20;
    let n = len / PAGE;
    let a = mmap_anon(&mut h, p, len);
    assert!(
        h.pagemap(p, a, n).unwrap().iter().all(|&e| e == 0),
        "fresh memory is not present"
    );
    let op = TimedOp::Touch {
        addr: a,
        len,
        kind: AccessKind::Write,
    };
    let t = timed_ok(&mut h, p, op);
    let pm = h.pagemap(p, a, n).unwrap();
    let missing = pm.iter().filter(|&&e| e & pagemap::PRESENT == 0).count();
    assert_eq!(missing, 0, "pages not present after the touch");
    let _ = writeln!(
        std::io::stderr(),
        "timed write touch of 64 MiB: {} ns, {} ns/page",
        t.elapsed_ns,
        t.elapsed_ns / n
    );
}

#[test]
fn a_faulting_timed_touch_reports_the_signal() {
    let Some(mut h) = host("a_faulting_timed_touch_reports_the_signal") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 3 * PAGE);
    h.syscall(
        p,
        &Syscall::Munmap {
            addr: a + PAGE,
            len: PAGE,
        },
    )
    .unwrap();
    let op = TimedOp::Touch {
        addr: a + 8,
        len: 3 * PAGE,
        kind: AccessKind::Read,
    };
    assert_eq!(
        h.timed(p, &op),
        Err(Error::Signal(SigInfo::segv(SEGV_MAPERR, a + PAGE))),
        "the hole in the middle"
    );
    h.syscall(
        p,
        &Syscall::Mprotect {
            addr: a + 2 * PAGE,
            len: PAGE,
            prot: PROT_READ,
        },
    )
    .unwrap();
    let op = TimedOp::Touch {
        addr: a + 2 * PAGE + 5,
        len: 1,
        kind: AccessKind::Write,
    };
    assert_eq!(
        h.timed(p, &op),
        Err(Error::Signal(SigInfo::segv(SEGV_ACCERR, a + 2 * PAGE + 5)))
    );
    // The first page was touched before the fault, and the worker goes on serving.
    assert!(h.pagemap(p, a, 1).unwrap()[0] & pagemap::PRESENT != 0);
    h.ping(p).unwrap();
}

#[test]
fn timed_syscall_returns_the_syscalls_value() {
    let Some(mut h) = host("timed_syscall_returns_the_syscalls_value") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let t = timed_ok(&mut h, p, TimedOp::Syscall(anon(8 * PAGE)));
    let a = t.value;
    assert_eq!(a % PAGE, 0, "{a:#x}");
    let vma = maps(&mut h, p).into_iter().find(|m| m.start == a);
    let vma = vma.unwrap_or_else(|| panic!("no VMA at the returned {a:#x}"));
    assert_eq!((vma.end, vma.perms()), (a + 8 * PAGE, "rw-p".to_string()));
    // The address is usable: touch it (timed too) and write and read it back.
    let op = TimedOp::Touch {
        addr: a,
        len: 8 * PAGE,
        kind: AccessKind::Write,
    };
    timed_ok(&mut h, p, op);
    h.store(p, a + 7 * PAGE, b"timed").unwrap();
    assert_eq!(h.load(p, a + 7 * PAGE, 5).unwrap(), b"timed");
    // A syscall whose value is 0.
    let mprotect = Syscall::Mprotect {
        addr: a,
        len: PAGE,
        prot: PROT_READ,
    };
    assert_eq!(timed_ok(&mut h, p, TimedOp::Syscall(mprotect)).value, 0);
    let dontneed = Syscall::Madvise {
        addr: a,
        len: 8 * PAGE,
        advice: MADV_DONTNEED,
    };
    assert_eq!(timed_ok(&mut h, p, TimedOp::Syscall(dontneed)).value, 0);
    assert_eq!(h.load(p, a + 7 * PAGE, 5).unwrap(), [0; 5], "zapped");
}

#[test]
fn failing_timed_ops_report_the_errno() {
    let Some(mut h) = host("failing_timed_ops_report_the_errno") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 2 * PAGE);
    let before = maps(&mut h, p);
    let cases = [
        (
            TimedOp::Syscall(Syscall::Munmap {
                addr: a + 1,
                len: PAGE,
            }),
            Errno::EINVAL,
        ),
        (TimedOp::Syscall(anon(0)), Errno::EINVAL),
        (
            TimedOp::Syscall(Syscall::Mprotect {
                addr: 0x1000,
                len: PAGE,
                prot: PROT_READ,
            }),
            Errno::ENOMEM,
        ),
        (TimedOp::MmapMunmapLoop { count: 3, len: 0 }, Errno::EINVAL),
        (
            TimedOp::MprotectToggleLoop {
                addr: 0x1000,
                count: 3,
            },
            Errno::ENOMEM,
        ),
        (
            TimedOp::MprotectToggleLoop {
                addr: a + 1,
                count: 3,
            },
            Errno::EINVAL,
        ),
    ];
    for (op, errno) in cases {
        assert_eq!(h.timed(p, &op), Err(Error::Errno(errno)), "{op:?}");
    }
    assert_eq!(maps(&mut h, p), before, "failed ops changed nothing");
    h.ping(p).unwrap();
}

#[test]
fn timed_fork_gives_a_usable_child_that_shares_memory() {
    let Some(mut h) = host("timed_fork_gives_a_usable_child_that_shares_memory") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 2 * PAGE);
    h.store(p, a, b"parent").unwrap();
    h.touch(p, a + PAGE, 1, AccessKind::Write).unwrap();
    let before = h.pagemap(p, a, 2).unwrap();
    let t = timed_ok(&mut h, p, TimedOp::Fork);
    let q = t.value as Pid;
    assert_eq!(q, 2, "the host's next Pid, not an OS pid");
    assert_ne!(h.os_pid(q), None);
    assert_ne!(h.os_pid(q), h.os_pid(p));
    h.ping(q).unwrap();
    assert_eq!(h.load(q, a, 6).unwrap(), b"parent");
    // Shared as after a normal fork: the same frames, no longer exclusive to either side.
    let (pp, pq) = (h.pagemap(p, a, 2).unwrap(), h.pagemap(q, a, 2).unwrap());
    for i in 0..2 {
        assert_eq!(
            pfn(pp[i]),
            pfn(before[i]),
            "fork does not move the parent's page"
        );
        assert_eq!(pfn(pp[i]), pfn(pq[i]), "parent and child share page {i}");
        assert!(pq[i] & pagemap::MMAP_EXCLUSIVE == 0, "{:#x}", pq[i]);
    }
    let f = h.kpageflags(&[pfn(pp[0])]).unwrap()[0];
    assert!(
        f >> kpf::ANON_EXCLUSIVE & 1 == 0,
        "fork clears PG_anon_exclusive: {f:#x}"
    );
    // A COW touch in the child copies; the parent keeps its frame and its data.
    let cow = TimedOp::Touch {
        addr: a,
        len: 2 * PAGE,
        kind: AccessKind::Write,
    };
    timed_ok(&mut h, q, cow);
    let pq2 = h.pagemap(q, a, 2).unwrap();
    assert!(pfn(pq2[0]) != pfn(pp[0]) && pfn(pq2[1]) != pfn(pp[1]));
    h.store(q, a, b"child").unwrap();
    assert_eq!(h.load(p, a, 6).unwrap(), b"parent");
    // The child can fork in turn, timed, and every worker exits cleanly.
    let r = timed_ok(&mut h, q, TimedOp::Fork).value as Pid;
    assert_eq!(r, 3);
    assert_eq!(h.load(r, a, 5).unwrap(), b"child");
    for x in [r, q, p] {
        h.exit(x).unwrap();
    }
}

#[test]
fn mmap_munmap_loop_leaves_the_maps_unchanged() {
    let Some(mut h) = host("mmap_munmap_loop_leaves_the_maps_unchanged") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 4 * PAGE);
    h.touch(p, a, 4 * PAGE, AccessKind::Write).unwrap();
    let before = maps(&mut h, p);
    for (count, len) in [(1000, PAGE), (10, 64 << 20), (0, PAGE)] {
        let t = timed_ok(&mut h, p, TimedOp::MmapMunmapLoop { count, len });
        assert_eq!(t.value, 0);
        assert_eq!(
            maps(&mut h, p),
            before,
            "after {count} x mmap+munmap of {len:#x}"
        );
    }
    // The next mmap lands where it would have landed without the loop.
    let next = mmap_anon(&mut h, p, PAGE);
    assert_eq!(next, a - PAGE, "{:#?}", maps(&mut h, p));
}

#[test]
fn mprotect_toggle_loop_leaves_the_vma_merged() {
    let Some(mut h) = host("mprotect_toggle_loop_leaves_the_vma_merged") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let n = 64;
    let a = mmap_anon(&mut h, p, n * PAGE);
    h.touch(p, a, n * PAGE, AccessKind::Write).unwrap();
    let frames = h.pagemap(p, a, n).unwrap();
    let before = maps(&mut h, p);
    let op = TimedOp::MprotectToggleLoop {
        addr: a + n / 2 * PAGE,
        count: 1000,
    };
    assert_eq!(timed_ok(&mut h, p, op).value, 0);
    let after = maps(&mut h, p);
    assert_eq!(after, before);
    let ours: Vec<&MapsEntry> = after
        .iter()
        .filter(|m| m.start < a + n * PAGE && m.end > a)
        .collect();
    assert_eq!(ours.len(), 1, "one VMA again: {ours:#?}");
    assert_eq!(
        (ours[0].start, ours[0].end, ours[0].perms()),
        (a, a + n * PAGE, "rw-p".to_string())
    );
    assert_eq!(h.pagemap(p, a, n).unwrap(), frames, "the pages stay put");
    // Writable again.
    h.store(p, a + n / 2 * PAGE, b"rw").unwrap();
}

#[test]
fn timing_does_not_change_the_workers_own_address_space() {
    let Some(mut h) = host("timing_does_not_change_the_workers_own_address_space") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let before = parse_smaps(&h.read_proc(p, ProcFile::Smaps).unwrap()).unwrap();
    let a = mmap_anon(&mut h, p, 16 * PAGE);
    for i in 0..50u64 {
        let at = a + (i % 16) * PAGE;
        let kind = if i % 2 == 0 {
            AccessKind::Read
        } else {
            AccessKind::Write
        };
        let touch = TimedOp::Touch {
            addr: at,
            len: PAGE,
            kind,
        };
        timed_ok(&mut h, p, touch);
        let bad = TimedOp::Touch {
            addr: 0,
            len: 1,
            kind,
        };
        h.timed(p, &bad).unwrap_err();
        let prot = Syscall::Mprotect {
            addr: at,
            len: PAGE,
            prot: PROT_READ | PROT_WRITE,
        };
        timed_ok(&mut h, p, TimedOp::Syscall(prot));
        timed_ok(
            &mut h,
            p,
            TimedOp::MmapMunmapLoop {
                count: 5,
                len: PAGE,
            },
        );
        let toggle = TimedOp::MprotectToggleLoop { addr: at, count: 5 };
        timed_ok(&mut h, p, toggle);
        if i % 10 == 0 {
            // The parent's writes copy its pages while the child lives; once the child is
            // gone the counters are as before.
            let q = timed_ok(&mut h, p, TimedOp::Fork).value as Pid;
            timed_ok(&mut h, q, touch);
            h.exit(q).unwrap();
        }
    }
    let after = parse_smaps(&h.read_proc(p, ProcFile::Smaps).unwrap()).unwrap();
    let others: Vec<_> = after
        .iter()
        .filter(|v| v.maps.start != a)
        .cloned()
        .collect();
    assert_eq!(after.len(), before.len() + 1, "one new VMA: the scenario's");
    for (b, o) in before.iter().zip(&others) {
        assert_eq!(b.maps, o.maps);
        assert_eq!(b.vm_flags, o.vm_flags, "{}", b.maps);
        assert_eq!(own_fields(b), own_fields(o), "{}", b.maps);
    }
}

/// The smaps counters of a VMA that only this process's use of it can change. For a file
/// mapping (the worker binary, libc) Pss and the Shared/Private split count the other
/// processes that map the same page-cache pages, and the other tests' workers, running in
/// parallel, map the same binary and come and go.
fn own_fields(v: &uapi::observe::SmapsEntry) -> Vec<(String, u64)> {
    let shared_with_others = |name: &str| {
        ["Pss", "Shared_", "Private_"]
            .iter()
            .any(|p| name.starts_with(p))
    };
    v.fields
        .iter()
        .filter(|(name, _)| v.maps.inode == 0 || !shared_with_others(name))
        .cloned()
        .collect()
}
