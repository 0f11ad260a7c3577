//! The page allocator's order-0 speed: allocate+free pairs through the per-CPU lists, against
//! the `buddy_system_allocator` crate's `FrameAllocator` on the same sequences (one pair at a
//! time, and bursts of 64 allocations then 64 frees). `cargo bench -p mm --bench page_alloc`.

use buddy_system_allocator::FrameAllocator;
use divan::Bencher;
use divan::counter::ItemsCount;
use mm::phys::Pfn;
use mm::phys::gfp::Gfp;
use mm::phys::page::{Page, PageFlags};
use mm::phys::page_alloc::{AllocConfig, PageAlloc};

/// 1 GiB of frames, like the model's default machine.
const NR_PAGES: usize = 1 << 18;
const RESERVED: usize = 256;
const PAIRS: usize = 100_000;
const BURST: usize = 64;

fn main() {
    divan::main();
}

fn model() -> (PageAlloc, Vec<Page>) {
    let mut pages = vec![Page::default(); NR_PAGES];
    for p in pages.iter_mut().take(RESERVED) {
        p.flags = PageFlags::RESERVED;
        p.refcount = 1;
    }
    let pa = PageAlloc::new(&mut pages, RESERVED as u64, AllocConfig::default());
    (pa, pages)
}

fn crate_allocator() -> FrameAllocator<32> {
    let mut f = FrameAllocator::<32>::new();
    f.add_frame(RESERVED, NR_PAGES);
    f
}

#[divan::bench(sample_count = 20)]
fn model_pairs(b: Bencher) {
    b.counter(ItemsCount::new(PAIRS))
        .with_inputs(model)
        .bench_local_values(|(mut pa, mut pages)| {
            for _ in 0..PAIRS {
                let p = pa.alloc(&mut pages, Gfp::HIGHUSER_MOVABLE, 0).unwrap();
                pa.free(&mut pages, p, 0);
            }
            (pa, pages)
        });
}

#[divan::bench(sample_count = 20)]
fn crate_pairs(b: Bencher) {
    b.counter(ItemsCount::new(PAIRS))
        .with_inputs(crate_allocator)
        .bench_local_values(|mut f| {
            for _ in 0..PAIRS {
                let p = f.alloc(1).unwrap();
                f.dealloc(p, 1);
            }
            f
        });
}

#[divan::bench(sample_count = 20)]
fn model_bursts(b: Bencher) {
    b.counter(ItemsCount::new(PAIRS))
        .with_inputs(model)
        .bench_local_values(|(mut pa, mut pages)| {
            let mut held: Vec<Pfn> = Vec::with_capacity(BURST);
            for _ in 0..PAIRS / BURST {
                for _ in 0..BURST {
                    held.push(pa.alloc(&mut pages, Gfp::HIGHUSER_MOVABLE, 0).unwrap());
                }
                for p in held.drain(..) {
                    pa.free(&mut pages, p, 0);
                }
            }
            (pa, pages)
        });
}

#[divan::bench(sample_count = 20)]
fn crate_bursts(b: Bencher) {
    b.counter(ItemsCount::new(PAIRS))
        .with_inputs(crate_allocator)
        .bench_local_values(|mut f| {
            let mut held = Vec::with_capacity(BURST);
            for _ in 0..PAIRS / BURST {
                for _ in 0..BURST {
                    held.push(f.alloc(1).unwrap());
                }
                for p in held.drain(..) {
                    f.dealloc(p, 1);
                }
            }
            f
        });
}
