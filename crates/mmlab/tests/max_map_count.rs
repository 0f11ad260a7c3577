//! vm.max_map_count (65530) on the model and on the host: how many VMAs a process can have,
//! and which operations fail with ENOMEM at the limit. Too many steps for a scenario file, so
//! it drives both kernels directly.

use mm::{Config, Machine};
use uapi::consts::*;
use uapi::observe::{ProcFile, parse_maps};
use uapi::{Error, Kernel, Pid, Syscall};

fn mmap(k: &mut impl Kernel, p: Pid, prot: u64) -> Result<u64, Error> {
    k.syscall(
        p,
        &Syscall::Mmap {
            addr: 0,
            len: 4096,
            prot,
            flags: MAP_PRIVATE | MAP_ANONYMOUS,
            fd: -1,
            off: 0,
        },
    )
}

/// Fills the address space with single-page VMAs (alternating protections so none merge) until
/// mmap fails; returns the VMA count then, the failure, and what a split and a merge-only mmap do.
fn fill(
    k: &mut impl Kernel,
    layout: Option<&uapi::Layout>,
) -> (usize, Error, Result<u64, Error>, Result<u64, Error>) {
    let p = k.spawn(layout).unwrap();
    let mut last = 0;
    let mut i = 0u64;
    let err = loop {
        let prot = if i.is_multiple_of(2) {
            PROT_READ
        } else {
            PROT_READ | PROT_WRITE
        };
        match mmap(k, p, prot) {
            Ok(a) => last = a,
            Err(e) => break e,
        }
        i += 1;
    };
    let count = parse_maps(&k.read_proc(p, ProcFile::Maps).unwrap())
        .unwrap()
        .len();
    // munmap of the middle of a VMA needs a split: refused at the limit.
    let split = k.syscall(
        p,
        &Syscall::Mprotect {
            addr: last,
            len: 4096,
            prot: PROT_NONE,
        },
    );
    // A mapping that merges with its neighbour adds no VMA.
    let prot_of_last = if (i - 1).is_multiple_of(2) {
        PROT_READ
    } else {
        PROT_READ | PROT_WRITE
    };
    let merge = k.syscall(
        p,
        &Syscall::Mmap {
            addr: last - 4096,
            len: 4096,
            prot: prot_of_last,
            flags: MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE,
            fd: -1,
            off: 0,
        },
    );
    k.exit(p).unwrap();
    (count, err, split, merge)
}

#[test]
fn the_vma_limit_matches_the_host() {
    if let Err(why) = oracle::Host::available() {
        eprintln!("SKIPPED the_vma_limit_matches_the_host: the host oracle cannot run here: {why}");
        return;
    }
    let mut host = oracle::Host::new().unwrap();
    let (hc, he, hs, hm) = fill(&mut host, None);
    // The model starts from the same layout a host worker has.
    let layout = {
        let p = host.spawn(None).unwrap();
        let l = host.layout(p).unwrap();
        host.exit(p).unwrap();
        l
    };
    let mut model = Machine::new(Config::default()).unwrap();
    let (mc, me, ms, mmerge) = fill(&mut model, Some(&layout));
    assert_eq!(
        (mc, &me, &ms, &mmerge),
        (hc, &he, &hs, &hm),
        "model (left) vs host (right)"
    );
    assert_eq!(he, Error::Errno(uapi::Errno::ENOMEM));
    model.check_invariants().unwrap();
}
