//! GUP pins, references and forced access through the `Kernel` trait, with the invariant
//! checker (refcounts, pin counts, "a pinned mapped anonymous page is exclusive") after every
//! step. The cases follow tools/testing/selftests/mm/cow.c, including the R/O pin cases the
//! host cannot run (CONFIG_GUP_TEST is off there).

use mm::{Config, Machine};
use uapi::consts::*;
use uapi::observe::{ProcFile, kpf, pagemap as pm};
use uapi::signal::SEGV_ACCERR;
use uapi::{Errno, Error, Kernel, Pid, SigInfo, Syscall};

const PIN_RW: u64 = FOLL_PIN | FOLL_LONGTERM | FOLL_WRITE;
const PIN_RO: u64 = FOLL_PIN | FOLL_LONGTERM;

fn machine() -> Machine {
    Machine::new(Config {
        check_every_step: true,
        ..Config::default()
    })
    .unwrap()
}

fn mmap(k: &mut Machine, pid: Pid, len: u64, prot: u64, flags: u64) -> u64 {
    k.syscall(
        pid,
        &Syscall::Mmap {
            addr: 0,
            len,
            prot,
            flags: flags | MAP_ANONYMOUS,
            fd: -1,
            off: 0,
        },
    )
    .unwrap()
}

fn anon(k: &mut Machine, pid: Pid, len: u64) -> u64 {
    mmap(k, pid, len, PROT_READ | PROT_WRITE, MAP_PRIVATE)
}

fn mprotect(k: &mut Machine, pid: Pid, addr: u64, len: u64, prot: u64) {
    k.syscall(pid, &Syscall::Mprotect { addr, len, prot })
        .unwrap();
}

fn pfn(k: &mut Machine, pid: Pid, addr: u64) -> u64 {
    let e = k.pagemap(pid, addr, 1).unwrap()[0];
    assert!(e & pm::PRESENT != 0, "{addr:#x} is not present");
    e & pm::PFN_MASK
}

fn exclusive(k: &mut Machine, pid: Pid, addr: u64) -> bool {
    let f = pfn(k, pid, addr);
    k.kpageflags(&[f]).unwrap()[0] & (1 << kpf::ANON_EXCLUSIVE) != 0
}

fn vmstat(k: &mut Machine, pid: Pid, name: &str) -> u64 {
    let s = k.read_proc(pid, ProcFile::Vmstat).unwrap();
    s.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap()
}

/// cow.c `iouring_fork`: a R/W long-term pin survives fork: the pinned page is copied for the
/// child, not shared, so the parent's later writes reach the pin and the child sees none.
#[test]
fn pinned_page_is_copied_at_fork() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 8192);
    k.store(p, a, &[0x11; 8192]).unwrap();
    let pin = k.pin(p, a, 4096, PIN_RW).unwrap();
    assert!(exclusive(&mut k, p, a));
    let c = k.fork(p).unwrap();
    assert_ne!(pfn(&mut k, p, a), pfn(&mut k, c, a), "pinned page shared");
    assert_eq!(
        pfn(&mut k, p, a + 4096),
        pfn(&mut k, c, a + 4096),
        "unpinned page copied"
    );
    assert!(exclusive(&mut k, p, a));
    assert!(!exclusive(&mut k, p, a + 4096));
    k.store(p, a, &[0xff; 4096]).unwrap();
    assert_eq!(k.pin_load(pin, 0, 4096).unwrap(), vec![0xff; 4096]);
    assert_eq!(k.load(c, a, 4096).unwrap(), vec![0x11; 4096]);
    k.unpin(pin).unwrap();
    k.exit(c).unwrap();
    k.exit(p).unwrap();
}

/// Fork copies only once the mm has pinned (MMF_HAS_PINNED) and the page may be pinned: a
/// page with plain FOLL_GET references is shared.
#[test]
fn referenced_page_is_shared_at_fork() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 4096);
    k.store(p, a, &[0x22; 4096]).unwrap();
    let r = k.pin(p, a, 4096, FOLL_GET).unwrap();
    let c = k.fork(p).unwrap();
    assert_eq!(pfn(&mut k, p, a), pfn(&mut k, c, a));
    k.unpin(r).unwrap();
    k.exit(c).unwrap();
    k.exit(p).unwrap();
}

/// cow.c `vmsplice_before_fork` (CVE-2020-29374): the parent's vmsplice reference, then fork;
/// the parent unmaps, the child writes: the child's write must copy (the page has a reference
/// beyond its one mapping), so the pipe keeps the old bytes.
#[test]
fn vmsplice_before_fork_does_not_leak_child_writes() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 4096);
    k.store(p, a, &[0x33; 4096]).unwrap();
    let r = k.pin(p, a, 4096, FOLL_GET).unwrap();
    let c = k.fork(p).unwrap();
    k.syscall(p, &Syscall::Munmap { addr: a, len: 4096 })
        .unwrap();
    k.store(c, a, &[0xff; 4096]).unwrap();
    assert_eq!(k.pin_load(r, 0, 4096).unwrap(), vec![0x33; 4096]);
    k.unpin(r).unwrap();
    k.exit(c).unwrap();
    k.exit(p).unwrap();
}

/// cow.c `vmsplice_in_child`: the child takes a reference on the shared page; the parent's
/// write copies, so the child's pipe does not see it.
#[test]
fn vmsplice_in_child_does_not_see_parent_writes() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 4096);
    k.store(p, a, &[0x44; 4096]).unwrap();
    let c = k.fork(p).unwrap();
    let r = k.pin(c, a, 4096, FOLL_GET).unwrap();
    k.store(p, a, &[0xff; 4096]).unwrap();
    assert_eq!(k.pin_load(r, 0, 4096).unwrap(), vec![0x44; 4096]);
    k.exit(c).unwrap();
    k.exit(p).unwrap();
}

/// cow.c `ro_pin_on_shared`: a R/O long-term pin of a page shared with a child unshares it
/// first (FAULT_FLAG_UNSHARE: a copy, mapped read-only), so later writes by the parent reuse
/// the now exclusive page and reach the pin.
#[test]
fn ro_pin_on_shared_page_unshares() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 4096);
    k.store(p, a, &[0x55; 4096]).unwrap();
    let c = k.fork(p).unwrap();
    let shared = pfn(&mut k, p, a);
    let pin = k.pin(p, a, 4096, PIN_RO).unwrap();
    let mine = pfn(&mut k, p, a);
    assert_ne!(mine, shared, "the pin must not land on the shared page");
    assert_eq!(pfn(&mut k, c, a), shared);
    assert!(exclusive(&mut k, p, a));
    k.store(p, a, &[0xff; 4096]).unwrap();
    assert_eq!(
        pfn(&mut k, p, a),
        mine,
        "the write reuses the exclusive page"
    );
    assert_eq!(k.pin_load(pin, 0, 4096).unwrap(), vec![0xff; 4096]);
    assert_eq!(k.load(c, a, 4096).unwrap(), vec![0x55; 4096]);
    k.unpin(pin).unwrap();
    k.exit(c).unwrap();
    k.exit(p).unwrap();
}

/// cow.c `ro_pin_on_ro_previously_shared`: the child is gone, the page is mapped R/O and no
/// longer exclusive; the unshare fault finds it solely referenced and reuses it in place.
#[test]
fn ro_pin_on_previously_shared_page_reuses_it() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 4096);
    k.store(p, a, &[0x66; 4096]).unwrap();
    let c = k.fork(p).unwrap();
    k.exit(c).unwrap();
    mprotect(&mut k, p, a, 4096, PROT_READ);
    let before = pfn(&mut k, p, a);
    assert!(!exclusive(&mut k, p, a));
    let pin = k.pin(p, a, 4096, PIN_RO).unwrap();
    assert_eq!(pfn(&mut k, p, a), before);
    assert!(exclusive(&mut k, p, a));
    mprotect(&mut k, p, a, 4096, PROT_READ | PROT_WRITE);
    k.store(p, a, &[0xff; 4096]).unwrap();
    assert_eq!(k.pin_load(pin, 0, 4096).unwrap(), vec![0xff; 4096]);
    k.exit(p).unwrap();
}

/// cow.c `ro_pin_on_ro_exclusive`: an exclusive page mapped R/O is pinned as it is.
#[test]
fn ro_pin_on_exclusive_page_keeps_it() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 4096);
    k.store(p, a, &[0x77; 4096]).unwrap();
    mprotect(&mut k, p, a, 4096, PROT_READ);
    let before = pfn(&mut k, p, a);
    let pin = k.pin(p, a, 4096, PIN_RO).unwrap();
    assert_eq!(pfn(&mut k, p, a), before);
    assert_eq!(k.pin_load(pin, 0, 4096).unwrap(), vec![0x77; 4096]);
    k.unpin(pin).unwrap();
    k.exit(p).unwrap();
}

/// The zero page: a short-term R/O pin takes it without counting; a long-term one in a
/// private mapping unshares it into a fresh exclusive page (cow.c's zeropage `ro_pin`).
#[test]
fn zero_page_pins() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 8192);
    k.touch(p, a, 8192, uapi::AccessKind::Read).unwrap();
    let zero = pfn(&mut k, p, a);
    let acquired = vmstat(&mut k, p, "nr_foll_pin_acquired");
    let short = k.pin(p, a, 4096, FOLL_PIN).unwrap();
    assert_eq!(pfn(&mut k, p, a), zero);
    assert_eq!(vmstat(&mut k, p, "nr_foll_pin_acquired"), acquired);
    let long = k.pin(p, a + 4096, 4096, PIN_RO).unwrap();
    assert_ne!(pfn(&mut k, p, a + 4096), zero);
    assert!(exclusive(&mut k, p, a + 4096));
    assert_eq!(vmstat(&mut k, p, "nr_foll_pin_acquired"), acquired + 1);
    assert_eq!(k.pin_load(long, 0, 4096).unwrap(), vec![0; 4096]);
    k.unpin(short).unwrap();
    k.unpin(long).unwrap();
    assert_eq!(vmstat(&mut k, p, "nr_foll_pin_released"), acquired + 1);
    k.exit(p).unwrap();
}

/// A pin keeps its page through munmap: the frame is freed only by the unpin.
#[test]
fn pinned_page_outlives_munmap() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 4096);
    k.store(p, a, &[0x88; 4096]).unwrap();
    let pin = k.pin(p, a, 4096, PIN_RW).unwrap();
    k.pin_store(pin, 0, &[0x99; 16]).unwrap();
    assert_eq!(k.load(p, a, 16).unwrap(), vec![0x99; 16]);
    let free_before = k.nr_free_pages_with_pcp();
    k.syscall(p, &Syscall::Munmap { addr: a, len: 4096 })
        .unwrap();
    assert_eq!(
        k.nr_free_pages_with_pcp(),
        free_before,
        "the pinned frame was freed"
    );
    assert_eq!(k.pin_load(pin, 0, 16).unwrap(), vec![0x99; 16]);
    k.unpin(pin).unwrap();
    assert!(k.nr_free_pages_with_pcp() > free_before);
    k.exit(p).unwrap();
}

/// The pinning process's exit drops its pins.
#[test]
fn exit_releases_pins() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 16384);
    k.pin(p, a, 16384, PIN_RW).unwrap();
    k.pin(p, a, 8192, FOLL_GET).unwrap();
    k.exit(p).unwrap();
    assert_eq!(k.nr_free_pages_with_pcp(), k.nr_managed_pages());
}

/// GUP's errors: a hole, a partial range, a forbidden access, a guard region, bad flags.
#[test]
fn pin_errors() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 12288);
    k.syscall(
        p,
        &Syscall::Munmap {
            addr: a + 8192,
            len: 4096,
        },
    )
    .unwrap();
    let free = k.nr_free_pages_with_pcp();
    assert_eq!(k.pin(p, a + 8192, 4096, PIN_RW), Err(Errno::EFAULT.into()));
    // The first two pages fault in, the third fails: nothing stays pinned.
    assert_eq!(k.pin(p, a, 12288, PIN_RW), Err(Errno::EFAULT.into()));
    assert!(
        k.nr_free_pages_with_pcp() < free,
        "the faulted pages stay mapped"
    );
    assert_eq!(k.pin(p, a, 0, PIN_RW), Err(Errno::EINVAL.into()));
    assert_eq!(
        k.pin(p, a, 4096, FOLL_GET | FOLL_PIN),
        Err(Errno::EINVAL.into())
    );
    assert_eq!(
        k.pin(p, a, 4096, FOLL_GET | FOLL_LONGTERM),
        Err(Errno::EINVAL.into())
    );
    mprotect(&mut k, p, a, 4096, PROT_READ);
    assert_eq!(k.pin(p, a, 4096, PIN_RW), Err(Errno::EFAULT.into()));
    k.syscall(
        p,
        &Syscall::Madvise {
            addr: a + 4096,
            len: 4096,
            advice: MADV_GUARD_INSTALL,
        },
    )
    .unwrap();
    assert_eq!(k.pin(p, a + 4096, 4096, PIN_RO), Err(Errno::EFAULT.into()));
    let none = mmap(&mut k, p, 4096, PROT_NONE, MAP_PRIVATE);
    assert_eq!(k.pin(p, none, 4096, FOLL_GET), Err(Errno::EFAULT.into()));
    k.exit(p).unwrap();
}

/// /proc/PID/mem writes are FOLL_FORCE: into a R/O private mapping they break COW without
/// making the PTE writable; a shared R/O mapping refuses them.
#[test]
fn forced_write_to_readonly_private_mapping() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = mmap(&mut k, p, 8192, PROT_READ, MAP_PRIVATE);
    assert_eq!(k.mem_write(p, a, b"forced"), Ok(6));
    assert_eq!(k.load(p, a, 6).unwrap(), b"forced");
    assert!(exclusive(&mut k, p, a));
    assert_eq!(
        k.store(p, a, b"x"),
        Err(Error::Signal(SigInfo::segv(SEGV_ACCERR, a)))
    );
    // The zero page mapped by a read is replaced by a copy.
    k.touch(p, a + 4096, 1, uapi::AccessKind::Read).unwrap();
    assert_eq!(k.mem_write(p, a + 4096, b"z"), Ok(1));
    assert_eq!(k.load(p, a + 4096, 2).unwrap(), b"z\0");
    // A COW-shared page is copied for the writer only.
    let c = k.fork(p).unwrap();
    assert_eq!(k.mem_write(c, a, b"child"), Ok(5));
    assert_eq!(k.load(p, a, 6).unwrap(), b"forced");
    assert_eq!(k.load(c, a, 6).unwrap(), b"childd");
    k.exit(c).unwrap();
    let s = mmap(&mut k, p, 4096, PROT_READ, MAP_SHARED);
    assert_eq!(k.mem_write(p, s, b"x"), Err(Errno::EIO.into()));
    assert_eq!(k.mem_read(p, s, 2), Ok(vec![0, 0]));
    k.exit(p).unwrap();
}

/// Forced reads reach PROT_NONE memory; short transfers stop at the first unreachable page.
#[test]
fn forced_access_limits() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 8192);
    k.store(p, a, &[0x5a; 8192]).unwrap();
    k.syscall(
        p,
        &Syscall::Munmap {
            addr: a + 4096,
            len: 4096,
        },
    )
    .unwrap();
    assert_eq!(k.mem_read(p, a + 4000, 200), Ok(vec![0x5a; 96]));
    assert_eq!(k.mem_write(p, a + 4090, &[1; 10]), Ok(6));
    assert_eq!(k.mem_read(p, a + 4096, 1), Err(Errno::EIO.into()));
    let n = mmap(&mut k, p, 4096, PROT_NONE, MAP_PRIVATE);
    assert_eq!(k.mem_read(p, n, 4), Ok(vec![0; 4]));
    assert_eq!(k.mem_write(p, n, b"hi"), Ok(2));
    assert_eq!(k.mem_read(p, n, 2), Ok(b"hi".to_vec()));
    k.exit(p).unwrap();
}

/// Reclaim's unmap respects pins: a pinned lazily-freeable page keeps its mapping (the extra
/// references fail try_to_unmap's MADV_FREE check) and is not freed; a pinned shmem page is
/// unmapped but stays in the page cache (reclaim keeps a maybe-pinned folio).
#[test]
fn pinned_pages_survive_pageout() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = anon(&mut k, p, 4096);
    k.store(p, a, &[0x12; 4096]).unwrap();
    let pin = k.pin(p, a, 4096, PIN_RW).unwrap();
    let before = pfn(&mut k, p, a);
    let madv = |addr, advice| Syscall::Madvise {
        addr,
        len: 4096,
        advice,
    };
    k.syscall(p, &madv(a, MADV_FREE)).unwrap();
    k.syscall(p, &madv(a, MADV_PAGEOUT)).unwrap();
    assert_eq!(pfn(&mut k, p, a), before, "the pinned page was reclaimed");
    assert_eq!(vmstat(&mut k, p, "pglazyfreed"), 0);
    k.unpin(pin).unwrap();
    k.syscall(p, &madv(a, MADV_FREE)).unwrap();
    k.syscall(p, &madv(a, MADV_PAGEOUT)).unwrap();
    assert_eq!(vmstat(&mut k, p, "pglazyfreed"), 1);
    assert_eq!(k.pagemap(p, a, 1).unwrap()[0] & pm::PRESENT, 0);

    let s = mmap(&mut k, p, 4096, PROT_READ | PROT_WRITE, MAP_SHARED);
    k.load(p, s, 1).unwrap();
    let spin = k.pin(p, s, 4096, PIN_RW).unwrap();
    let cached = pfn(&mut k, p, s);
    k.syscall(p, &madv(s, MADV_PAGEOUT)).unwrap();
    assert_eq!(k.pagemap(p, s, 1).unwrap()[0] & pm::PRESENT, 0, "unmapped");
    k.pin_store(spin, 0, b"dma").unwrap();
    assert_eq!(
        k.load(p, s, 3).unwrap(),
        b"dma",
        "the pinned page stayed cached"
    );
    assert_eq!(pfn(&mut k, p, s), cached);
    k.unpin(spin).unwrap();
    k.exit(p).unwrap();
}
