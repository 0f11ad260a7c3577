//! The page allocator's invariants (the `VM_WARN`s of `__add_to_free_list` and friends, and the
//! counters `/proc/zoneinfo` prints), as code: every free list holds only free blocks of its
//! order, aligned, inside its zone, on the list of their pageblock's type; every per-CPU list
//! holds only pages of its order; every count matches what the lists hold.

use super::page::{NONE, Page, PageFlags};
use super::page_alloc::PageAlloc;
use super::pageblock::{Migratetype, PAGEBLOCK_NR_PAGES, PAGEBLOCK_ORDER};
use super::pcp::{NR_PCP_LISTS, pindex_to_order};
use super::zone::NR_ORDERS;

macro_rules! ensure {
    ($cond:expr, $($arg:tt)+) => {
        if !$cond {
            return Err(format!($($arg)+));
        }
    };
}

impl PageAlloc {
    /// Every allocator invariant; the first violation found.
    pub fn check(&self, pages: &[Page]) -> Result<(), String> {
        let mut on_lists = 0u64;
        for (zi, z) in self.zones.iter().enumerate() {
            let name = z.ztype.name();
            let (mut free, mut highatomic, mut blocks) = (0u64, 0u64, 0u64);
            for order in 0..NR_ORDERS as u8 {
                let mut in_area = 0;
                for mt in Migratetype::ALL {
                    for pfn in self.walk(pages, z.free_area[order as usize].list(mt).head)? {
                        let p = &pages[pfn as usize];
                        ensure!(
                            p.is_free() && p.order == order,
                            "{name}: pfn {pfn:#x} on the order-{order} {} list is not a free order-{order} block",
                            mt.name()
                        );
                        ensure!(
                            pfn & ((1 << order) - 1) == 0 && z.spans(pfn),
                            "{name}: pfn {pfn:#x} misaligned for order {order} or outside the zone"
                        );
                        ensure!(
                            self.blocks.get(pfn) == mt,
                            "{name}: pfn {pfn:#x} is on the {} list of a {} pageblock",
                            mt.name(),
                            self.blocks.get(pfn).name()
                        );
                        ensure!(
                            p.refcount == 0 && p.mapcount == 0,
                            "{name}: free pfn {pfn:#x} has refcount {} mapcount {}",
                            p.refcount,
                            p.mapcount
                        );
                        for tail in pfn + 1..pfn + (1 << order) {
                            ensure!(
                                pages[tail as usize].flags.is_empty(),
                                "{name}: pfn {tail:#x} inside free block {pfn:#x} has flags {:?}",
                                pages[tail as usize].flags
                            );
                        }
                        in_area += 1;
                        on_lists += 1;
                        if mt != Migratetype::Isolate {
                            free += 1 << order;
                            if order >= PAGEBLOCK_ORDER {
                                blocks += 1 << order;
                            }
                        }
                        if mt == Migratetype::HighAtomic {
                            highatomic += 1 << order;
                        }
                    }
                }
                ensure!(
                    in_area == z.free_area[order as usize].nr_free,
                    "{name}: order-{order} lists hold {in_area} blocks but nr_free is {}",
                    z.free_area[order as usize].nr_free
                );
            }
            ensure!(
                free == z.nr_free_pages,
                "{name}: free lists hold {free} pages but NR_FREE_PAGES is {}",
                z.nr_free_pages
            );
            ensure!(
                highatomic == z.nr_free_highatomic,
                "{name}: HighAtomic lists hold {highatomic} pages but nr_free_highatomic is {}",
                z.nr_free_highatomic
            );
            ensure!(
                blocks == z.nr_free_pages_blocks,
                "{name}: {blocks} free pages in pageblock-sized blocks but NR_FREE_PAGES_BLOCKS is {}",
                z.nr_free_pages_blocks
            );
            let reserved_blocks = (z.start_pfn..z.end_pfn())
                .step_by(PAGEBLOCK_NR_PAGES as usize)
                .filter(|&pfn| self.blocks.get(pfn) == Migratetype::HighAtomic)
                .count() as u64;
            ensure!(
                reserved_blocks * PAGEBLOCK_NR_PAGES == z.nr_reserved_highatomic,
                "{name}: {reserved_blocks} HighAtomic pageblocks but nr_reserved_highatomic is {}",
                z.nr_reserved_highatomic
            );
            for (cpu, pcp) in z.pcp.iter().enumerate() {
                let mut count = 0;
                for pindex in 0..NR_PCP_LISTS {
                    let order = pindex_to_order(pindex);
                    for pfn in self.walk(pages, pcp.lists[pindex].head)? {
                        let p = &pages[pfn as usize];
                        ensure!(
                            p.flags == PageFlags::PCP && p.order == order && p.refcount == 0,
                            "{name} cpu {cpu}: pfn {pfn:#x} on pcp list {pindex} is not a free order-{order} page"
                        );
                        ensure!(
                            pfn & ((1 << order) - 1) == 0 && self.zone_index(pfn) == zi,
                            "{name} cpu {cpu}: pfn {pfn:#x} misaligned or in another zone"
                        );
                        count += 1 << order;
                        on_lists += 1;
                    }
                }
                ensure!(
                    count == pcp.count,
                    "{name} cpu {cpu}: pcp lists hold {count} pages but count is {}",
                    pcp.count
                );
            }
            let _ = zi;
        }
        let flagged = pages
            .iter()
            .filter(|p| p.flags.intersects(PageFlags::BUDDY | PageFlags::PCP))
            .count() as u64;
        ensure!(
            flagged == on_lists,
            "{flagged} pages are marked free but the lists hold {on_lists}"
        );
        Ok(())
    }

    /// The PFNs of a list from its head, refusing cycles.
    fn walk(&self, pages: &[Page], head: u32) -> Result<Vec<u64>, String> {
        let mut out = Vec::new();
        let mut p = head;
        while p != NONE {
            ensure!(
                out.len() < pages.len(),
                "a free list starting at {head:#x} has a cycle"
            );
            out.push(p as u64);
            p = pages[p as usize].next;
        }
        Ok(out)
    }
}
