//! Differential-test groundwork: `oracle::Host` against the real kernel. Each test checks one
//! thing Linux does (what pagemap and kpageflags show after a fault, fork's sharing, the
//! signal a bad access raises, errno of bad arguments) and that the worker itself stays out
//! of the way (stable layout, no changes to its own mappings). They need root; without it
//! they skip and say why on stderr (past the test harness's capture).

use oracle::Host;
use std::io::Write as _;
use uapi::consts::*;
use uapi::observe::{MapsEntry, kpf, pagemap, parse_maps, parse_smaps};
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

fn mmap_anon(h: &mut Host, pid: Pid, len: u64) -> u64 {
    let call = Syscall::Mmap {
        addr: 0,
        len,
        prot: PROT_READ | PROT_WRITE,
        flags: MAP_PRIVATE | MAP_ANONYMOUS,
        fd: -1,
        off: 0,
    };
    h.syscall(pid, &call).expect("mmap")
}

fn bit(flags: u64, b: u32) -> bool {
    flags >> b & 1 == 1
}

fn pfn(entry: u64) -> u64 {
    entry & pagemap::PFN_MASK
}

fn maps(h: &mut Host, pid: Pid) -> Vec<MapsEntry> {
    parse_maps(&h.read_proc(pid, uapi::observe::ProcFile::Maps).unwrap()).unwrap()
}

#[test]
fn write_touch_gives_exclusive_anon_pages() {
    let Some(mut h) = host("write_touch_gives_exclusive_anon_pages") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 2 * PAGE);
    assert_eq!(
        h.pagemap(p, a, 2).unwrap(),
        vec![0, 0],
        "fresh anonymous memory is not present"
    );
    h.touch(p, a, 2 * PAGE, AccessKind::Write).unwrap();
    let pm = h.pagemap(p, a, 2).unwrap();
    for e in &pm {
        assert!(e & pagemap::PRESENT != 0, "{e:#x}");
        assert!(e & pagemap::MMAP_EXCLUSIVE != 0, "bit 56: {e:#x}");
        assert!(e & (pagemap::FILE | pagemap::SWAP) == 0, "{e:#x}");
        assert_ne!(pfn(*e), 0);
    }
    assert_ne!(pfn(pm[0]), pfn(pm[1]));
    for f in h.kpageflags(&[pfn(pm[0]), pfn(pm[1])]).unwrap() {
        assert!(bit(f, kpf::ANON), "{f:#x}");
        assert!(bit(f, kpf::ANON_EXCLUSIVE), "PG_anon_exclusive: {f:#x}");
        assert!(!bit(f, kpf::ZERO_PAGE), "{f:#x}");
    }
}

#[test]
fn read_touch_maps_the_zero_page() {
    let Some(mut h) = host("read_touch_maps_the_zero_page") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 2 * PAGE);
    h.touch(p, a, 2 * PAGE, AccessKind::Read).unwrap();
    let pm = h.pagemap(p, a, 2).unwrap();
    assert_eq!(pfn(pm[0]), pfn(pm[1]), "both pages map the one zero page");
    for e in &pm {
        assert!(e & pagemap::PRESENT != 0, "{e:#x}");
        assert!(
            e & pagemap::MMAP_EXCLUSIVE == 0,
            "the zero page is never exclusive: {e:#x}"
        );
    }
    let f = h.kpageflags(&[pfn(pm[0])]).unwrap()[0];
    assert!(bit(f, kpf::ZERO_PAGE), "{f:#x}");
    assert!(!bit(f, kpf::ANON), "{f:#x}");
    assert_eq!(h.load(p, a, 16).unwrap(), vec![0; 16]);
}

#[test]
fn fork_shares_frames_until_a_write_copies() {
    let Some(mut h) = host("fork_shares_frames_until_a_write_copies") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, PAGE);
    h.store(p, a, b"parent").unwrap();
    let before = h.pagemap(p, a, 1).unwrap()[0];
    let q = h.fork(p).unwrap();
    assert_ne!(h.os_pid(p), h.os_pid(q));

    let (pp, pq) = (
        h.pagemap(p, a, 1).unwrap()[0],
        h.pagemap(q, a, 1).unwrap()[0],
    );
    assert_eq!(pfn(pp), pfn(before), "fork does not move the parent's page");
    assert_eq!(pfn(pp), pfn(pq), "parent and child share the frame");
    assert!(
        pp & pagemap::MMAP_EXCLUSIVE == 0 && pq & pagemap::MMAP_EXCLUSIVE == 0,
        "{pp:#x} {pq:#x}"
    );
    let f = h.kpageflags(&[pfn(pp)]).unwrap()[0];
    assert!(
        bit(f, kpf::ANON) && !bit(f, kpf::ANON_EXCLUSIVE),
        "fork clears PG_anon_exclusive: {f:#x}"
    );

    h.touch(q, a, 1, AccessKind::Write).unwrap();
    let (pp2, pq2) = (
        h.pagemap(p, a, 1).unwrap()[0],
        h.pagemap(q, a, 1).unwrap()[0],
    );
    assert_eq!(pfn(pp2), pfn(pp), "the parent keeps the old frame");
    assert_ne!(pfn(pq2), pfn(pp), "the child's write copied the page");
    assert!(pq2 & pagemap::MMAP_EXCLUSIVE != 0, "{pq2:#x}");
    let f = h.kpageflags(&[pfn(pq2)]).unwrap()[0];
    assert!(
        bit(f, kpf::ANON) && bit(f, kpf::ANON_EXCLUSIVE),
        "the copy is exclusive: {f:#x}"
    );
    assert_eq!(h.load(q, a, 6).unwrap(), b"parent", "the copy has the data");

    h.store(q, a, b"child").unwrap();
    assert_eq!(h.load(p, a, 6).unwrap(), b"parent");
    // The child inherited the worker's fault handling and THP setting.
    let e = h.touch(q, PAGE, 1, AccessKind::Read).unwrap_err();
    assert_eq!(e, Error::Signal(SigInfo::segv(SEGV_MAPERR, PAGE)));
    let status = h.read_proc(q, uapi::observe::ProcFile::Status).unwrap();
    assert!(status.contains("THP_enabled:\t0"), "{status}");
    h.exit(q).unwrap();
    h.exit(p).unwrap();
}

#[test]
fn write_to_read_only_is_segv_accerr() {
    let Some(mut h) = host("write_to_read_only_is_segv_accerr") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 2 * PAGE);
    h.syscall(
        p,
        &Syscall::Mprotect {
            addr: a,
            len: 2 * PAGE,
            prot: PROT_READ,
        },
    )
    .unwrap();
    h.touch(p, a, 2 * PAGE, AccessKind::Read).unwrap();
    let e = h
        .touch(p, a + 100, 2 * PAGE, AccessKind::Write)
        .unwrap_err();
    assert_eq!(
        e,
        Error::Signal(SigInfo::segv(SEGV_ACCERR, a + 100)),
        "si_addr is the accessed byte"
    );
    let e = h.store(p, a + PAGE + 7, b"x").unwrap_err();
    assert_eq!(e, Error::Signal(SigInfo::segv(SEGV_ACCERR, a + PAGE + 7)));
    // The worker survives a fault and keeps serving.
    assert_eq!(h.load(p, a, 4).unwrap(), vec![0; 4]);
}

#[test]
fn access_to_unmapped_is_segv_maperr() {
    let Some(mut h) = host("access_to_unmapped_is_segv_maperr") else {
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
    // The touch covers three pages; the first is fine, the second is the hole.
    let e = h.touch(p, a, 3 * PAGE, AccessKind::Read).unwrap_err();
    assert_eq!(e, Error::Signal(SigInfo::segv(SEGV_MAPERR, a + PAGE)));
    let e = h.load(p, a + PAGE + 9, 1).unwrap_err();
    assert_eq!(e, Error::Signal(SigInfo::segv(SEGV_MAPERR, a + PAGE + 9)));
    let e = h.touch(p, 0, 1, AccessKind::Write).unwrap_err();
    assert_eq!(e, Error::Signal(SigInfo::segv(SEGV_MAPERR, 0)));
}

#[test]
fn store_load_round_trip() {
    let Some(mut h) = host("store_load_round_trip") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    // Larger than the worker's 1 MiB buffer, so both directions are streamed in pieces.
    let len = (1 << 20) + 3 * PAGE;
    let a = mmap_anon(&mut h, p, len);
    let data: Vec<u8> = (0..len).map(|i| (i * 7 + i / 4096) as u8).collect();
    h.store(p, a + 1, &data[1..]).unwrap();
    let back = h.load(p, a, len).unwrap();
    assert_eq!(back[0], 0);
    assert!(back[1..] == data[1..], "round trip");
    assert_eq!(h.load(p, a + 5, 0).unwrap(), Vec::<u8>::new());
    h.store(p, a, &[]).unwrap();
}

#[test]
fn store_faulting_on_the_second_page_keeps_the_first() {
    let Some(mut h) = host("store_faulting_on_the_second_page_keeps_the_first") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 2 * PAGE);
    h.syscall(
        p,
        &Syscall::Mprotect {
            addr: a + PAGE,
            len: PAGE,
            prot: PROT_READ,
        },
    )
    .unwrap();
    let e = h.store(p, a + 10, &[0x55; 2 * PAGE as usize]).unwrap_err();
    assert_eq!(e, Error::Signal(SigInfo::segv(SEGV_ACCERR, a + PAGE)));
    let first = h.load(p, a, PAGE).unwrap();
    assert!(first[..10].iter().all(|&b| b == 0));
    assert!(
        first[10..].iter().all(|&b| b == 0x55),
        "bytes before the faulting page stay written"
    );
    assert!(h.load(p, a + PAGE, PAGE).unwrap().iter().all(|&b| b == 0));
    // The channel stayed in step after the dropped payload.
    h.ping(p).unwrap();
}

#[test]
fn layout_is_top_down_from_mmap_base() {
    let Some(mut h) = host("layout_is_top_down_from_mmap_base") else {
        return;
    };
    assert_eq!(
        h.mmap_base(),
        oracle::mmap_base(8 << 20, oracle::stack_guard_gap(""))
    );
    let p = h.spawn(None).unwrap();
    let l = h.layout(p).unwrap();
    assert_eq!(l.mmap_base, h.mmap_base());
    assert_eq!(l.mmap_min_addr, 4096);
    let names: Vec<&str> = l.vmas.iter().map(|v| v.maps.name.as_str()).collect();
    assert!(names.contains(&"[stack]"), "{names:?}");
    let stack = l.vmas.iter().find(|v| v.maps.name == "[stack]").unwrap();
    assert!(stack.has_flag("gd"), "[stack] grows down");
    assert!(
        stack.maps.start > l.mmap_base,
        "[stack] lies above mmap_base"
    );
    assert!(
        l.start_brk > 0 && l.brk >= l.start_brk,
        "{:#x} {:#x}",
        l.start_brk,
        l.brk
    );
    if let Some(heap) = l.vmas.iter().find(|v| v.maps.name == "[heap]") {
        assert_eq!((heap.maps.start, heap.maps.end), (l.start_brk, l.brk));
    }
    // The first thing mapped at exec (the dynamic loader) went top-down from mmap_base, so
    // a mapping ends exactly there, and nothing but the stack (and vsyscall) lies above.
    assert!(
        l.vmas.iter().any(|v| v.maps.end == l.mmap_base),
        "no VMA ends at mmap_base {:#x}",
        l.mmap_base
    );
    for v in l.vmas.iter().filter(|v| v.maps.end > l.mmap_base) {
        assert!(
            ["[stack]", "[vsyscall]"].contains(&v.maps.name.as_str()),
            "{} above mmap_base",
            v.maps
        );
    }
    // NULL-hint mmaps land in the highest gap below mmap_base that fits, at its top.
    for len in [PAGE, 5 * PAGE, 300 * PAGE] {
        let vmas = maps(&mut h, p);
        let want = top_down_slot(&vmas, l.mmap_base, l.mmap_min_addr, len);
        assert_eq!(
            mmap_anon(&mut h, p, len),
            want,
            "mmap(NULL, {len:#x}) in {vmas:#?}"
        );
    }
}

/// Where `unmapped_area_topdown` puts `len` bytes: the top of the highest gap below
/// `high` that fits (no alignment, no stack guard involved below mmap_base).
fn top_down_slot(vmas: &[MapsEntry], high: u64, low: u64, len: u64) -> u64 {
    let mut ends: Vec<(u64, u64)> = vmas.iter().map(|v| (v.start, v.end)).collect();
    ends.sort();
    let mut gap_end = high;
    for &(start, end) in ends.iter().rev() {
        if start >= gap_end {
            continue;
        }
        if end < gap_end && gap_end - end >= len {
            return gap_end - len;
        }
        gap_end = gap_end.min(start);
    }
    assert!(gap_end - low >= len);
    gap_end - len
}

#[test]
fn two_hosts_give_the_same_layout() {
    let Some(mut h1) = host("two_hosts_give_the_same_layout") else {
        return;
    };
    let mut h2 = Host::new().unwrap();
    let (p1, p2) = (h1.spawn(None).unwrap(), h2.spawn(None).unwrap());
    let (l1, l2) = (h1.layout(p1).unwrap(), h2.layout(p2).unwrap());
    let m1: Vec<&MapsEntry> = l1.vmas.iter().map(|v| &v.maps).collect();
    let m2: Vec<&MapsEntry> = l2.vmas.iter().map(|v| &v.maps).collect();
    assert_eq!(m1, m2);
    assert_eq!(
        (l1.mmap_base, l1.start_brk, l1.brk),
        (l2.mmap_base, l2.start_brk, l2.brk)
    );
    // VmFlags too, and the same NULL-hint placement.
    let f1: Vec<_> = l1.vmas.iter().map(|v| &v.vm_flags).collect();
    let f2: Vec<_> = l2.vmas.iter().map(|v| &v.vm_flags).collect();
    assert_eq!(f1, f2);
    assert_eq!(mmap_anon(&mut h1, p1, PAGE), mmap_anon(&mut h2, p2, PAGE));
}

#[test]
fn bad_arguments_come_back_as_errno() {
    let Some(mut h) = host("bad_arguments_come_back_as_errno") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, 2 * PAGE);
    let cases = [
        (
            Syscall::Munmap {
                addr: a + 1,
                len: PAGE,
            },
            Errno::EINVAL,
        ),
        (Syscall::Munmap { addr: a, len: 0 }, Errno::EINVAL),
        (
            Syscall::Mremap {
                old_addr: a,
                old_len: PAGE,
                new_len: 0,
                flags: 0,
                new_addr: 0,
            },
            Errno::EINVAL,
        ),
        (
            Syscall::Mremap {
                old_addr: a + 1,
                old_len: PAGE,
                new_len: PAGE,
                flags: 0,
                new_addr: 0,
            },
            Errno::EINVAL,
        ),
        (
            Syscall::Mprotect {
                addr: a + 1,
                len: PAGE,
                prot: PROT_READ,
            },
            Errno::EINVAL,
        ),
        (
            Syscall::Madvise {
                addr: a,
                len: PAGE,
                advice: 999,
            },
            Errno::EINVAL,
        ),
        (
            Syscall::Mmap {
                addr: 0,
                len: 0,
                prot: PROT_READ,
                flags: MAP_PRIVATE | MAP_ANONYMOUS,
                fd: -1,
                off: 0,
            },
            Errno::EINVAL,
        ),
        (
            Syscall::Mmap {
                addr: 0,
                len: PAGE,
                prot: PROT_READ,
                flags: MAP_PRIVATE,
                fd: -1,
                off: 0,
            },
            Errno::EBADF,
        ),
    ];
    for (call, errno) in cases {
        assert_eq!(h.syscall(p, &call), Err(Error::Errno(errno)), "{call}");
    }
    // Growing in place into the next page, which is free after the munmap: fine.
    h.syscall(
        p,
        &Syscall::Munmap {
            addr: a + PAGE,
            len: PAGE,
        },
    )
    .unwrap();
    let r = h.syscall(
        p,
        &Syscall::Mremap {
            old_addr: a,
            old_len: PAGE,
            new_len: 2 * PAGE,
            flags: 0,
            new_addr: 0,
        },
    );
    assert_eq!(r, Ok(a));
}

#[test]
fn the_worker_does_not_change_its_own_address_space() {
    let Some(mut h) = host("the_worker_does_not_change_its_own_address_space") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let before = parse_smaps(&h.read_proc(p, uapi::observe::ProcFile::Smaps).unwrap()).unwrap();
    let a = mmap_anon(&mut h, p, 16 * PAGE);
    for i in 0..100u64 {
        let at = a + (i % 16) * PAGE;
        h.pagemap(p, a, 16).unwrap();
        h.read_proc(p, uapi::observe::ProcFile::Smaps).unwrap();
        h.read_proc(p, uapi::observe::ProcFile::Status).unwrap();
        h.touch(
            p,
            at,
            PAGE,
            if i % 2 == 0 {
                AccessKind::Read
            } else {
                AccessKind::Write
            },
        )
        .unwrap();
        h.store(p, at + 8, &[i as u8; 100]).unwrap();
        assert_eq!(h.load(p, at + 8, 100).unwrap(), vec![i as u8; 100]);
        h.touch(p, 0, 1, AccessKind::Read).unwrap_err();
        h.ping(p).unwrap();
        if i % 10 == 0 {
            // While a child shares the worker's pages, the worker's own writes (stack,
            // buffers) copy them; once the child is gone the counters are as before.
            let q = h.fork(p).unwrap();
            h.touch(q, at, PAGE, AccessKind::Write).unwrap();
            h.exit(q).unwrap();
        }
    }
    let after = parse_smaps(&h.read_proc(p, uapi::observe::ProcFile::Smaps).unwrap()).unwrap();
    let others: Vec<_> = after
        .iter()
        .filter(|v| v.maps.start != a)
        .cloned()
        .collect();
    assert_eq!(after.len(), before.len() + 1, "one new VMA: the scenario's");
    // Same VMAs, same flags, and the same counters (Rss, Pss, Anonymous, ...): the worker's
    // own use of its memory faulted nothing new in.
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

#[test]
fn processes_exit_and_are_reaped() {
    let Some(mut h) = host("processes_exit_and_are_reaped") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let q = h.fork(p).unwrap();
    let r = h.fork(q).unwrap();
    assert_eq!(
        (p, q, r),
        (1, 2, 3),
        "pids are small numbers in creation order"
    );
    let os: Vec<u32> = [p, q, r].iter().map(|&x| h.os_pid(x).unwrap()).collect();
    // Every worker is the driver's child, however deep the fork tree.
    for &o in &os {
        let stat = std::fs::read_to_string(format!("/proc/{o}/stat")).unwrap();
        let ppid: u32 = stat
            .rsplit(')')
            .next()
            .unwrap()
            .split_whitespace()
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(ppid, std::process::id());
    }
    // Each worker holds exactly its channel (fd 0), /dev/null and the driver's stderr. (The
    // pings make sure each has finished its last request, closing the fds a fork passes.)
    for x in [p, q, r] {
        h.ping(x).unwrap();
    }
    for &o in &os {
        let mut fds: Vec<String> = std::fs::read_dir(format!("/proc/{o}/fd"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        fds.sort();
        assert_eq!(fds, ["0", "1", "2"], "worker {o}");
    }
    h.exit(q).unwrap();
    assert!(
        !std::path::Path::new(&format!("/proc/{}", os[1])).exists(),
        "reaped, no zombie"
    );
    assert!(
        matches!(h.ping(q), Err(Error::Broken(_))),
        "an exited pid is unknown"
    );
    assert!(matches!(h.ping(99), Err(Error::Broken(_))));
    h.ping(r).unwrap();
    drop(h);
    for o in [os[0], os[2]] {
        assert!(
            !std::path::Path::new(&format!("/proc/{o}")).exists(),
            "Drop reaps worker {o}"
        );
    }
}

#[test]
fn a_dying_worker_is_reported_as_broken() {
    let Some(mut h) = host("a_dying_worker_is_reported_as_broken") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let l = h.layout(p).unwrap();
    let stack = l
        .vmas
        .iter()
        .find(|v| v.maps.name == "[stack]")
        .unwrap()
        .maps
        .clone();
    // Unmapping the worker's own stack kills it the moment the syscall returns.
    let e = h
        .syscall(
            p,
            &Syscall::Munmap {
                addr: stack.start,
                len: stack.len(),
            },
        )
        .unwrap_err();
    let Error::Broken(why) = e else {
        panic!("{e:?}")
    };
    assert!(why.contains("SIGSEGV"), "{why}");
    assert!(matches!(h.ping(p), Err(Error::Broken(_))));
}

#[test]
fn machine_wide_files_are_read() {
    let Some(mut h) = host("machine_wide_files_are_read") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let meminfo = h.read_proc(p, uapi::observe::ProcFile::Meminfo).unwrap();
    assert!(meminfo.starts_with("MemTotal:"), "{meminfo}");
    let status = h.read_proc(p, uapi::observe::ProcFile::Status).unwrap();
    let os = h.os_pid(p).unwrap();
    assert!(
        status.contains(&format!("\nPid:\t{os}\n")),
        "per-process files are the worker's own"
    );
    assert!(
        status.contains("THP_enabled:\t0"),
        "the worker disabled THP for itself"
    );
    use uapi::observe::ProcFile::*;
    for f in [
        Maps,
        Smaps,
        SmapsRollup,
        Status,
        Meminfo,
        Vmstat,
        Buddyinfo,
        Pagetypeinfo,
        Zoneinfo,
    ] {
        assert!(!h.read_proc(p, f).unwrap().is_empty(), "{f:?}");
    }
    let e = h.read_file(p, "/proc/no-such-file").unwrap_err();
    assert!(
        matches!(&e, Error::Unsupported(why) if why.contains("ENOENT")),
        "{e:?}"
    );
    h.ping(p).unwrap();
    let rollup = h.read_proc(p, SmapsRollup).unwrap();
    assert!(
        uapi::observe::parse_rollup(&rollup)
            .unwrap()
            .iter()
            .any(|(n, _)| n == "Rss")
    );
}

#[test]
fn round_trip_latency() {
    let Some(mut h) = host("round_trip_latency") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap_anon(&mut h, p, PAGE);
    let n = 5000;
    let t = std::time::Instant::now();
    for _ in 0..n {
        h.ping(p).unwrap();
    }
    let ping = t.elapsed() / n;
    let t = std::time::Instant::now();
    for _ in 0..n {
        h.pagemap(p, a, 1).unwrap();
    }
    let pm = t.elapsed() / n;
    let t = std::time::Instant::now();
    for _ in 0..200 {
        let q = h.spawn(None).unwrap();
        h.exit(q).unwrap();
    }
    let spawn = t.elapsed() / 200;
    let _ = writeln!(
        std::io::stderr(),
        "round trip: ping {ping:?}, pagemap(1) {pm:?}, spawn+exit {spawn:?}"
    );
    assert!(ping < std::time::Duration::from_millis(5));
}

#[test]
fn hugetlb_fault_without_pool_is_sigbus() {
    let Some(mut h) = host("hugetlb_fault_without_pool_is_sigbus") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | MAP_NORESERVE;
    let call = Syscall::Mmap {
        addr: 0,
        len: 2 << 20,
        prot: PROT_READ | PROT_WRITE,
        flags,
        fd: -1,
        off: 0,
    };
    let a = match h.syscall(p, &call) {
        Ok(a) => a,
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED hugetlb_fault_without_pool_is_sigbus: {call} = {e}"
            );
            return;
        }
    };
    let free = std::fs::read_to_string("/proc/meminfo").unwrap();
    if !free.contains("HugePages_Free:        0") {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED hugetlb_fault_without_pool_is_sigbus: huge pages are free"
        );
        return;
    }
    let e = h.touch(p, a + 5, 1, AccessKind::Write).unwrap_err();
    assert_eq!(
        e,
        Error::Signal(SigInfo::bus(uapi::signal::BUS_ADRERR, a + 5))
    );
    h.ping(p).unwrap();
}

#[test]
fn non_canonical_address_is_a_general_protection_fault() {
    let Some(mut h) = host("non_canonical_address_is_a_general_protection_fault") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    // x86 raises #GP, not a page fault, for a non-canonical address: Linux reports SIGSEGV
    // with si_code SI_KERNEL (0x80) and si_addr 0, not the address.
    let e = h.touch(p, 1 << 47, 1, AccessKind::Read).unwrap_err();
    assert_eq!(e, Error::Signal(SigInfo::segv(0x80, 0)));
    // A canonical kernel address is a page fault in the kernel half: SEGV_MAPERR at the address.
    let e = h.load(p, 0xffff_8000_0000_0000, 1).unwrap_err();
    assert_eq!(
        e,
        Error::Signal(SigInfo::segv(SEGV_MAPERR, 0xffff_8000_0000_0000))
    );
}

#[test]
fn large_replies_are_streamed() {
    let Some(mut h) = host("large_replies_are_streamed") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    // 3000 VMAs (alternating protections don't merge): smaps is several MiB, more than the
    // worker's 1 MiB buffer, so it arrives in several frames.
    let n = 3000;
    let a = mmap_anon(&mut h, p, n * PAGE);
    for i in (0..n).step_by(2) {
        let call = Syscall::Mprotect {
            addr: a + i * PAGE,
            len: PAGE,
            prot: PROT_READ,
        };
        h.syscall(p, &call).unwrap();
    }
    let text = h.read_proc(p, uapi::observe::ProcFile::Smaps).unwrap();
    assert!(text.len() > 2 << 20, "{} bytes", text.len());
    let smaps = parse_smaps(&text).unwrap();
    let ours = smaps
        .iter()
        .filter(|v| v.maps.start >= a && v.maps.end <= a + n * PAGE)
        .count();
    assert_eq!(ours as u64, n);
    // pagemap: 300000 entries (2.3 MiB) over a reserved, mostly untouched area.
    let big = 300_000;
    let call = Syscall::Mmap {
        addr: 0,
        len: big * PAGE,
        prot: PROT_READ | PROT_WRITE,
        flags: MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
        fd: -1,
        off: 0,
    };
    let b = h.syscall(p, &call).unwrap();
    h.touch(p, b + 123_456 * PAGE, 1, AccessKind::Write)
        .unwrap();
    let pm = h.pagemap(p, b, big).unwrap();
    assert_eq!(pm.len() as u64, big);
    let present: Vec<usize> = (0..pm.len())
        .filter(|&i| pm[i] & pagemap::PRESENT != 0)
        .collect();
    assert_eq!(present, [123_456]);
}

/// The model assumes a scenario's file stays wholly cached; the host may evict its unmapped
/// pages between steps (a DAMON pageout scheme, reclaim). The worker reads such a file
/// through again before the next step that can fault, so fault-around still finds every
/// page: here all four pages are mapped by one read fault although they were evicted after
/// the open.
#[test]
fn an_evicted_file_is_cached_again_before_the_next_fault() {
    let Some(mut h) = host("an_evicted_file_is_cached_again_before_the_next_fault") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("mmlab-evict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("four-pages.bin");
    std::fs::write(&path, vec![0x5au8; 4 * PAGE as usize]).unwrap();
    let meta = std::fs::metadata(&path).unwrap();
    let facts = uapi::FileFacts {
        path: path.to_string_lossy().into_owned(),
        dev_major: 0,
        dev_minor: 0,
        ino: std::os::unix::fs::MetadataExt::ino(&meta),
        size_bytes: meta.len(),
        contents: None,
    };
    let p = h.spawn(None).unwrap();
    let fd = h.open(p, &facts, O_RDONLY, None).unwrap();
    // Evict the file's clean, unmapped pages from here.
    let f = std::fs::File::open(&path).unwrap();
    // SAFETY: posix_fadvise on a descriptor this test owns; no memory is passed.
    let r = unsafe {
        libc::posix_fadvise(
            std::os::fd::AsRawFd::as_raw_fd(&f),
            0,
            0,
            libc::POSIX_FADV_DONTNEED,
        )
    };
    assert_eq!(r, 0);
    let a = h
        .syscall(
            p,
            &Syscall::Mmap {
                addr: 0,
                len: 4 * PAGE,
                prot: PROT_READ,
                flags: MAP_SHARED,
                fd,
                off: 0,
            },
        )
        .unwrap();
    // No readahead: a fault that misses the cache reads only its own page.
    h.syscall(
        p,
        &Syscall::Madvise {
            addr: a,
            len: 4 * PAGE,
            advice: MADV_RANDOM,
        },
    )
    .unwrap();
    h.touch(p, a, 1, AccessKind::Read).unwrap();
    let entries = h.pagemap(p, a, 4).unwrap();
    assert!(
        entries.iter().all(|&e| e & pagemap::PRESENT != 0),
        "fault-around should map every page of the file: {entries:x?}"
    );
    h.exit(p).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}
