//! Reclaim of an isolated list of folios (`mm/vmscan.c`: `reclaim_pages` and
//! `shrink_folio_list`), as MADV_PAGEOUT drives it. The model has no swap device yet, so the
//! outcomes are the ones Linux reaches without swap: anonymous swap-backed pages cannot be
//! written anywhere and are activated while still mapped; clean MADV_FREE pages are unmapped
//! and freed; shmem and regular-file pages are unmapped from every process, then a dirty one
//! is kept (shmem's writeout finds no swap and redirties it; a file's waits for the flusher)
//! and a clean one leaves the page cache and is freed.

use crate::machine::Machine;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;

/// What `shrink_folio_list` did with one folio.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// `activate_locked`: back on the active list (unless mlocked).
    Activate,
    /// `keep_locked`: back on the list it came from.
    Keep,
    /// The folio was freed.
    Freed,
}

impl Machine {
    /// `folio_isolate_lru`: take a folio off the LRU for reclaim, holding a reference.
    pub(crate) fn folio_isolate_lru(&mut self, pfn: Pfn) -> bool {
        if !self.pages[pfn.idx()].flags.contains(PageFlags::LRU) {
            return false;
        }
        self.pages[pfn.idx()].flags.remove(PageFlags::LRU);
        self.get_page(pfn);
        true
    }

    /// `reclaim_pages`: try to reclaim each isolated folio, then put back the survivors and
    /// drop the isolation references.
    pub(crate) fn reclaim_pages(&mut self, isolated: Vec<Pfn>) {
        for pfn in isolated {
            match self.shrink_folio(pfn) {
                Outcome::Freed => {}
                kept => {
                    let p = &mut self.pages[pfn.idx()];
                    if kept == Outcome::Activate && !p.flags.contains(PageFlags::MLOCKED) {
                        p.flags |= PageFlags::ACTIVE;
                        self.stats.events.pgactivate += 1;
                    }
                    self.pages[pfn.idx()].flags |= PageFlags::LRU;
                    self.put_page_refs(pfn, 1);
                }
            }
        }
    }

    /// One folio of `shrink_folio_list` with `ignore_references` (MADV_PAGEOUT asked for it).
    fn shrink_folio(&mut self, pfn: Pfn) -> Outcome {
        let f = self.pages[pfn.idx()].flags;
        if f.intersects(PageFlags::UNEVICTABLE | PageFlags::MLOCKED) {
            return Outcome::Activate;
        }
        let anon = self.pages[pfn.idx()].is_anon();
        if anon && f.contains(PageFlags::SWAPBACKED) && !f.contains(PageFlags::SWAPCACHE) {
            if self.folio_maybe_dma_pinned(pfn) {
                return Outcome::Keep;
            }
            // add_to_swap finds no swap device.
            return Outcome::Activate;
        }
        if self.pages[pfn.idx()].mapcount > 0 && !self.try_to_unmap(pfn) {
            return Outcome::Activate;
        }
        if self.folio_maybe_dma_pinned(pfn) {
            return Outcome::Activate;
        }
        if self.pages[pfn.idx()].flags.contains(PageFlags::DIRTY) {
            // pageout(): only the page cache's and the isolation's references may remain.
            if self.pages[pfn.idx()].refcount != 2 {
                return Outcome::Keep;
            }
            // shmem_writeout finds no swap and redirties the folio; a dirty regular-file
            // folio waits for the flusher (only kswapd writes file folios back).
            return Outcome::Activate;
        }
        if anon {
            // A clean MADV_FREE page: freeable if the isolation holds the last reference.
            if self.pages[pfn.idx()].refcount != 1 {
                return Outcome::Keep;
            }
            self.stats.events.pglazyfreed += 1;
            self.put_page_refs(pfn, 1);
            return Outcome::Freed;
        }
        // `__remove_mapping`: a clean page-cache page leaves the cache if nobody else holds it.
        if self.pages[pfn.idx()].refcount != 2 {
            return Outcome::Keep;
        }
        self.page_cache_evict(pfn);
        self.put_page_refs(pfn, 1);
        Outcome::Freed
    }
}
