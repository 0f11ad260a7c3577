//! The model's side of `mmlab bench` as divan benchmarks: fault paths, fork, munmap,
//! MADV_DONTNEED, mmap+munmap and mprotect split/merge, per page or per operation.
//! `cargo bench -p mm`. The host side (and the ratios) come from `mmlab bench`.

use divan::Bencher;
use divan::counter::ItemsCount;
use mm::{Backing, Config, Machine};
use uapi::bench::{Bench, TimedOp};
use uapi::consts::*;
use uapi::{AccessKind, Kernel, Pid, Syscall};

const SIZE: u64 = 16 << 20;
const PAGES: u64 = SIZE / 4096;

fn main() {
    divan::main();
}

/// Enough RAM for the mapping and a full copy of it, backed up front so a benchmark measures
/// the model and not the host faulting in simulated RAM.
fn config() -> Config {
    Config {
        ram_bytes: 4 * SIZE,
        backing: Backing::Prefaulted,
        ..Config::default()
    }
}

fn machine_with_mapping(populate: bool) -> (Machine, Pid, u64) {
    let mut k = Machine::new(config()).expect("machine");
    let p = k.spawn(None).expect("spawn");
    let flags = MAP_PRIVATE | MAP_ANONYMOUS | if populate { MAP_POPULATE } else { 0 };
    let a = k
        .syscall(
            p,
            &Syscall::Mmap {
                addr: 0,
                len: SIZE,
                prot: PROT_READ | PROT_WRITE,
                flags,
                fd: -1,
                off: 0,
            },
        )
        .expect("mmap");
    (k, p, a)
}

#[divan::bench(sample_count = 20)]
fn write_fault(b: Bencher) {
    b.counter(ItemsCount::new(PAGES))
        .with_inputs(|| machine_with_mapping(false))
        .bench_local_values(|(mut k, p, a)| {
            k.timed(
                p,
                &TimedOp::Touch {
                    addr: a,
                    len: SIZE,
                    kind: AccessKind::Write,
                },
            )
            .expect("touch");
            k
        });
}

#[divan::bench(sample_count = 20)]
fn read_fault(b: Bencher) {
    b.counter(ItemsCount::new(PAGES))
        .with_inputs(|| machine_with_mapping(false))
        .bench_local_values(|(mut k, p, a)| {
            k.timed(
                p,
                &TimedOp::Touch {
                    addr: a,
                    len: SIZE,
                    kind: AccessKind::Read,
                },
            )
            .expect("touch");
            k
        });
}

#[divan::bench(sample_count = 20)]
fn fork(b: Bencher) {
    b.with_inputs(|| machine_with_mapping(true))
        .bench_local_values(|(mut k, p, _)| {
            k.fork(p).expect("fork");
            k
        });
}

#[divan::bench(sample_count = 20)]
fn cow_fault(b: Bencher) {
    b.counter(ItemsCount::new(PAGES))
        .with_inputs(|| {
            let (mut k, p, a) = machine_with_mapping(true);
            let c = k.fork(p).expect("fork");
            (k, c, a)
        })
        .bench_local_values(|(mut k, c, a)| {
            k.touch(c, a, SIZE, AccessKind::Write).expect("touch");
            k
        });
}

#[divan::bench(sample_count = 20)]
fn munmap(b: Bencher) {
    b.counter(ItemsCount::new(PAGES))
        .with_inputs(|| machine_with_mapping(true))
        .bench_local_values(|(mut k, p, a)| {
            k.syscall(p, &Syscall::Munmap { addr: a, len: SIZE })
                .expect("munmap");
            k
        });
}

#[divan::bench(sample_count = 20)]
fn madv_dontneed(b: Bencher) {
    b.counter(ItemsCount::new(PAGES))
        .with_inputs(|| machine_with_mapping(true))
        .bench_local_values(|(mut k, p, a)| {
            k.syscall(
                p,
                &Syscall::Madvise {
                    addr: a,
                    len: SIZE,
                    advice: MADV_DONTNEED,
                },
            )
            .expect("madvise");
            k
        });
}

#[divan::bench]
fn mmap_munmap_4k(b: Bencher) {
    let (mut k, p, _) = machine_with_mapping(false);
    b.bench_local(|| {
        let a = k
            .syscall(
                p,
                &Syscall::Mmap {
                    addr: 0,
                    len: 4096,
                    prot: PROT_READ | PROT_WRITE,
                    flags: MAP_PRIVATE | MAP_ANONYMOUS,
                    fd: -1,
                    off: 0,
                },
            )
            .expect("mmap");
        k.syscall(p, &Syscall::Munmap { addr: a, len: 4096 })
            .expect("munmap");
    });
}

#[divan::bench]
fn mprotect_split_merge(b: Bencher) {
    let mut k = Machine::new(config()).expect("machine");
    let p = k.spawn(None).expect("spawn");
    let a = k
        .syscall(
            p,
            &Syscall::Mmap {
                addr: 0,
                len: 64 * 4096,
                prot: PROT_READ | PROT_WRITE,
                flags: MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE,
                fd: -1,
                off: 0,
            },
        )
        .expect("mmap");
    let mid = a + 32 * 4096;
    b.bench_local(|| {
        k.syscall(
            p,
            &Syscall::Mprotect {
                addr: mid,
                len: 4096,
                prot: PROT_READ,
            },
        )
        .expect("mprotect");
        k.syscall(
            p,
            &Syscall::Mprotect {
                addr: mid,
                len: 4096,
                prot: PROT_READ | PROT_WRITE,
            },
        )
        .expect("mprotect");
    });
}

/// Placement with about 65,000 VMAs present (just under vm.max_map_count): a NULL-hint mmap
/// of 4 KiB and its munmap.
#[divan::bench(sample_count = 20)]
fn mmap_munmap_4k_with_65000_vmas(b: Bencher) {
    let mut k = Machine::new(Config {
        max_map_count: 1 << 20,
        ..config()
    })
    .expect("machine");
    let p = k.spawn(None).expect("spawn");
    // Alternating protections keep neighbours from merging, so each mapping is its own VMA.
    for i in 0..65_000u64 {
        let prot = if i.is_multiple_of(2) {
            PROT_READ
        } else {
            PROT_READ | PROT_WRITE
        };
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
        .expect("mmap");
    }
    b.bench_local(|| {
        let a = k
            .syscall(
                p,
                &Syscall::Mmap {
                    addr: 0,
                    len: 4096,
                    prot: PROT_READ | PROT_WRITE,
                    flags: MAP_PRIVATE | MAP_ANONYMOUS,
                    fd: -1,
                    off: 0,
                },
            )
            .expect("mmap");
        k.syscall(p, &Syscall::Munmap { addr: a, len: 4096 })
            .expect("munmap");
    });
}

/// A NULL-hint mmap alone (placement, a new VMA, no merge) with about 65,000 VMAs present.
#[divan::bench(sample_count = 20, sample_size = 100)]
fn mmap_4k_with_65000_vmas(b: Bencher) {
    let mut k = Machine::new(Config {
        max_map_count: 1 << 20,
        ..config()
    })
    .expect("machine");
    let p = k.spawn(None).expect("spawn");
    for i in 0..65_000u64 {
        let prot = if i.is_multiple_of(2) {
            PROT_READ
        } else {
            PROT_READ | PROT_WRITE
        };
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
        .expect("mmap");
    }
    let mut i = 0u64;
    b.bench_local(|| {
        i += 1;
        let prot = if i.is_multiple_of(2) {
            PROT_READ
        } else {
            PROT_READ | PROT_WRITE
        };
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
        .expect("mmap")
    });
}
