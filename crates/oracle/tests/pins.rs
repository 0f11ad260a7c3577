//! Pins, references and forced access on the host: `Kernel::pin` and friends as
//! `oracle::Host` implements them (an io_uring fixed buffer for FOLL_PIN|FOLL_LONGTERM|
//! FOLL_WRITE, vmsplice for FOLL_GET, /proc/PID/mem for mem_read/mem_write), checked against
//! what Linux does with such pages: fork copies a pinned page at once, a referenced page
//! is copied on the parent's next write, a forced write leaves the mapping read-only. Each
//! test skips, saying why on stderr, when the host oracle can't run here.

use oracle::Host;
use std::io::Write as _;
use uapi::consts::*;
use uapi::observe::{ProcFile, kpf, pagemap, parse_maps};
use uapi::signal::SEGV_ACCERR;
use uapi::{Errno, Error, Kernel, PIN_MAX_BYTES, Pid, SigInfo, Signo, Syscall};

const PAGE: u64 = 4096;
const LONGTERM_WRITE_PIN: u64 = FOLL_PIN | FOLL_LONGTERM | FOLL_WRITE;

/// A host, or `None` after printing why the host oracle can't run here.
fn host(test: &str) -> Option<Host> {
    match Host::available() {
        Ok(()) => Some(Host::new().expect("Host::new after Host::available")),
        Err(why) => {
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test}: host oracle unavailable: {why}"
            );
            None
        }
    }
}

fn mmap(h: &mut Host, pid: Pid, len: u64, prot: u64) -> u64 {
    let call = Syscall::Mmap {
        addr: 0,
        len,
        prot,
        flags: MAP_PRIVATE | MAP_ANONYMOUS,
        fd: -1,
        off: 0,
    };
    h.syscall(pid, &call).expect("mmap")
}

fn munmap(h: &mut Host, pid: Pid, addr: u64, len: u64) {
    h.syscall(pid, &Syscall::Munmap { addr, len })
        .expect("munmap");
}

/// The byte `populated` fills page `i` with.
fn fill(i: u64) -> u8 {
    (i % 250) as u8 + 1
}

/// Anonymous read-write memory, every page written (page `i` full of `fill(i)`).
fn populated(h: &mut Host, pid: Pid, pages: u64) -> u64 {
    let a = mmap(h, pid, pages * PAGE, PROT_READ | PROT_WRITE);
    for i in 0..pages {
        h.store(pid, a + i * PAGE, &vec![fill(i); PAGE as usize])
            .unwrap();
    }
    a
}

/// PFNs of present pages (panics on an absent one).
fn pfns(h: &mut Host, pid: Pid, addr: u64, npages: u64) -> Vec<u64> {
    h.pagemap(pid, addr, npages)
        .unwrap()
        .into_iter()
        .map(|e| {
            assert!(e & pagemap::PRESENT != 0, "page not present: {e:#x}");
            e & pagemap::PFN_MASK
        })
        .collect()
}

fn anon_exclusive(h: &mut Host, pfn: u64) -> bool {
    h.kpageflags(&[pfn]).unwrap()[0] >> kpf::ANON_EXCLUSIVE & 1 == 1
}

/// The worker's open fds. The ping first lets the worker finish its previous request: some
/// replies (pagemap, /proc files) go out before the worker closes the file they read.
fn fd_count(h: &mut Host, pid: Pid) -> usize {
    h.ping(pid).unwrap();
    let os = h.os_pid(pid).expect("os pid");
    std::fs::read_dir(format!("/proc/{os}/fd")).unwrap().count()
}

fn thread_count(h: &mut Host, pid: Pid) -> usize {
    h.ping(pid).unwrap();
    let os = h.os_pid(pid).expect("os pid");
    std::fs::read_dir(format!("/proc/{os}/task"))
        .unwrap()
        .count()
}

#[test]
fn a_longterm_pin_sees_the_process_and_the_process_sees_the_device() {
    let Some(mut h) = host("a_longterm_pin_sees_the_process_and_the_process_sees_the_device")
    else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 2);
    // An unaligned range over both pages: offsets are from `addr`, not from the page.
    let base = a + 100;
    let pin = h.pin(p, base, 2 * PAGE - 200, LONGTERM_WRITE_PIN).unwrap();
    assert_eq!(pin, 1, "pins are numbered from 1");
    assert_eq!(h.pin_load(pin, 0, 3).unwrap(), vec![1, 1, 1]);
    h.store(p, base + 200, b"hello").unwrap();
    assert_eq!(h.pin_load(pin, 200, 5).unwrap(), b"hello");
    // The device writes across the page boundary.
    let off = PAGE - 100 - 3;
    h.pin_store(pin, off, b"device").unwrap();
    assert_eq!(h.load(p, base + off, 6).unwrap(), b"device");
    assert_eq!(h.load(p, a + PAGE - 3, 6).unwrap(), b"device");
    // A long read, whole range: more than one frame's worth is not needed for 8 KiB, but
    // the edges must be right.
    let all = h.pin_load(pin, 0, 2 * PAGE - 200).unwrap();
    assert_eq!(all.len() as u64, 2 * PAGE - 200);
    assert_eq!(&all[200..205], b"hello");
    assert_eq!(all[all.len() - 1], 2);
    assert_eq!(h.pin_load(pin, 0, 0).unwrap(), Vec::<u8>::new());
    assert!(matches!(
        h.pin_load(pin, 1, 2 * PAGE - 200),
        Err(Error::Broken(_))
    ));
    // Pinning write-faulted nothing new: the pages are where they were, still exclusive.
    for pfn in pfns(&mut h, p, a, 2) {
        assert!(anon_exclusive(&mut h, pfn));
    }
    h.unpin(pin).unwrap();
    assert!(matches!(h.pin_load(pin, 0, 1), Err(Error::Broken(_))));
    assert!(matches!(h.unpin(pin), Err(Error::Broken(_))));
    // The next pin gets the next number.
    assert_eq!(h.pin(p, a, 1, LONGTERM_WRITE_PIN).unwrap(), 2);
}

#[test]
fn a_pin_on_unpopulated_memory_faults_it_in_writable() {
    let Some(mut h) = host("a_pin_on_unpopulated_memory_faults_it_in_writable") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap(&mut h, p, 2 * PAGE, PROT_READ | PROT_WRITE);
    let pin = h.pin(p, a, 2 * PAGE, LONGTERM_WRITE_PIN).unwrap();
    let pf = pfns(&mut h, p, a, 2);
    assert_ne!(pf[0], pf[1], "two real pages, not the zero page");
    for pfn in pf {
        assert!(anon_exclusive(&mut h, pfn));
    }
    h.pin_store(pin, PAGE, b"x").unwrap();
    assert_eq!(h.load(p, a + PAGE, 2).unwrap(), b"x\0");
}

#[test]
fn fork_copies_a_pinned_page_and_shares_the_others() {
    let Some(mut h) = host("fork_copies_a_pinned_page_and_shares_the_others") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 3);
    let pin = h.pin(p, a + PAGE, PAGE, LONGTERM_WRITE_PIN).unwrap();
    let before = pfns(&mut h, p, a, 3);
    let c = h.fork(p).unwrap();
    let parent = pfns(&mut h, p, a, 3);
    let child = pfns(&mut h, c, a, 3);
    assert_eq!(parent, before, "fork moves none of the parent's pages");
    assert_eq!(child[0], parent[0], "unpinned pages are shared");
    assert_eq!(child[2], parent[2], "unpinned pages are shared");
    assert_ne!(
        child[1], parent[1],
        "the pinned page is copied for the child"
    );
    assert!(
        anon_exclusive(&mut h, parent[1]),
        "the pinned page stays PG_anon_exclusive"
    );
    assert!(!anon_exclusive(&mut h, parent[0]), "a shared page is not");
    assert!(
        anon_exclusive(&mut h, child[1]),
        "the child's copy is its own"
    );
    assert_eq!(h.load(c, a + PAGE, 4).unwrap(), vec![2; 4]);
    // The parent's pinned page stayed writable: a store needs no fault and the device sees
    // it; the child's copy does not change.
    h.store(p, a + PAGE, b"new").unwrap();
    assert_eq!(pfns(&mut h, p, a + PAGE, 1), vec![parent[1]]);
    assert_eq!(h.pin_load(pin, 0, 3).unwrap(), b"new");
    assert_eq!(h.load(c, a + PAGE, 3).unwrap(), vec![2; 3]);
    // The child holds no pin: its pages share with its own fork again, and it has none of
    // the parent's pin fds.
    let g = h.fork(c).unwrap();
    assert_eq!(pfns(&mut h, g, a, 3), pfns(&mut h, c, a, 3));
    // After unpin, fork shares the page again.
    h.unpin(pin).unwrap();
    let c2 = h.fork(p).unwrap();
    assert_eq!(pfns(&mut h, c2, a, 3), pfns(&mut h, p, a, 3));
}

#[test]
fn a_fork_child_inherits_no_pin_fds() {
    let Some(mut h) = host("a_fork_child_inherits_no_pin_fds") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let fresh = fd_count(&mut h, p);
    let a = populated(&mut h, p, 2);
    h.pin(p, a, PAGE, LONGTERM_WRITE_PIN).unwrap();
    h.pin(p, a + PAGE, PAGE, FOLL_GET).unwrap();
    assert_eq!(
        fd_count(&mut h, p),
        fresh + 3 + 4,
        "ring + device pipe, two pipes"
    );
    let c = h.fork(p).unwrap();
    assert_eq!(fd_count(&mut h, c), fresh);
    h.ping(p).unwrap();
    let fds: Vec<String> = std::fs::read_dir(format!("/proc/{}/fd", h.os_pid(p).unwrap()))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let parked = fds
        .iter()
        .filter(|n| n.parse::<u32>().unwrap() >= 512)
        .count();
    assert_eq!(parked, 7, "pin fds are parked high: {fds:?}");
}

#[test]
fn a_foll_get_reference_keeps_the_old_page_after_fork_and_write() {
    let Some(mut h) = host("a_foll_get_reference_keeps_the_old_page_after_fork_and_write") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 1);
    h.store(p, a, b"old").unwrap();
    let pin = h.pin(p, a, PAGE, FOLL_GET).unwrap();
    assert_eq!(h.pin_load(pin, 0, 3).unwrap(), b"old");
    // No fork yet: the page is exclusive and written in place; the reference sees it
    // (vmsplice referenced the page, it did not copy it).
    h.store(p, a, b"mid").unwrap();
    assert_eq!(h.pin_load(pin, 0, 3).unwrap(), b"mid");
    let [orig] = pfns(&mut h, p, a, 1)[..] else {
        unreachable!()
    };
    let c = h.fork(p).unwrap();
    assert_eq!(
        pfns(&mut h, c, a, 1),
        vec![orig],
        "a referenced page is shared"
    );
    h.store(p, a, b"new").unwrap();
    let [now] = pfns(&mut h, p, a, 1)[..] else {
        unreachable!()
    };
    assert_ne!(now, orig, "the parent's write copied the page");
    assert_eq!(h.pin_load(pin, 0, 3).unwrap(), b"mid");
    assert_eq!(
        h.pin_load(pin, 0, 3).unwrap(),
        b"mid",
        "pin_load consumes nothing"
    );
    assert_eq!(h.load(p, a, 3).unwrap(), b"new");
    assert_eq!(h.load(c, a, 3).unwrap(), b"mid");
    // An offset into the range, and the rest of the page.
    let tail = h.pin_load(pin, 3, PAGE - 3).unwrap();
    assert_eq!(tail.len() as u64, PAGE - 3);
    assert!(tail.iter().all(|&b| b == 1));
    match h.pin_store(pin, 0, b"x") {
        Err(Error::Unsupported(_)) => {}
        other => panic!("pin_store on a FOLL_GET reference: {other:?}"),
    }
}

#[test]
fn a_foll_get_reference_over_an_unaligned_range() {
    let Some(mut h) = host("a_foll_get_reference_over_an_unaligned_range") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 3);
    let pin = h.pin(p, a + PAGE - 10, PAGE + 20, FOLL_GET).unwrap();
    let all = h.pin_load(pin, 0, PAGE + 20).unwrap();
    assert_eq!(&all[..10], &[1; 10]);
    assert!(all[10..10 + PAGE as usize].iter().all(|&b| b == 2));
    assert_eq!(&all[10 + PAGE as usize..], &[3; 10]);
    assert_eq!(h.pin_load(pin, 8, 4).unwrap(), vec![1, 1, 2, 2]);
}

#[test]
fn mem_write_forces_into_a_read_only_mapping() {
    let Some(mut h) = host("mem_write_forces_into_a_read_only_mapping") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = mmap(&mut h, p, PAGE, PROT_READ);
    assert_eq!(h.mem_write(p, a + 10, b"forced").unwrap(), 6);
    assert_eq!(h.load(p, a + 10, 6).unwrap(), b"forced");
    assert_eq!(h.mem_read(p, a + 8, 10).unwrap(), b"\0\0forced\0\0");
    let maps = parse_maps(&h.read_proc(p, ProcFile::Maps).unwrap()).unwrap();
    let m = maps.iter().find(|m| m.start == a).expect("the mapping");
    assert_eq!(m.perms(), "r--p", "{m:?}");
    assert_eq!(
        h.store(p, a, b"x"),
        Err(Error::Signal(SigInfo {
            signo: Signo::Segv,
            code: SEGV_ACCERR,
            addr: a
        }))
    );
}

#[test]
fn mem_access_stops_at_a_hole() {
    let Some(mut h) = host("mem_access_stops_at_a_hole") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 3);
    munmap(&mut h, p, a + PAGE, PAGE);
    assert_eq!(h.mem_read(p, a + PAGE, 1), Err(Error::Errno(Errno::EIO)));
    assert_eq!(
        h.mem_write(p, a + PAGE, b"x"),
        Err(Error::Errno(Errno::EIO))
    );
    let got = h.mem_read(p, a + PAGE - 96, 200).unwrap();
    assert_eq!(got, vec![1; 96], "the mapped bytes only");
    assert_eq!(h.mem_write(p, a + PAGE - 4, b"abcdefgh").unwrap(), 4);
    assert_eq!(h.load(p, a + PAGE - 4, 4).unwrap(), b"abcd");
    // Longer than one frame: a read of 1 MiB + 2 pages that ends in the hole.
    let b = populated(&mut h, p, 258);
    munmap(&mut h, p, b + 257 * PAGE, PAGE);
    let got = h.mem_read(p, b, 258 * PAGE).unwrap();
    assert_eq!(got.len() as u64, 257 * PAGE);
    assert_eq!(got[256 * PAGE as usize], fill(256));
    let n = h.mem_write(p, b, &vec![9; 258 * PAGE as usize]).unwrap();
    assert_eq!(n, 257 * PAGE);
    assert_eq!(h.load(p, b + 256 * PAGE, 2).unwrap(), vec![9, 9]);
    assert_eq!(h.mem_read(p, b, 0).unwrap(), Vec::<u8>::new());
    assert_eq!(h.mem_write(p, b, &[]).unwrap(), 0);
}

#[test]
fn pin_errors() {
    let Some(mut h) = host("pin_errors") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 3);
    munmap(&mut h, p, a + PAGE, PAGE);
    for foll in [LONGTERM_WRITE_PIN, FOLL_GET] {
        // Nothing mapped at all, or a hole after the first page: EFAULT.
        assert_eq!(
            h.pin(p, a + PAGE, PAGE, foll),
            Err(Error::Errno(Errno::EFAULT))
        );
        assert_eq!(
            h.pin(p, a, 2 * PAGE, foll),
            Err(Error::Errno(Errno::EFAULT))
        );
        assert_eq!(
            h.pin(p, a + PAGE, 2 * PAGE, foll),
            Err(Error::Errno(Errno::EFAULT))
        );
        assert_eq!(h.pin(p, 0, PAGE, foll), Err(Error::Errno(Errno::EFAULT)));
    }
    let einval = Err(Error::Errno(Errno::EINVAL));
    assert_eq!(h.pin(p, a, PAGE, FOLL_PIN | FOLL_GET), einval);
    assert_eq!(h.pin(p, a, PAGE, FOLL_GET | FOLL_LONGTERM), einval);
    assert_eq!(h.pin(p, a, PAGE, FOLL_WRITE), einval);
    assert_eq!(h.pin(p, a, PAGE, FOLL_PIN | 1 << 2), einval);
    assert_eq!(h.pin(p, a, 0, FOLL_GET), einval);
    assert_eq!(h.pin(p, a, PIN_MAX_BYTES + 1, FOLL_GET), einval);
    // Bad arguments are EINVAL even for a process that does not exist.
    assert_eq!(h.pin(99, a, 0, FOLL_GET), einval);
    for foll in [
        FOLL_PIN,
        FOLL_PIN | FOLL_WRITE,
        FOLL_GET | FOLL_WRITE,
        FOLL_PIN | FOLL_LONGTERM,
    ] {
        assert!(
            matches!(h.pin(p, a, PAGE, foll), Err(Error::Unsupported(_))),
            "{foll:#x}"
        );
    }
    // A PROT_READ mapping: a FOLL_WRITE pin is refused, a FOLL_GET reference is not.
    let ro = mmap(&mut h, p, PAGE, PROT_READ);
    assert_eq!(
        h.pin(p, ro, PAGE, LONGTERM_WRITE_PIN),
        Err(Error::Errno(Errno::EFAULT))
    );
    let r = h.pin(p, ro, PAGE, FOLL_GET).unwrap();
    assert_eq!(h.pin_load(r, 0, 2).unwrap(), vec![0, 0]);
    // Failures consumed no pin numbers: this is the second pin granted.
    assert_eq!(h.pin(p, a, 1, FOLL_GET).unwrap(), r + 1);
    h.ping(p).unwrap();
}

#[test]
fn pins_leave_the_layout_alone() {
    let Some(mut h) = host("pins_leave_the_layout_alone") else {
        return;
    };
    // Two processes do the same thing, one with pins of both kinds held in between: their
    // maps, and the addresses later NULL-hint mmaps get, are the same.
    let p = h.spawn(None).unwrap();
    let q = h.spawn(None).unwrap();
    let mut addrs = Vec::new();
    for (pid, pin) in [(p, true), (q, false)] {
        let a = populated(&mut h, pid, 4);
        if pin {
            h.pin(pid, a, 2 * PAGE, LONGTERM_WRITE_PIN).unwrap();
            h.pin(pid, a + 2 * PAGE, 2 * PAGE, FOLL_GET).unwrap();
            h.pin(pid, a + PAGE, PAGE, LONGTERM_WRITE_PIN).unwrap();
        }
        let b = mmap(&mut h, pid, PAGE, PROT_READ | PROT_WRITE);
        let c = mmap(&mut h, pid, 3 * PAGE, PROT_READ);
        addrs.push((a, b, c));
    }
    assert_eq!(addrs[0], addrs[1]);
    let maps_p = h.read_proc(p, ProcFile::Maps).unwrap();
    let maps_q = h.read_proc(q, ProcFile::Maps).unwrap();
    assert_eq!(maps_p, maps_q);
}

#[test]
fn many_pins_and_unpins_leak_nothing() {
    let Some(mut h) = host("many_pins_and_unpins_leak_nothing") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 4);
    let fresh = fd_count(&mut h, p);
    // A slot keeps its io_uring instance once it has had one (one fd, no pins).
    let pin = h.pin(p, a, PAGE, LONGTERM_WRITE_PIN).unwrap();
    h.unpin(pin).unwrap();
    assert_eq!(fd_count(&mut h, p), fresh + 1);
    let cycles = |h: &mut Host| {
        for i in 0..200u64 {
            let page = a + (i % 4) * PAGE;
            if i % 2 == 0 {
                let pin = h.pin(p, page, PAGE, LONGTERM_WRITE_PIN).unwrap();
                assert_eq!(h.pin_load(pin, 0, 1).unwrap(), vec![fill(i % 4)]);
                h.pin_store(pin, 1, &[i as u8]).unwrap();
                h.unpin(pin).unwrap();
                assert_eq!(h.load(p, page + 1, 1).unwrap(), vec![i as u8]);
            } else {
                let pin = h.pin(p, page, PAGE, FOLL_GET).unwrap();
                assert_eq!(h.pin_load(pin, 0, 1).unwrap(), vec![fill(i % 4)]);
                h.unpin(pin).unwrap();
            }
        }
    };
    cycles(&mut h);
    assert_eq!(fd_count(&mut h, p), fresh + 1);
    // The table holds MAX_PINS at once; one more is refused as a limit of the host.
    let max = oracle::proto::MAX_PINS;
    let mut held = Vec::new();
    for i in 0..max as u64 {
        let pin = h
            .pin(p, a + (i % 4) * PAGE, PAGE, LONGTERM_WRITE_PIN)
            .unwrap();
        assert_eq!(h.pin_load(pin, 0, 1).unwrap(), vec![fill(i % 4)]);
        held.push(pin);
    }
    assert!(matches!(
        h.pin(p, a, PAGE, FOLL_GET),
        Err(Error::Unsupported(_))
    ));
    for pin in held {
        h.unpin(pin).unwrap();
    }
    assert_eq!(fd_count(&mut h, p), fresh + max, "one idle ring per slot");
    cycles(&mut h);
    assert_eq!(fd_count(&mut h, p), fresh + max);
    assert_eq!(thread_count(&mut h, p), 1);
    let before = pfns(&mut h, p, a, 4);
    let c = h.fork(p).unwrap();
    assert_eq!(pfns(&mut h, c, a, 4), before, "no pin is left on any page");
    assert_eq!(fd_count(&mut h, c), fresh, "nor a ring in the child");
}

#[test]
fn exit_releases_pins() {
    let Some(mut h) = host("exit_releases_pins") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 2);
    let c = h.fork(p).unwrap();
    let mine = h.pin(p, a, PAGE, LONGTERM_WRITE_PIN).unwrap();
    let theirs = h.pin(c, a, 2 * PAGE, LONGTERM_WRITE_PIN).unwrap();
    let get = h.pin(c, a, PAGE, FOLL_GET).unwrap();
    assert_eq!((mine, theirs, get), (1, 2, 3), "numbered across processes");
    h.exit(c).unwrap();
    assert!(matches!(h.unpin(theirs), Err(Error::Broken(_))));
    assert!(matches!(h.pin_load(get, 0, 1), Err(Error::Broken(_))));
    assert_eq!(h.pin_load(mine, 0, 1).unwrap(), vec![1]);
    assert_eq!(h.pin(p, a, 1, FOLL_GET).unwrap(), 4);
}

#[test]
fn the_device_does_not_spawn_threads() {
    let Some(mut h) = host("the_device_does_not_spawn_threads") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 300);
    let pin = h.pin(p, a, 300 * PAGE, LONGTERM_WRITE_PIN).unwrap();
    let data: Vec<u8> = (0..300 * PAGE).map(|i| (i % 251) as u8).collect();
    h.pin_store(pin, 0, &data).unwrap();
    assert_eq!(h.load(p, a, 300 * PAGE).unwrap(), data);
    assert_eq!(h.pin_load(pin, 0, 300 * PAGE).unwrap(), data);
    assert_eq!(thread_count(&mut h, p), 1, "io_uring ran everything inline");
}

#[test]
fn a_parent_and_its_child_pin_independently() {
    let Some(mut h) = host("a_parent_and_its_child_pin_independently") else {
        return;
    };
    let p = h.spawn(None).unwrap();
    let a = populated(&mut h, p, 2);
    let mine = h.pin(p, a, PAGE, LONGTERM_WRITE_PIN).unwrap();
    let c = h.fork(p).unwrap();
    // The child's first pin uses the same table slot, so the same ring memory address, as
    // the parent's: its ring must live on its own copy of that memory.
    let theirs = h.pin(c, a, 2 * PAGE, LONGTERM_WRITE_PIN).unwrap();
    for round in 0..20u8 {
        h.pin_store(mine, 7, &[round, b'p']).unwrap();
        h.pin_store(theirs, 7, &[round, b'c']).unwrap();
        assert_eq!(h.pin_load(mine, 7, 2).unwrap(), [round, b'p']);
        assert_eq!(h.pin_load(theirs, 7, 2).unwrap(), [round, b'c']);
    }
    assert_eq!(h.load(p, a + 7, 2).unwrap(), [19, b'p']);
    assert_eq!(h.load(c, a + 7, 2).unwrap(), [19, b'c']);
    h.unpin(theirs).unwrap();
    h.exit(c).unwrap();
    assert_eq!(h.pin_load(mine, 7, 2).unwrap(), [19, b'p']);
}
