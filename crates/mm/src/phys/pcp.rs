//! Per-CPU page lists (`mm/page_alloc.c` `struct per_cpu_pages`, `rmqueue_pcplist`,
//! `rmqueue_bulk`, `free_frozen_page_commit`, `free_pcppages_bulk`, `nr_pcp_alloc`,
//! `nr_pcp_high`, `nr_pcp_free`): small free pages (orders 0–3, and pageblock order for THP) are
//! handed out and taken back through lists private to each CPU, refilled from and spilled to the
//! zone's free lists in batches. `high` tunes itself between `high_min` and `high_max`: refills
//! grow it, a zone below its high watermark shrinks it. Pages on these lists are not counted as
//! free (NR_FREE_PAGES), as in Linux.

use super::buddy::FreeTo;
use super::gfp::{AllocFlags, Wmark};
use super::page::{NONE, Page, PageFlags};
use super::page_alloc::PageAlloc;
use super::pageblock::{MIGRATE_PCPTYPES, Migratetype, PAGEBLOCK_ORDER};
use super::zone::FreeList;

pub const PAGE_ALLOC_COSTLY_ORDER: u8 = 3;
const NR_LOWORDER_PCP_LISTS: usize = MIGRATE_PCPTYPES * (PAGE_ALLOC_COSTLY_ORDER as usize + 1);
/// Two more lists for THP-sized blocks: movable, and the rest.
pub const NR_PCP_LISTS: usize = NR_LOWORDER_PCP_LISTS + 2;
/// `CONFIG_PCP_BATCH_SCALE_MAX`.
const PCP_BATCH_SCALE_MAX: u32 = 5;

#[derive(Clone, Debug)]
pub struct Pcp {
    /// Pages on the lists (in base pages).
    pub count: u64,
    pub high: u64,
    pub high_min: u64,
    pub high_max: u64,
    pub batch: u64,
    /// Pages freed in a row (`free_count`), which scales the next spill.
    pub free_count: u64,
    /// Refills in a row scale the next one by 2^alloc_factor.
    pub alloc_factor: u32,
    /// `PCPF_PREV_FREE_HIGH_ORDER`.
    pub prev_free_high_order: bool,
    pub lists: [FreeList; NR_PCP_LISTS],
}

impl Default for Pcp {
    /// The boot pageset: batch 1, high 0.
    fn default() -> Pcp {
        Pcp {
            count: 0,
            high: 0,
            high_min: 0,
            high_max: 0,
            batch: 1,
            free_count: 0,
            alloc_factor: 0,
            prev_free_high_order: false,
            lists: [FreeList::default(); NR_PCP_LISTS],
        }
    }
}

/// `pcp_allowed_order`.
pub fn pcp_allowed_order(order: u8) -> bool {
    order <= PAGE_ALLOC_COSTLY_ORDER || order == PAGEBLOCK_ORDER
}

/// `order_to_pindex`.
pub fn order_to_pindex(mt: Migratetype, order: u8) -> usize {
    if order > PAGE_ALLOC_COSTLY_ORDER {
        return NR_LOWORDER_PCP_LISTS + usize::from(mt == Migratetype::Movable);
    }
    MIGRATE_PCPTYPES * order as usize + mt.idx()
}

/// `pindex_to_order`.
pub fn pindex_to_order(pindex: usize) -> u8 {
    if pindex >= NR_LOWORDER_PCP_LISTS {
        PAGEBLOCK_ORDER
    } else {
        (pindex / MIGRATE_PCPTYPES) as u8
    }
}

impl PageAlloc {
    fn pcp(&mut self, zi: usize) -> &mut Pcp {
        let cpu = self.cpu;
        &mut self.zones[zi].pcp[cpu]
    }

    fn pcp_push(&mut self, pages: &mut [Page], zi: usize, pindex: usize, pfn: u64, tail: bool) {
        let order = pindex_to_order(pindex);
        {
            let p = &mut pages[pfn as usize];
            p.flags = PageFlags::PCP;
            p.order = order;
            p.prev = NONE;
            p.next = NONE;
        }
        let list = &mut self.pcp(zi).lists[pindex];
        let p = pfn as u32;
        if list.head == NONE {
            list.head = p;
            list.tail = p;
        } else if tail {
            pages[list.tail as usize].next = p;
            pages[pfn as usize].prev = list.tail;
            list.tail = p;
        } else {
            pages[list.head as usize].prev = p;
            pages[pfn as usize].next = list.head;
            list.head = p;
        }
    }

    /// Takes the head or the tail of a pcp list.
    fn pcp_pop(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pindex: usize,
        end: ListEnd,
    ) -> Option<u64> {
        let list = &mut self.pcp(zi).lists[pindex];
        let pfn = match end {
            ListEnd::Head => list.head,
            ListEnd::Tail => list.tail,
        };
        if pfn == NONE {
            return None;
        }
        let (prev, next) = (pages[pfn as usize].prev, pages[pfn as usize].next);
        if prev == NONE {
            list.head = next;
        } else {
            pages[prev as usize].next = next;
        }
        if next == NONE {
            list.tail = prev;
        } else {
            pages[next as usize].prev = prev;
        }
        let p = &mut pages[pfn as usize];
        p.flags.remove(PageFlags::PCP);
        p.prev = NONE;
        p.next = NONE;
        Some(pfn as u64)
    }

    /// `nr_pcp_alloc`: how many pages a refill takes.
    fn nr_pcp_alloc(&mut self, zi: usize, order: u8) -> u64 {
        let below_high = self.zones[zi].below_high;
        let pcp = self.pcp(zi);
        let base = pcp.batch;
        pcp.high = kernel_clamp(pcp.high, pcp.high_min, pcp.high_max);
        let mut high = pcp.high;
        if high < base {
            return 1;
        }
        let mut batch = if order > 0 {
            base
        } else {
            base << pcp.alloc_factor
        };
        if pcp.high_min != pcp.high_max && !below_high {
            high = (high + batch).min(pcp.high_max);
            pcp.high = high;
        }
        if order == 0 {
            let max_nr_alloc = high.saturating_sub(pcp.count + base).max(base);
            if batch <= max_nr_alloc && pcp.alloc_factor < PCP_BATCH_SCALE_MAX {
                pcp.alloc_factor += 1;
            }
            batch = batch.min(max_nr_alloc);
        }
        if batch > 1 {
            batch = (batch >> order).max(2);
        }
        batch
    }

    /// `rmqueue_pcplist`: a page from this CPU's list, refilled in bulk when empty.
    pub(crate) fn rmqueue_pcplist(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        order: u8,
        mt: Migratetype,
        flags: AllocFlags,
    ) -> Option<u64> {
        let pindex = order_to_pindex(mt, order);
        self.pcp(zi).free_count >>= 1;
        if self.pcp(zi).lists[pindex].is_empty() {
            let batch = self.nr_pcp_alloc(zi, order);
            // rmqueue_bulk: the pages join the tail, in the order the buddy gives them.
            let mut mode = super::fallback::RmqueueMode::Normal;
            let mut got = 0;
            for _ in 0..batch {
                let Some(pfn) = self.rmqueue(pages, zi, order, mt, flags, &mut mode) else {
                    break;
                };
                self.pcp_push(pages, zi, pindex, pfn, true);
                got += 1;
            }
            self.pcp(zi).count += got << order;
        }
        let pfn = self.pcp_pop(pages, zi, pindex, ListEnd::Head)?;
        self.pcp(zi).count -= 1 << order;
        Some(pfn)
    }

    /// `nr_pcp_high`: the current high mark, after auto-tuning it.
    fn nr_pcp_high(&mut self, zi: usize, free_high: bool) -> u64 {
        let below_high = self.zones[zi].below_high;
        let pcp = self.pcp(zi);
        let batch = pcp.batch;
        pcp.high = kernel_clamp(pcp.high, pcp.high_min, pcp.high_max);
        let mut high = pcp.high;
        if high == 0 {
            return 0;
        }
        if free_high {
            pcp.high = high
                .saturating_sub(batch << PCP_BATCH_SCALE_MAX)
                .max(pcp.high_min);
            return 0;
        }
        if pcp.high_min == pcp.high_max {
            return high;
        }
        if below_high {
            let free_count = pcp.free_count.max(batch);
            pcp.high = high.saturating_sub(free_count).max(pcp.high_min);
            high = pcp.count.max(pcp.high_min);
        } else if pcp.count >= high {
            let need_high = pcp.free_count + batch;
            if pcp.high < need_high {
                pcp.high = kernel_clamp(need_high, pcp.high_min, pcp.high_max);
            }
        }
        high
    }

    /// `nr_pcp_free`: how many pages a spill returns.
    fn nr_pcp_free(&self, zi: usize, high: u64, free_high: bool) -> u64 {
        let pcp = &self.zones[zi].pcp[self.cpu];
        let batch = pcp.batch;
        if free_high {
            return pcp.count.min(batch << PCP_BATCH_SCALE_MAX);
        }
        if high < batch {
            return 1;
        }
        // clamp_t(free_count, batch, high - batch), where the upper bound wins.
        pcp.free_count.max(batch).min(high - batch)
    }

    /// `free_frozen_page_commit`: a freed page joins this CPU's list; past `high`, a batch
    /// spills back to the buddy lists.
    pub(crate) fn free_to_pcp(&mut self, pages: &mut [Page], zi: usize, pfn: u64, order: u8) {
        let mut mt = self.blocks.get(pfn);
        if mt.idx() >= MIGRATE_PCPTYPES {
            // HIGHATOMIC pages are freed as movable, so the reserve can shrink back.
            mt = Migratetype::Movable;
        }
        self.stats.pgfree += 1 << order;
        let pindex = order_to_pindex(mt, order);
        self.pcp(zi).alloc_factor >>= 1;
        self.pcp_push(pages, zi, pindex, pfn, false);
        let pcp = self.pcp(zi);
        pcp.count += 1 << order;
        let batch = pcp.batch;
        let mut free_high = false;
        if order > 0 && order <= PAGE_ALLOC_COSTLY_ORDER {
            // FREE_HIGH_BATCH is only set for zones that cannot reclaim: never here.
            free_high = pcp.free_count >= batch + pcp.high_min / 2 && pcp.prev_free_high_order;
            pcp.prev_free_high_order = true;
        } else {
            pcp.prev_free_high_order = false;
        }
        if pcp.free_count < (batch << PCP_BATCH_SCALE_MAX) {
            pcp.free_count += 1 << order;
        }
        let high = self.nr_pcp_high(zi, free_high);
        if self.pcp(zi).count < high {
            return;
        }
        let n = self.nr_pcp_free(zi, high, free_high);
        self.free_pcppages_bulk(pages, zi, n, pindex);
        if self.zones[zi].below_high
            && self.zone_watermark_ok(
                zi,
                0,
                self.zones[zi].wmark_pages(Wmark::High),
                3,
                AllocFlags::empty(),
            )
        {
            self.zones[zi].below_high = false;
        }
    }

    /// `free_pcppages_bulk`: `count` pages from this CPU's lists back to the buddy, round
    /// robin from list `pindex`, oldest (tail) first.
    pub(crate) fn free_pcppages_bulk(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        count: u64,
        pindex: usize,
    ) {
        let mut count = count.min(self.pcp(zi).count) as i64;
        let mut pindex = (pindex + NR_PCP_LISTS - 1) % NR_PCP_LISTS;
        while count > 0 {
            loop {
                pindex = (pindex + 1) % NR_PCP_LISTS;
                if !self.pcp(zi).lists[pindex].is_empty() {
                    break;
                }
            }
            let order = pindex_to_order(pindex);
            while let Some(pfn) = self.pcp_pop(pages, zi, pindex, ListEnd::Tail) {
                count -= 1 << order;
                self.pcp(zi).count -= 1 << order;
                pages[pfn as usize].reset();
                let mt = self.blocks.get(pfn);
                self.free_one_page(pages, pfn, order, mt, FreeTo::Heuristic);
                if count <= 0 {
                    break;
                }
            }
        }
    }

    /// `drain_pages_zone` for every CPU: every pcp page back to the buddy lists.
    pub(crate) fn drain_zone(&mut self, pages: &mut [Page], zi: usize) {
        let saved = self.cpu;
        for cpu in 0..self.zones[zi].pcp.len() {
            self.cpu = cpu;
            let count = self.pcp(zi).count;
            if count > 0 {
                self.free_pcppages_bulk(pages, zi, count, 0);
            }
        }
        self.cpu = saved;
    }

    /// `drain_all_pages(NULL)`.
    pub fn drain_all_pages(&mut self, pages: &mut [Page]) {
        for zi in 0..self.zones.len() {
            self.drain_zone(pages, zi);
        }
    }
}

/// The kernel's `clamp(val, lo, hi)`, `min(max(val, lo), hi)`: on a zone so small that
/// `high_min` exceeds `high_max` it gives `hi` (Rust's `clamp` would panic).
fn kernel_clamp(val: u64, lo: u64, hi: u64) -> u64 {
    val.max(lo).min(hi)
}

/// Which end of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ListEnd {
    Head,
    Tail,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pindex_round_trips() {
        for order in 0..=PAGE_ALLOC_COSTLY_ORDER {
            for mt in Migratetype::PCPTYPES {
                assert_eq!(pindex_to_order(order_to_pindex(mt, order)), order);
            }
        }
        assert_eq!(order_to_pindex(Migratetype::Movable, 9), 13);
        assert_eq!(order_to_pindex(Migratetype::Unmovable, 9), 12);
        assert!(pcp_allowed_order(9) && !pcp_allowed_order(4));
    }
}
