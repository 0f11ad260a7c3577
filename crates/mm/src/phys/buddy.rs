//! The buddy allocator's free lists (`mm/page_alloc.c`): per zone, per order 0..=10, per
//! migratetype. Freeing merges a block with its free buddy as far as it goes (across pageblocks
//! only when both types are mergeable, the merged block taking the freed one's type);
//! allocation takes the head of the smallest non-empty list of the wanted type and puts the
//! split-off halves back on that type's lists (`expand`). A freed block goes to the tail when
//! its would-be parent's buddy is free (`buddy_merge_likely`), else the head.

use super::Pfn;
use super::page::{NONE, Page, PageFlags};
use super::page_alloc::PageAlloc;
use super::pageblock::{Migratetype, PAGEBLOCK_NR_PAGES, PAGEBLOCK_ORDER, pageblock_start};
use super::zone::MAX_PAGE_ORDER;

/// Where a freed block goes on its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FreeTo {
    /// Linux's default heuristic (`buddy_merge_likely`).
    Heuristic,
    /// `FPI_TO_TAIL`: used when memory is first handed to the allocator.
    Tail,
}

impl PageAlloc {
    /// `account_freepages`.
    pub(crate) fn account_freepages(&mut self, zi: usize, nr: i64, mt: Migratetype) {
        if mt == Migratetype::Isolate {
            return;
        }
        let z = &mut self.zones[zi];
        z.nr_free_pages = z.nr_free_pages.wrapping_add_signed(nr);
        if mt == Migratetype::HighAtomic {
            z.nr_free_highatomic = z.nr_free_highatomic.wrapping_add_signed(nr);
        }
    }

    /// `__add_to_free_list`: the block becomes PageBuddy of `order` on `mt`'s list, which
    /// must be its pageblock's type.
    pub(crate) fn add_to_free_list(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pfn: u64,
        order: u8,
        mt: Migratetype,
        to_tail: bool,
    ) {
        debug_assert_eq!(self.blocks.get(pfn), mt, "pfn {pfn:#x} on the wrong list");
        self.link(pages, zi, pfn, order, mt, to_tail);
    }

    fn link(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pfn: u64,
        order: u8,
        mt: Migratetype,
        to_tail: bool,
    ) {
        let p = pfn as u32;
        {
            let page = &mut pages[pfn as usize];
            page.flags = PageFlags::BUDDY;
            page.order = order;
            page.prev = NONE;
            page.next = NONE;
        }
        let area = &mut self.zones[zi].free_area[order as usize];
        let list = &mut area.lists[mt.idx()];
        if list.head == NONE {
            list.head = p;
            list.tail = p;
        } else if to_tail {
            pages[list.tail as usize].next = p;
            pages[pfn as usize].prev = list.tail;
            list.tail = p;
        } else {
            pages[list.head as usize].prev = p;
            pages[pfn as usize].next = list.head;
            list.head = p;
        }
        area.nr_free += 1;
        if order >= PAGEBLOCK_ORDER && mt != Migratetype::Isolate {
            self.zones[zi].nr_free_pages_blocks += 1 << order;
        }
    }

    /// Unlinks a block from its list without touching its flags.
    fn unlink(&mut self, pages: &mut [Page], zi: usize, pfn: u64, order: u8, mt: Migratetype) {
        let (prev, next) = (pages[pfn as usize].prev, pages[pfn as usize].next);
        let area = &mut self.zones[zi].free_area[order as usize];
        let list = &mut area.lists[mt.idx()];
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
        area.nr_free -= 1;
        if order >= PAGEBLOCK_ORDER && mt != Migratetype::Isolate {
            self.zones[zi].nr_free_pages_blocks -= 1 << order;
        }
        pages[pfn as usize].prev = NONE;
        pages[pfn as usize].next = NONE;
    }

    /// `__del_page_from_free_list`: off the list, no longer PageBuddy.
    pub(crate) fn del_from_free_list(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pfn: u64,
        order: u8,
        mt: Migratetype,
    ) {
        self.unlink(pages, zi, pfn, order, mt);
        pages[pfn as usize].flags.remove(PageFlags::BUDDY);
    }

    /// `move_to_free_list`: to the tail of another type's list.
    pub(crate) fn move_to_free_list(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pfn: u64,
        order: u8,
        old: Migratetype,
        new: Migratetype,
    ) {
        debug_assert_eq!(self.blocks.get(pfn), old, "pfn {pfn:#x} on the wrong list");
        self.unlink(pages, zi, pfn, order, old);
        self.link(pages, zi, pfn, order, new, true);
        self.account_freepages(zi, -(1 << order), old);
        self.account_freepages(zi, 1 << order, new);
    }

    /// `get_page_from_free_area`: the head of a list.
    pub(crate) fn list_head(&self, zi: usize, order: u8, mt: Migratetype) -> Option<u64> {
        let h = self.zones[zi].free_area[order as usize].list(mt).head;
        (h != NONE).then_some(h as u64)
    }

    /// The buddy of the order-`order` block at `pfn`, if it is free at exactly that order in
    /// the same zone (`find_buddy_page_pfn`).
    fn find_buddy(&self, pages: &[Page], zi: usize, pfn: u64, order: u8) -> Option<u64> {
        let buddy = pfn ^ (1 << order);
        if !self.zones[zi].spans(buddy) {
            return None;
        }
        let b = &pages[buddy as usize];
        (b.is_free() && b.order == order).then_some(buddy)
    }

    /// `__free_one_page`: merge as far as possible and put the block on `mt`'s list.
    pub(crate) fn free_one_page(
        &mut self,
        pages: &mut [Page],
        pfn: u64,
        order: u8,
        mt: Migratetype,
        to: FreeTo,
    ) {
        let zi = self.zone_index(pfn);
        let (mut pfn, mut order) = (pfn, order);
        debug_assert_eq!(pfn & ((1 << order) - 1), 0);
        self.account_freepages(zi, 1 << order, mt);
        while order < MAX_PAGE_ORDER {
            let Some(buddy) = self.find_buddy(pages, zi, pfn, order) else {
                break;
            };
            let mut buddy_mt = mt;
            if order >= PAGEBLOCK_ORDER {
                buddy_mt = self.blocks.get(buddy);
                if mt != buddy_mt && (!mt.is_mergeable() || !buddy_mt.is_mergeable()) {
                    break;
                }
            }
            self.del_from_free_list(pages, zi, buddy, order, buddy_mt);
            if buddy_mt != mt {
                self.blocks.set(buddy, mt);
            }
            pages[buddy as usize].reset();
            let combined = buddy & pfn;
            if combined != pfn {
                pages[pfn as usize].reset();
            }
            pfn = combined;
            order += 1;
        }
        let to_tail = match to {
            FreeTo::Tail => true,
            FreeTo::Heuristic => self.buddy_merge_likely(pages, zi, pfn, order),
        };
        self.add_to_free_list(pages, zi, pfn, order, mt, to_tail);
    }

    /// Whether the block's parent could merge soon: then it goes to the tail so it is not
    /// handed out first.
    fn buddy_merge_likely(&self, pages: &[Page], zi: usize, pfn: u64, order: u8) -> bool {
        if order >= MAX_PAGE_ORDER - 1 {
            return false;
        }
        let buddy = pfn ^ (1 << order);
        self.find_buddy(pages, zi, buddy & pfn, order + 1).is_some()
    }

    /// `expand`: split the order-`high` block at `pfn` down to `low`, the upper halves going to
    /// the head of `mt`'s lists. Returns how many pages were put back.
    pub(crate) fn expand(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pfn: u64,
        low: u8,
        high: u8,
        mt: Migratetype,
    ) -> u64 {
        let mut added = 0;
        let mut h = high;
        while h > low {
            h -= 1;
            let half = pfn + (1 << h);
            self.add_to_free_list(pages, zi, half, h, mt, false);
            added += 1 << h;
        }
        added
    }

    /// `page_del_and_expand`.
    pub(crate) fn page_del_and_expand(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pfn: u64,
        low: u8,
        high: u8,
        mt: Migratetype,
    ) {
        self.del_from_free_list(pages, zi, pfn, high, mt);
        let added = self.expand(pages, zi, pfn, low, high, mt);
        self.account_freepages(zi, -((1i64 << high) - added as i64), mt);
    }

    /// `__rmqueue_smallest`: the smallest free block of `mt`, split down to `order`.
    pub(crate) fn rmqueue_smallest(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        order: u8,
        mt: Migratetype,
    ) -> Option<u64> {
        for current in order..=MAX_PAGE_ORDER {
            let Some(pfn) = self.list_head(zi, current, mt) else {
                continue;
            };
            self.page_del_and_expand(pages, zi, pfn, order, current, mt);
            return Some(pfn);
        }
        None
    }

    /// `prep_move_freepages_block`: the pageblock of `pfn`, if the zone holds all of it, with
    /// its free pages and its movable (on-LRU) pages counted.
    pub(crate) fn prep_move_freepages_block(
        &self,
        pages: &[Page],
        zi: usize,
        pfn: u64,
    ) -> Option<(u64, u64, u64)> {
        let start = pageblock_start(pfn);
        let end = start + PAGEBLOCK_NR_PAGES;
        let z = &self.zones[zi];
        if !z.spans(start) || !z.spans(end - 1) {
            return None;
        }
        let (mut free, mut movable) = (0, 0);
        let mut p = start;
        while p < end {
            let page = &pages[p as usize];
            if page.is_free() {
                free += 1 << page.order;
                p += 1 << page.order;
                continue;
            }
            if page.flags.contains(PageFlags::LRU) {
                movable += 1;
            }
            p += 1;
        }
        Some((start, free, movable))
    }

    /// `__move_freepages_block`: every free block of the pageblock at `start` to `new`'s
    /// lists. Returns the pages moved.
    pub(crate) fn move_freepages_block_at(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        start: u64,
        old: Migratetype,
        new: Migratetype,
    ) -> u64 {
        let end = start + PAGEBLOCK_NR_PAGES;
        let mut moved = 0;
        let mut p = start;
        while p < end {
            if !pages[p as usize].is_free() {
                p += 1;
                continue;
            }
            let order = pages[p as usize].order;
            self.move_to_free_list(pages, zi, p, order, old, new);
            p += 1 << order;
            moved += 1 << order;
        }
        moved
    }

    /// `move_freepages_block`: retype the pageblock of `pfn` with its free pages; `None` when
    /// the zone does not hold the whole block.
    pub(crate) fn move_freepages_block(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pfn: u64,
        old: Migratetype,
        new: Migratetype,
    ) -> Option<u64> {
        let (start, _, _) = self.prep_move_freepages_block(pages, zi, pfn)?;
        let moved = self.move_freepages_block_at(pages, zi, start, old, new);
        self.blocks.set(start, new);
        Some(moved)
    }

    /// The PFNs on one free list, head first (for checks and tests).
    pub fn list(&self, pages: &[Page], zi: usize, order: u8, mt: Migratetype) -> Vec<u64> {
        let mut out = Vec::new();
        let mut p = self.zones[zi].free_area[order as usize].list(mt).head;
        while p != NONE {
            out.push(p as u64);
            p = pages[p as usize].next;
        }
        out
    }

    /// A block of `order` at `pfn` handed out by the buddy allocator, as a fresh page.
    pub(crate) fn prep_new(pages: &mut [Page], pfn: u64) -> Pfn {
        pages[pfn as usize].reset();
        Pfn(pfn as u32)
    }
}
