//! Unit tests of the page allocator: merge and split, every fallback path of both policies,
//! the high-order atomic reserve, watermark checks and the per-CPU lists, each followed by the
//! allocator's invariant checker.

use super::fallback::{ExtfragKind, FallbackPolicy, RmqueueMode};
use super::gfp::{AllocFlags, Gfp, Wmark};
use super::page::{Page, PageFlags};
use super::page_alloc::{AllocConfig, PageAlloc};
use super::pageblock::{Migratetype as Mt, PAGEBLOCK_NR_PAGES};
use super::watermark::Force;
use super::zone::ZoneType;

const DMA32: usize = ZoneType::Dma32 as usize;

/// A machine of `mib` MiB with its first 256 frames reserved, as `Machine::new` builds it.
fn setup(mib: u64, cfg: AllocConfig) -> (PageAlloc, Vec<Page>) {
    let nr = mib << 8;
    let mut pages = vec![Page::default(); nr as usize];
    for p in pages.iter_mut().take(256) {
        p.flags = PageFlags::RESERVED;
        p.refcount = 1;
    }
    let pa = PageAlloc::new(&mut pages, 256, cfg);
    pa.check(&pages).unwrap();
    (pa, pages)
}

fn no_watermarks() -> AllocConfig {
    AllocConfig {
        min_free_kbytes: Some(0),
        watermark_scale_factor: 0,
        ..AllocConfig::default()
    }
}

/// Takes every free page of DMA32 as movable order-0 pages (straight from the buddy lists),
/// marking them on the LRU like user pages; returns them in PFN order.
fn take_all(pa: &mut PageAlloc, pages: &mut [Page]) -> Vec<u64> {
    let mut got = Vec::new();
    while let Some(pfn) = pa.rmqueue_smallest(pages, DMA32, 0, Mt::Movable) {
        pages[pfn as usize].refcount = 1;
        pages[pfn as usize].flags = PageFlags::LRU;
        got.push(pfn);
    }
    got.sort();
    got
}

fn give_back(pa: &mut PageAlloc, pages: &mut [Page], pfns: impl IntoIterator<Item = u64>) {
    for pfn in pfns {
        pages[pfn as usize].reset();
        let mt = pa.blocks.get(pfn);
        pa.free_one_page(pages, pfn, 0, mt, super::buddy::FreeTo::Heuristic);
    }
}

fn rmqueue(pa: &mut PageAlloc, pages: &mut [Page], order: u8, mt: Mt) -> Option<u64> {
    let mut mode = RmqueueMode::Normal;
    pa.rmqueue(pages, DMA32, order, mt, AllocFlags::empty(), &mut mode)
}

fn blocks_of(pa: &PageAlloc, mt: Mt) -> usize {
    let z = &pa.zones[DMA32];
    (z.start_pfn..z.end_pfn())
        .step_by(PAGEBLOCK_NR_PAGES as usize)
        .filter(|&p| pa.blocks.get(p) == mt)
        .count()
}

#[test]
fn split_and_merge_back() {
    let (mut pa, mut pages) = setup(64, no_watermarks());
    let before = pa.zones[DMA32].free_area.map(|a| a.nr_free);
    let a = pa
        .rmqueue_smallest(&mut pages, DMA32, 0, Mt::Movable)
        .unwrap();
    // One order-10 block split into one free block of each order 0..9 (on the Movable lists).
    for o in 0..10 {
        assert_eq!(pa.list(&pages, DMA32, o, Mt::Movable).len(), 1, "order {o}");
    }
    let b = pa
        .rmqueue_smallest(&mut pages, DMA32, 0, Mt::Movable)
        .unwrap();
    assert_eq!(b, a + 1, "the split-off buddy comes next");
    give_back(&mut pa, &mut pages, [a, b]);
    assert_eq!(pa.zones[DMA32].free_area.map(|a| a.nr_free), before);
    pa.check(&pages).unwrap();
}

#[test]
fn freed_block_goes_to_the_tail_when_its_parent_may_merge() {
    let (mut pa, mut pages) = setup(64, no_watermarks());
    let all = take_all(&mut pa, &mut pages);
    let base = all[0];
    // 2 and 3 merge to an order-1 block whose parent's buddy (0..2) is in use: head.
    give_back(&mut pa, &mut pages, [base + 2, base + 3]);
    // 8: buddy 9 in use; parent 8..10's buddy 10..12 in use: head. Then 4: head.
    give_back(&mut pa, &mut pages, [base + 8, base + 4]);
    assert_eq!(
        pa.list(&pages, DMA32, 0, Mt::Movable),
        vec![base + 4, base + 8]
    );
    // 0: buddy 1 in use, but 0..2's buddy 2..4 is free at order 1: tail.
    give_back(&mut pa, &mut pages, [base]);
    assert_eq!(
        pa.list(&pages, DMA32, 0, Mt::Movable),
        vec![base + 4, base + 8, base]
    );
}

#[test]
fn unmovable_request_claims_a_free_pageblock() {
    let (mut pa, mut pages) = setup(64, no_watermarks());
    let p = rmqueue(&mut pa, &mut pages, 0, Mt::Unmovable).unwrap();
    // The largest movable buddy (order 10, two pageblocks) changes type whole.
    assert_eq!(blocks_of(&pa, Mt::Unmovable), 2);
    assert_eq!(pa.blocks.get(p), Mt::Unmovable);
    let ext = pa.stats.extfrag;
    assert_eq!(ext.get(ExtfragKind::Claim, Mt::Unmovable, Mt::Movable), 1);
    // The rest of the claimed block is now free on the Unmovable lists.
    for o in 0..10 {
        assert_eq!(pa.list(&pages, DMA32, o, Mt::Unmovable).len(), 1);
    }
    pa.check(&pages).unwrap();
}

#[test]
fn partly_free_block_is_claimed_when_half_is_free_or_alike() {
    let (mut pa, mut pages) = setup(64, no_watermarks());
    let all = take_all(&mut pa, &mut pages);
    let block = all[0] & !(PAGEBLOCK_NR_PAGES - 1);
    // 300 free pages in one movable block: claimable by an unmovable request.
    give_back(
        &mut pa,
        &mut pages,
        (block..block + 300).filter(|p| all.contains(p)),
    );
    let p = rmqueue(&mut pa, &mut pages, 0, Mt::Unmovable).unwrap();
    assert_eq!(pa.blocks.get(block), Mt::Unmovable);
    assert_eq!(pa.blocks.get(p), Mt::Unmovable);
    let ext = pa.stats.extfrag;
    assert_eq!(ext.get(ExtfragKind::Steal, Mt::Unmovable, Mt::Movable), 1);
    pa.check(&pages).unwrap();
}

#[test]
fn small_fallbacks_pollute_from_the_smallest_buddy() {
    let (mut pa, mut pages) = setup(64, no_watermarks());
    let all = take_all(&mut pa, &mut pages);
    let (a, b) = (all[512] & !511, all[2048] & !511);
    // Block A: a free order-6 buddy; block B: one free page. Neither can be claimed (their
    // other pages are on the LRU, so not alike for an unmovable request).
    give_back(&mut pa, &mut pages, a..a + 64);
    give_back(&mut pa, &mut pages, [b + 7]);
    let p = rmqueue(&mut pa, &mut pages, 0, Mt::Unmovable).unwrap();
    assert_eq!(p, b + 7, "the smallest fallback buddy, not the largest");
    assert_eq!(pa.blocks.get(a), Mt::Movable);
    assert_eq!(pa.blocks.get(b), Mt::Movable);
    assert_eq!(pa.list(&pages, DMA32, 6, Mt::Movable), vec![a]);
    let ext = pa.stats.extfrag;
    assert_eq!(ext.get(ExtfragKind::Pollute, Mt::Unmovable, Mt::Movable), 1);
    pa.check(&pages).unwrap();
}

#[test]
fn the_old_policy_takes_single_pages_from_the_biggest_buddy() {
    let cfg = AllocConfig {
        policy: FallbackPolicy::LargestBuddy,
        ..no_watermarks()
    };
    let (mut pa, mut pages) = setup(64, cfg);
    let all = take_all(&mut pa, &mut pages);
    let (a, b) = (all[512] & !511, all[2048] & !511);
    give_back(&mut pa, &mut pages, a..a + 64);
    give_back(&mut pa, &mut pages, [b + 7]);
    let p = rmqueue(&mut pa, &mut pages, 0, Mt::Unmovable).unwrap();
    assert_eq!(p, a, "the order-6 buddy is broken up for one page");
    assert!(pa.list(&pages, DMA32, 6, Mt::Movable).is_empty());
    assert_eq!(pa.list(&pages, DMA32, 0, Mt::Movable).len(), 2);
    let ext = pa.stats.extfrag;
    assert_eq!(ext.get(ExtfragKind::Pollute, Mt::Unmovable, Mt::Movable), 1);
    pa.check(&pages).unwrap();
}

#[test]
fn small_movable_requests_steal_without_claiming() {
    let (mut pa, mut pages) = setup(64, no_watermarks());
    let all = take_all(&mut pa, &mut pages);
    let blk = all[1024] & !511;
    pa.blocks.set(blk, Mt::Unmovable);
    for p in blk..blk + 512 {
        pages[p as usize].flags = PageFlags::empty();
    }
    // A free order-2 buddy in an unmovable block with nothing else free.
    give_back(&mut pa, &mut pages, blk + 4..blk + 8);
    let p = rmqueue(&mut pa, &mut pages, 0, Mt::Movable).unwrap();
    assert_eq!(p, blk + 4);
    assert_eq!(
        pa.blocks.get(blk),
        Mt::Unmovable,
        "the block keeps its type"
    );
    let ext = pa.stats.extfrag;
    assert_eq!(ext.get(ExtfragKind::Pollute, Mt::Movable, Mt::Unmovable), 1);
    // The rest of the buddy stays on the unmovable lists.
    assert_eq!(pa.list(&pages, DMA32, 0, Mt::Unmovable), vec![blk + 5]);
    assert_eq!(pa.list(&pages, DMA32, 1, Mt::Unmovable), vec![blk + 6]);
    pa.check(&pages).unwrap();
}

#[test]
fn nofragment_refuses_small_fallbacks() {
    let (mut pa, mut pages) = setup(64, no_watermarks());
    let all = take_all(&mut pa, &mut pages);
    let a = all[512] & !511;
    give_back(&mut pa, &mut pages, a..a + 64);
    let mut mode = RmqueueMode::Normal;
    let nofrag = AllocFlags::NOFRAGMENT;
    assert_eq!(
        pa.rmqueue(&mut pages, DMA32, 0, Mt::Unmovable, nofrag, &mut mode),
        None,
        "no pageblock-sized fallback and no stealing"
    );
    assert!(rmqueue(&mut pa, &mut pages, 0, Mt::Unmovable).is_some());
    pa.check(&pages).unwrap();
}

#[test]
fn highatomic_reserve_and_unreserve() {
    // 256 MiB: DMA32 has 61440 managed pages, so the reserve may hold two pageblocks (1%).
    let (mut pa, mut pages) = setup(256, no_watermarks());
    let zl = [DMA32];
    let flags = AllocFlags::from_gfp_slowpath(Gfp::ATOMIC, 1);
    assert!(flags.contains(AllocFlags::HIGHATOMIC));
    let mut reserved_blocks = Vec::new();
    for _ in 0..3 {
        // Each allocation is served from (and then reserves) a fresh pageblock.
        let p = pa
            .rmqueue_smallest(&mut pages, DMA32, 1, Mt::Movable)
            .unwrap();
        pages[p as usize].refcount = 1;
        pa.reserve_highatomic_pageblock(&mut pages, DMA32, p, 1);
        reserved_blocks.push(p & !511);
        // Use up the rest of that block so the next request takes another one.
        while let Some(q) = pa.rmqueue_smallest(&mut pages, DMA32, 0, Mt::HighAtomic) {
            pages[q as usize].refcount = 1;
        }
    }
    assert_eq!(
        pa.zones[DMA32].nr_reserved_highatomic,
        2 * PAGEBLOCK_NR_PAGES
    );
    assert_eq!(pa.blocks.get(reserved_blocks[0]), Mt::HighAtomic);
    assert_eq!(pa.blocks.get(reserved_blocks[1]), Mt::HighAtomic);
    assert_eq!(
        pa.blocks.get(reserved_blocks[2]),
        Mt::Movable,
        "over 1% of the zone"
    );
    pa.check(&pages).unwrap();
    // Free one page of each reserved block so the reserve lists are not empty.
    for &blk in &reserved_blocks[..2] {
        let q = (blk..blk + 512)
            .find(|&q| pages[q as usize].refcount == 1)
            .unwrap();
        pages[q as usize].reset();
        pa.free_one_page(
            &mut pages,
            q,
            0,
            Mt::HighAtomic,
            super::buddy::FreeTo::Heuristic,
        );
    }
    // Without force, one pageblock stays reserved.
    assert!(pa.unreserve_highatomic_pageblock(&mut pages, &zl, Mt::Unmovable, Force::No));
    assert_eq!(pa.zones[DMA32].nr_reserved_highatomic, PAGEBLOCK_NR_PAGES);
    assert!(!pa.unreserve_highatomic_pageblock(&mut pages, &zl, Mt::Unmovable, Force::No));
    assert!(pa.unreserve_highatomic_pageblock(&mut pages, &zl, Mt::Movable, Force::Yes));
    assert_eq!(pa.zones[DMA32].nr_reserved_highatomic, 0);
    assert!(!pa.unreserve_highatomic_pageblock(&mut pages, &zl, Mt::Movable, Force::Yes));
    assert_eq!(
        pa.zones[DMA32].nr_reserved_highatomic, 0,
        "never underflows"
    );
    pa.check(&pages).unwrap();
}

#[test]
fn watermarks_and_reserves() {
    let (pa, _pages) = setup(1024, AllocConfig::default());
    let dma = &pa.zones[0];
    let z = &pa.zones[DMA32];
    // min_free_kbytes as khugepaged sets it for two populated zones: 11264 pages.
    assert_eq!(pa.min_free_kbytes, 11264 * 4);
    assert_eq!(
        dma.watermark[Wmark::Min as usize],
        11264 * 3840 / (3840 + 258048)
    );
    assert_eq!(dma.lowmem_reserve[DMA32], 258048 / 256);
    let gap = z.watermark[Wmark::Low as usize] - z.watermark[Wmark::Min as usize];
    assert_eq!(gap, z.watermark[Wmark::Min as usize] / 4);
    let min = z.watermark[Wmark::Min as usize];
    let free = z.nr_free_pages;
    // Order 0 passes while free pages exceed the mark.
    assert!(pa.zone_watermark_ok(DMA32, 0, free - 1, DMA32, AllocFlags::empty()));
    assert!(!pa.zone_watermark_ok(DMA32, 0, free, DMA32, AllocFlags::empty()));
    // __GFP_HIGH may go to half the mark, GFP_ATOMIC a further quarter below.
    let mark = free + free / 3;
    assert!(!pa.zone_watermark_ok(DMA32, 0, mark, DMA32, AllocFlags::empty()));
    assert!(pa.zone_watermark_ok(DMA32, 0, mark, DMA32, AllocFlags::MIN_RESERVE));
    // A DMA allocation that could have used DMA32 must leave DMA's lowmem reserve.
    let dma_free = dma.nr_free_pages;
    assert!(pa.zone_watermark_ok(0, 0, 0, 0, AllocFlags::empty()));
    assert!(!pa.zone_watermark_ok(0, 0, dma_free - 1008, DMA32, AllocFlags::empty()));
    // A high-order request needs a free block of that order.
    assert!(pa.zone_watermark_ok(DMA32, 10, min, DMA32, AllocFlags::empty()));
}

#[test]
fn per_cpu_lists_refill_in_batches_and_spill_past_high() {
    let (mut pa, mut pages) = setup(1024, AllocConfig::default());
    let gfp = Gfp::HIGHUSER_MOVABLE;
    let first = pa.alloc(&mut pages, gfp, 0).unwrap();
    let pcp = &pa.zones[DMA32].pcp[0];
    assert_eq!(pcp.batch, 63);
    // The first refill: batch << alloc_factor, capped by high; one page handed out.
    assert!(pcp.count > 0);
    let refilled = pcp.count + 1;
    let second = pa.alloc(&mut pages, gfp, 0).unwrap();
    assert_eq!(second.0, first.0 + 1, "refills come in PFN order");
    let free_before = pa.nr_free_pages();
    let mut got = vec![first, second];
    for _ in 0..refilled * 4 {
        got.push(pa.alloc(&mut pages, gfp, 0).unwrap());
    }
    assert!(pa.nr_free_pages() < free_before);
    pa.check(&pages).unwrap();
    for p in got {
        pages[p.idx()].refcount = 0;
        pa.free(&mut pages, p, 0);
    }
    let pcp = &pa.zones[DMA32].pcp[0];
    assert!(pcp.count <= pcp.high_max, "freeing spills past high");
    pa.check(&pages).unwrap();
    pa.drain_all_pages(&mut pages);
    assert_eq!(pa.zones[DMA32].pcp[0].count, 0);
    assert_eq!(pa.nr_free_pages(), pa.nr_managed_pages());
    pa.check(&pages).unwrap();
}

#[test]
fn allocations_fail_below_the_min_watermark_and_open_the_reserve_first() {
    let (mut pa, mut pages) = setup(64, AllocConfig::default());
    let mut n = 0;
    while pa.alloc(&mut pages, Gfp::HIGHUSER_MOVABLE, 0).is_some() {
        n += 1;
    }
    let z = &pa.zones[DMA32];
    assert!(z.nr_free_pages <= z.watermark[Wmark::Min as usize] + 1);
    assert!(n > 12000, "most of DMA32 and DMA was handed out: {n}");
    assert_eq!(pa.stats.alloc_fail, 1);
    // GFP_ATOMIC digs deeper: below min for __GFP_HIGH and non-blocking callers.
    assert!(pa.alloc(&mut pages, Gfp::ATOMIC, 0).is_some());
    pa.check(&pages).unwrap();
}
