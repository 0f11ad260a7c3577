//! The buddy allocator (`mm/page_alloc.c`): free lists per order 0..=MAX_PAGE_ORDER, merging a
//! freed block with its free buddy as far as it goes, splitting larger blocks on allocation
//! (`expand`) with the upper halves going back on the lists. Placement follows Linux:
//! allocation takes from the head of the smallest non-empty list; a freed block goes to the
//! tail when its would-be merged parent's buddy is free (`buddy_merge_likely`), else the head.
//! Zones and migratetypes arrive with the page-allocator issue; this is one zone, one type.

use super::Pfn;
use super::page::{NONE, Page, PageFlags};

pub const MAX_PAGE_ORDER: u8 = 10;
pub const NR_ORDERS: usize = MAX_PAGE_ORDER as usize + 1;

/// Where a freed block goes on its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FreeTo {
    /// Linux's default heuristic (`buddy_merge_likely`).
    Heuristic,
    /// `FPI_TO_TAIL`: used when memory is first handed to the allocator.
    Tail,
}

#[derive(Clone, Copy, Debug)]
pub struct FreeArea {
    pub head: u32,
    pub tail: u32,
    pub nr_free: u64,
}

impl Default for FreeArea {
    fn default() -> FreeArea {
        FreeArea {
            head: NONE,
            tail: NONE,
            nr_free: 0,
        }
    }
}

pub struct Buddy {
    pub free_area: [FreeArea; NR_ORDERS],
    /// Free frames in total (`NR_FREE_PAGES`).
    pub nr_free_pages: u64,
    /// First PFN past the managed range.
    pub end_pfn: u64,
}

impl Buddy {
    pub fn new(end_pfn: u64) -> Buddy {
        Buddy {
            free_area: [FreeArea::default(); NR_ORDERS],
            nr_free_pages: 0,
            end_pfn,
        }
    }

    fn add_to_free_list(&mut self, pages: &mut [Page], pfn: u64, order: u8, to_tail: bool) {
        let area = &mut self.free_area[order as usize];
        let p = pfn as u32;
        {
            let page = &mut pages[pfn as usize];
            page.flags = PageFlags::BUDDY;
            page.order = order;
            page.prev = NONE;
            page.next = NONE;
        }
        if area.head == NONE {
            area.head = p;
            area.tail = p;
        } else if to_tail {
            pages[area.tail as usize].next = p;
            pages[pfn as usize].prev = area.tail;
            area.tail = p;
        } else {
            pages[area.head as usize].prev = p;
            pages[pfn as usize].next = area.head;
            area.head = p;
        }
        area.nr_free += 1;
    }

    fn del_from_free_list(&mut self, pages: &mut [Page], pfn: u64, order: u8) {
        let (prev, next) = (pages[pfn as usize].prev, pages[pfn as usize].next);
        let area = &mut self.free_area[order as usize];
        if prev == NONE {
            area.head = next;
        } else {
            pages[prev as usize].next = next;
        }
        if next == NONE {
            area.tail = prev;
        } else {
            pages[next as usize].prev = prev;
        }
        area.nr_free -= 1;
        let page = &mut pages[pfn as usize];
        page.flags.remove(PageFlags::BUDDY);
        page.prev = NONE;
        page.next = NONE;
    }

    /// The buddy of the order-`order` block at `pfn`, if it is free at exactly that order.
    fn find_buddy(&self, pages: &[Page], pfn: u64, order: u8) -> Option<u64> {
        let buddy = pfn ^ (1 << order);
        if buddy >= self.end_pfn {
            return None;
        }
        let b = &pages[buddy as usize];
        (b.is_free() && b.order == order).then_some(buddy)
    }

    /// `__free_one_page`.
    pub fn free(&mut self, pages: &mut [Page], pfn: Pfn, order: u8, to: FreeTo) {
        let mut pfn = pfn.0 as u64;
        let mut order = order;
        debug_assert_eq!(pfn & ((1 << order) - 1), 0);
        self.nr_free_pages += 1 << order;
        while order < MAX_PAGE_ORDER {
            let Some(buddy) = self.find_buddy(pages, pfn, order) else {
                break;
            };
            self.del_from_free_list(pages, buddy, order);
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
            FreeTo::Heuristic => self.buddy_merge_likely(pages, pfn, order),
        };
        self.add_to_free_list(pages, pfn, order, to_tail);
    }

    /// Whether the block's parent could merge soon: then keep the block at the tail so it is
    /// not handed out first.
    fn buddy_merge_likely(&self, pages: &[Page], pfn: u64, order: u8) -> bool {
        if order >= MAX_PAGE_ORDER - 1 {
            return false;
        }
        let buddy = pfn ^ (1 << order);
        let higher = buddy & pfn;
        self.find_buddy(pages, higher, order + 1).is_some()
    }

    /// `__rmqueue_smallest` + `expand`.
    pub fn alloc(&mut self, pages: &mut [Page], order: u8) -> Option<Pfn> {
        for high in order..=MAX_PAGE_ORDER {
            let head = self.free_area[high as usize].head;
            if head == NONE {
                continue;
            }
            let pfn = head as u64;
            self.del_from_free_list(pages, pfn, high);
            let mut h = high;
            while h > order {
                h -= 1;
                self.add_to_free_list(pages, pfn + (1 << h), h, false);
            }
            pages[pfn as usize].reset();
            self.nr_free_pages -= 1 << order;
            return Some(Pfn(pfn as u32));
        }
        None
    }

    /// Iterates the PFNs on the order-`order` free list, head first.
    pub fn list(&self, pages: &[Page], order: u8) -> Vec<u64> {
        let mut out = Vec::new();
        let mut p = self.free_area[order as usize].head;
        while p != NONE {
            out.push(p as u64);
            p = pages[p as usize].next;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup(nr: u64) -> (Buddy, Vec<Page>) {
        let mut pages = vec![Page::default(); nr as usize];
        let mut b = Buddy::new(nr);
        let mut pfn = 0;
        while pfn < nr {
            let mut order = MAX_PAGE_ORDER;
            while pfn & ((1 << order) - 1) != 0 || pfn + (1 << order) > nr {
                order -= 1;
            }
            b.free(&mut pages, Pfn(pfn as u32), order, FreeTo::Tail);
            pfn += 1 << order;
        }
        (b, pages)
    }

    #[test]
    fn split_then_merge_back_to_one_block() {
        let (mut b, mut pages) = setup(1024);
        assert_eq!(b.free_area[10].nr_free, 1);
        let a = b.alloc(&mut pages, 0).unwrap();
        assert_eq!(a, Pfn(0));
        // Splitting 1024 into 1 leaves one free block at each order 0..9.
        for o in 0..10 {
            assert_eq!(b.free_area[o].nr_free, 1, "order {o}");
        }
        assert_eq!(b.nr_free_pages, 1023);
        let c = b.alloc(&mut pages, 0).unwrap();
        assert_eq!(c, Pfn(1));
        b.free(&mut pages, a, 0, FreeTo::Heuristic);
        b.free(&mut pages, c, 0, FreeTo::Heuristic);
        assert_eq!(b.free_area[10].nr_free, 1);
        assert_eq!(b.nr_free_pages, 1024);
        assert_eq!(b.list(&pages, 10), vec![0]);
    }

    #[test]
    fn exhaustion_returns_none() {
        let (mut b, mut pages) = setup(8);
        let mut got = Vec::new();
        while let Some(p) = b.alloc(&mut pages, 0) {
            got.push(p.0);
        }
        assert_eq!(got.len(), 8);
        assert!(b.alloc(&mut pages, 0).is_none());
        assert!(b.alloc(&mut pages, 3).is_none());
        for p in got {
            b.free(&mut pages, Pfn(p), 0, FreeTo::Heuristic);
        }
        assert_eq!(b.alloc(&mut pages, 3), Some(Pfn(0)));
    }

    #[test]
    fn freed_block_goes_to_tail_when_parent_may_merge() {
        let (mut b, mut pages) = setup(16);
        // Take all four order-2 blocks' worth as order-0 pages, then free a pattern.
        let all: Vec<_> = (0..16).map(|_| b.alloc(&mut pages, 0).unwrap()).collect();
        // Free 2 and 3 (merge to order 1 at 2); the order-1 parent buddy (0..2) is in use.
        b.free(&mut pages, all[2], 0, FreeTo::Heuristic);
        b.free(&mut pages, all[3], 0, FreeTo::Heuristic);
        assert_eq!(b.list(&pages, 1), vec![2]);
        // Free 8: its buddy 9 is in use, parent's buddy (10..12) is in use: head.
        b.free(&mut pages, all[8], 0, FreeTo::Heuristic);
        // Free 4: parent (4..6)'s buddy (6..8) is not free: head.
        b.free(&mut pages, all[4], 0, FreeTo::Heuristic);
        assert_eq!(b.list(&pages, 0), vec![4, 8]);
        // Free 0: buddy 1 in use; parent block 0..2 has buddy 2..4 free at order 1: tail.
        b.free(&mut pages, all[0], 0, FreeTo::Heuristic);
        assert_eq!(b.list(&pages, 0), vec![4, 8, 0]);
    }
}
