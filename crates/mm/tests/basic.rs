//! End-to-end checks of the model through the `Kernel` trait, with the invariant checker after
//! every step.

use mm::{Config, Machine};
use uapi::consts::*;
use uapi::observe::{ProcFile, kpf, pagemap as pm, parse_maps};
use uapi::{AccessKind, Errno, Error, Kernel, Pid, Syscall};

fn machine() -> Machine {
    Machine::new(Config {
        check_every_step: true,
        ..Config::default()
    })
    .unwrap()
}

fn mmap(
    k: &mut Machine,
    pid: Pid,
    addr: u64,
    len: u64,
    prot: u64,
    flags: u64,
) -> Result<u64, Error> {
    k.syscall(
        pid,
        &Syscall::Mmap {
            addr,
            len,
            prot,
            flags,
            fd: -1,
            off: 0,
        },
    )
}

fn anon(k: &mut Machine, pid: Pid, len: u64) -> u64 {
    mmap(
        k,
        pid,
        0,
        len,
        PROT_READ | PROT_WRITE,
        MAP_PRIVATE | MAP_ANONYMOUS,
    )
    .unwrap()
}

fn pm1(k: &mut Machine, pid: Pid, addr: u64) -> u64 {
    k.pagemap(pid, addr, 1).unwrap()[0]
}

fn kflags(k: &mut Machine, pid: Pid, addr: u64) -> u64 {
    let e = pm1(k, pid, addr);
    k.kpageflags(&[e & pm::PFN_MASK]).unwrap()[0]
}

#[test]
fn first_mmap_lands_below_the_loader_topdown() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 8192);
    // The default layout's lowest mapping under mmap_base starts at 0x7ffff7fc0000.
    let maps = parse_maps(&k.read_proc(p, ProcFile::Maps).unwrap()).unwrap();
    let e = maps.iter().find(|e| e.start <= a && a < e.end).unwrap();
    assert!(e.write && !e.shared, "{e}");
    assert_eq!(a % 4096, 0);
    k.exit(p).unwrap();
    k.check_invariants().unwrap();
}

#[test]
fn read_fault_maps_zero_page_write_fault_maps_exclusive_page() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 8192);
    k.touch(p, a, 4096, AccessKind::Read).unwrap();
    let e = pm1(&mut k, p, a);
    assert_ne!(e & pm::PRESENT, 0);
    assert_eq!(e & (pm::MMAP_EXCLUSIVE | pm::FILE), 0);
    assert_ne!(kflags(&mut k, p, a) & (1 << kpf::ZERO_PAGE), 0);
    k.touch(p, a, 4096, AccessKind::Write).unwrap();
    let e = pm1(&mut k, p, a);
    assert_ne!(e & pm::MMAP_EXCLUSIVE, 0);
    let f = kflags(&mut k, p, a);
    assert_ne!(f & (1 << kpf::ANON), 0);
    assert_ne!(f & (1 << kpf::ANON_EXCLUSIVE), 0);
    assert_eq!(f & (1 << kpf::ZERO_PAGE), 0);
    k.exit(p).unwrap();
    k.check_invariants().unwrap();
}

#[test]
fn fork_shares_then_cow_copies_and_last_user_reuses() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 8192);
    k.store(p, a, b"hello").unwrap();
    k.store(p, a + 4096, b"world").unwrap();
    let c = k.fork(p).unwrap();
    let (pe, ce) = (pm1(&mut k, p, a), pm1(&mut k, c, a));
    assert_eq!(pe & pm::PFN_MASK, ce & pm::PFN_MASK, "shared after fork");
    assert_eq!(pe & pm::MMAP_EXCLUSIVE, 0);
    assert_eq!(kflags(&mut k, p, a) & (1 << kpf::ANON_EXCLUSIVE), 0);
    // The child writes: it gets a copy; the parent keeps the old page.
    k.store(c, a, b"HELLO").unwrap();
    assert_ne!(
        pm1(&mut k, c, a) & pm::PFN_MASK,
        pm1(&mut k, p, a) & pm::PFN_MASK
    );
    assert_eq!(k.load(p, a, 5).unwrap(), b"hello");
    assert_eq!(k.load(c, a, 5).unwrap(), b"HELLO");
    assert_ne!(kflags(&mut k, c, a) & (1 << kpf::ANON_EXCLUSIVE), 0);
    // Now the parent is the sole user of page 0: its write reuses it.
    let before = pm1(&mut k, p, a) & pm::PFN_MASK;
    k.store(p, a, b"x").unwrap();
    assert_eq!(
        pm1(&mut k, p, a) & pm::PFN_MASK,
        before,
        "sole reference: reused, not copied"
    );
    assert_ne!(kflags(&mut k, p, a) & (1 << kpf::ANON_EXCLUSIVE), 0);
    // Page 1 is still shared; child exits, then the parent's write reuses.
    k.exit(c).unwrap();
    let before = pm1(&mut k, p, a + 4096) & pm::PFN_MASK;
    assert_ne!(
        pm1(&mut k, p, a + 4096) & pm::MMAP_EXCLUSIVE,
        0,
        "mapcount 1 after the child's exit"
    );
    k.store(p, a + 4096, b"W").unwrap();
    assert_eq!(pm1(&mut k, p, a + 4096) & pm::PFN_MASK, before);
    assert_eq!(k.load(p, a + 4096, 5).unwrap(), b"World");
    k.exit(p).unwrap();
    k.check_invariants().unwrap();
}

#[test]
fn mprotect_splits_and_merges_back() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 3 * 4096);
    k.touch(p, a, 3 * 4096, AccessKind::Write).unwrap();
    let count = |k: &mut Machine| {
        parse_maps(&k.read_proc(p, ProcFile::Maps).unwrap())
            .unwrap()
            .len()
    };
    let n0 = count(&mut k);
    k.syscall(
        p,
        &Syscall::Mprotect {
            addr: a + 4096,
            len: 4096,
            prot: PROT_READ,
        },
    )
    .unwrap();
    assert_eq!(count(&mut k), n0 + 2);
    assert_eq!(
        k.touch(p, a + 4096, 1, AccessKind::Write),
        Err(Error::Signal(uapi::SigInfo::segv(
            uapi::signal::SEGV_ACCERR,
            a + 4096
        )))
    );
    k.syscall(
        p,
        &Syscall::Mprotect {
            addr: a + 4096,
            len: 4096,
            prot: PROT_READ | PROT_WRITE,
        },
    )
    .unwrap();
    assert_eq!(count(&mut k), n0);
    // The exclusive page became writable again without a fault.
    k.touch(p, a + 4096, 1, AccessKind::Write).unwrap();
    k.exit(p).unwrap();
    k.check_invariants().unwrap();
}

#[test]
fn errnos_and_signals() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    assert_eq!(
        mmap(&mut k, p, 0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS),
        Err(Error::Errno(Errno::EINVAL))
    );
    assert_eq!(
        mmap(&mut k, p, 0, 4096, PROT_READ, MAP_ANONYMOUS),
        Err(Error::Errno(Errno::EINVAL))
    );
    assert_eq!(
        k.syscall(p, &Syscall::Munmap { addr: 1, len: 4096 }),
        Err(Error::Errno(Errno::EINVAL))
    );
    let a = anon(&mut k, p, 4096);
    k.syscall(p, &Syscall::Munmap { addr: a, len: 4096 })
        .unwrap();
    assert_eq!(
        k.touch(p, a, 1, AccessKind::Read),
        Err(Error::Signal(uapi::SigInfo::segv(
            uapi::signal::SEGV_MAPERR,
            a
        )))
    );
    assert_eq!(
        k.syscall(
            p,
            &Syscall::Mprotect {
                addr: a,
                len: 4096,
                prot: PROT_READ
            }
        ),
        Err(Error::Errno(Errno::ENOMEM))
    );
    let b = mmap(
        &mut k,
        p,
        a,
        4096,
        PROT_READ,
        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
    )
    .unwrap();
    assert_eq!(b, a);
    assert_eq!(
        mmap(
            &mut k,
            p,
            a,
            4096,
            PROT_READ,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE
        ),
        Err(Error::Errno(Errno::EEXIST))
    );
    k.exit(p).unwrap();
    k.check_invariants().unwrap();
}

#[test]
fn shared_anonymous_memory_is_shared_across_fork() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = mmap(
        &mut k,
        p,
        0,
        8192,
        PROT_READ | PROT_WRITE,
        MAP_SHARED | MAP_ANONYMOUS,
    )
    .unwrap();
    k.store(p, a, b"abc").unwrap();
    let c = k.fork(p).unwrap();
    k.store(c, a + 1, b"X").unwrap();
    assert_eq!(k.load(p, a, 3).unwrap(), b"aXc");
    assert_ne!(pm1(&mut k, p, a) & pm::FILE, 0);
    let maps = k.read_proc(p, ProcFile::Maps).unwrap();
    assert!(maps.contains("/dev/zero (deleted)"), "{maps}");
    k.exit(p).unwrap();
    assert_eq!(k.load(c, a, 3).unwrap(), b"aXc");
    k.exit(c).unwrap();
    k.check_invariants().unwrap();
}

#[test]
fn pmd_multiple_lengths_are_2m_aligned() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 4 << 20);
    assert_eq!(a % (2 << 20), 0);
    k.exit(p).unwrap();
}
