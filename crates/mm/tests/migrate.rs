//! Page migration through the `Kernel` trait (`migrate`, model only), with the invariant
//! checker after every step: pages move to new frames with their contents, every mapping is
//! found through rmap, exclusivity survives through readable-exclusive migration entries, and
//! pinned or extra-referenced pages fail cleanly, mapped as before.

use mm::{Config, Machine};
use uapi::consts::*;
use uapi::observe::{ProcFile, kpf, pagemap as pm};
use uapi::{Kernel, Pid, Syscall};

fn machine() -> Machine {
    Machine::new(Config {
        check_every_step: true,
        ..Config::default()
    })
    .unwrap()
}

fn mmap(k: &mut Machine, pid: Pid, len: u64, flags: u64) -> u64 {
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
    .unwrap()
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

fn mprotect(k: &mut Machine, pid: Pid, addr: u64, len: u64, prot: u64) {
    k.syscall(pid, &Syscall::Mprotect { addr, len, prot })
        .unwrap();
}

#[test]
fn writable_exclusive_page_moves_and_stays_writable() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = mmap(&mut k, p, 8192, MAP_PRIVATE);
    k.store(p, a, &[0x31; 8192]).unwrap();
    let old = pfn(&mut k, p, a);
    assert_eq!(k.migrate(p, a, 8192), Ok(0));
    assert_ne!(pfn(&mut k, p, a), old);
    assert!(exclusive(&mut k, p, a));
    assert_eq!(vmstat(&mut k, p, "pgmigrate_success"), 2);
    let faults = vmstat(&mut k, p, "pgfault");
    k.store(p, a, &[0x32; 16]).unwrap();
    assert_eq!(
        vmstat(&mut k, p, "pgfault"),
        faults,
        "the new PTE is writable"
    );
    assert_eq!(k.load(p, a + 16, 8176).unwrap(), vec![0x31; 8176]);
    k.exit(p).unwrap();
}

/// A R/O PTE of an exclusive page becomes a readable-exclusive migration entry, so the new
/// page is exclusive too and a later write reuses it instead of copying.
#[test]
fn readonly_exclusive_page_keeps_exclusivity() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = mmap(&mut k, p, 4096, MAP_PRIVATE);
    k.store(p, a, &[0x41; 4096]).unwrap();
    mprotect(&mut k, p, a, 4096, PROT_READ);
    assert_eq!(k.migrate(p, a, 4096), Ok(0));
    assert!(exclusive(&mut k, p, a));
    mprotect(&mut k, p, a, 4096, PROT_READ | PROT_WRITE);
    let moved = pfn(&mut k, p, a);
    let copies = vmstat(&mut k, p, "mmlab_cow_copy");
    k.store(p, a, b"w").unwrap();
    assert_eq!(pfn(&mut k, p, a), moved);
    assert_eq!(vmstat(&mut k, p, "mmlab_cow_copy"), copies);
    k.exit(p).unwrap();
}

/// A page shared by fork moves for both processes (the rmap walk finds the child's mapping
/// through the anon_vma chain) and stays shared, not exclusive.
#[test]
fn shared_page_moves_for_every_mapping() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = mmap(&mut k, p, 4096, MAP_PRIVATE);
    k.store(p, a, &[0x51; 4096]).unwrap();
    let c = k.fork(p).unwrap();
    let old = pfn(&mut k, p, a);
    assert_eq!(k.migrate(c, a, 4096), Ok(0));
    let new = pfn(&mut k, p, a);
    assert_ne!(new, old);
    assert_eq!(pfn(&mut k, c, a), new);
    assert!(!exclusive(&mut k, p, a));
    k.store(c, a, b"c").unwrap();
    assert_ne!(pfn(&mut k, c, a), new, "the shared page is still COW");
    assert_eq!(k.load(p, a, 2).unwrap(), vec![0x51; 2]);
    k.exit(c).unwrap();
    k.exit(p).unwrap();
}

/// A pinned exclusive page cannot give up exclusivity: migration fails, nothing changes.
#[test]
fn pinned_page_does_not_migrate() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = mmap(&mut k, p, 8192, MAP_PRIVATE);
    k.store(p, a, &[0x61; 8192]).unwrap();
    let pin = k
        .pin(p, a, 4096, FOLL_PIN | FOLL_LONGTERM | FOLL_WRITE)
        .unwrap();
    let pinned = pfn(&mut k, p, a);
    let other = pfn(&mut k, p, a + 4096);
    assert_eq!(k.migrate(p, a, 8192), Ok(1));
    assert_eq!(pfn(&mut k, p, a), pinned);
    assert_ne!(pfn(&mut k, p, a + 4096), other);
    assert!(exclusive(&mut k, p, a));
    assert_eq!(vmstat(&mut k, p, "pgmigrate_fail"), 1);
    k.store(p, a, b"p").unwrap();
    assert_eq!(k.pin_load(pin, 0, 2).unwrap(), b"pa");
    k.unpin(pin).unwrap();
    assert_eq!(k.migrate(p, a, 4096), Ok(0));
    k.exit(p).unwrap();
}

/// A page with a plain reference beyond its mappings (vmsplice's FOLL_GET) cannot be moved
/// either: the reference holder would keep the old frame.
#[test]
fn referenced_page_does_not_migrate() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = mmap(&mut k, p, 4096, MAP_PRIVATE);
    k.store(p, a, &[0x71; 4096]).unwrap();
    let r = k.pin(p, a, 4096, FOLL_GET).unwrap();
    let before = pfn(&mut k, p, a);
    assert_eq!(k.migrate(p, a, 4096), Ok(1));
    assert_eq!(pfn(&mut k, p, a), before);
    assert!(
        exclusive(&mut k, p, a),
        "exclusivity restored from the entry"
    );
    k.unpin(r).unwrap();
    k.exit(p).unwrap();
}

/// Shared anonymous (shmem) pages move in the page cache and in every mapping.
#[test]
fn shmem_page_moves_in_cache_and_mappings() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let s = mmap(&mut k, p, 8192, MAP_SHARED);
    k.store(p, s, &[0x81; 8192]).unwrap();
    let c = k.fork(p).unwrap();
    k.load(c, s, 1).unwrap();
    let old = pfn(&mut k, p, s);
    assert_eq!(k.migrate(p, s, 8192), Ok(0));
    let new = pfn(&mut k, p, s);
    assert_ne!(new, old);
    assert_eq!(pfn(&mut k, c, s), new);
    k.store(c, s, b"c").unwrap();
    assert_eq!(k.load(p, s, 2).unwrap(), [b'c', 0x81]);
    k.syscall(p, &Syscall::Munmap { addr: s, len: 8192 })
        .unwrap();
    assert_eq!(k.load(c, s + 4096, 1).unwrap(), [0x81]);
    k.exit(c).unwrap();
    k.exit(p).unwrap();
    assert_eq!(k.nr_free_pages_with_pcp(), k.nr_managed_pages());
}

/// Holes, the zero page and guard markers have nothing to migrate.
#[test]
fn nothing_to_migrate() {
    let mut k = machine();
    let p = k.spawn(None).unwrap();
    let a = mmap(&mut k, p, 16384, MAP_PRIVATE);
    k.touch(p, a, 4096, uapi::AccessKind::Read).unwrap();
    k.syscall(
        p,
        &Syscall::Madvise {
            addr: a + 4096,
            len: 4096,
            advice: MADV_GUARD_INSTALL,
        },
    )
    .unwrap();
    assert_eq!(k.migrate(p, a, 16384), Ok(0));
    assert_eq!(vmstat(&mut k, p, "pgmigrate_success"), 0);
    k.exit(p).unwrap();
}
