//! Per-CPU folio batches (`mm/swap.c`): pages enter and move between LRU lists through small
//! per-CPU batches (31 folios) that are applied when full or at `lru_add_drain()`. Each entry
//! holds a page reference, and a page waiting in the add batch is not yet PG_lru. Both are
//! visible to users: a COW fault may not reuse a page with an extra reference (so
//! `wp_can_reuse_anon_folio` drains first), and MADV_FREE or MADV_COLD only take effect on
//! pages already on the LRU and only when their batch is applied. The model has one simulated
//! CPU, as the host workers are all pinned to one.

use crate::machine::Machine;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;

/// `PAGEVEC_SIZE`.
const BATCH: usize = 31;

/// Which per-CPU batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Batch {
    /// `lru_add`: new folios joining the LRU.
    Add,
    /// `lru_deactivate`: MADV_COLD.
    Deactivate,
    /// `lru_lazyfree`: MADV_FREE.
    Lazyfree,
    /// `lru_activate`: a second `folio_mark_accessed`.
    Activate,
}

/// The batches of the one simulated CPU, applied in this order by `lru_add_drain`.
#[derive(Default)]
pub(crate) struct LruBatches {
    pub add: Vec<Pfn>,
    pub deactivate: Vec<Pfn>,
    pub lazyfree: Vec<Pfn>,
    pub activate: Vec<Pfn>,
}

impl LruBatches {
    fn get(&mut self, b: Batch) -> &mut Vec<Pfn> {
        match b {
            Batch::Add => &mut self.add,
            Batch::Deactivate => &mut self.deactivate,
            Batch::Lazyfree => &mut self.lazyfree,
            Batch::Activate => &mut self.activate,
        }
    }

    /// Every reference the batches hold, per page (for check.rs).
    pub fn all(&self) -> impl Iterator<Item = Pfn> + '_ {
        self.add
            .iter()
            .chain(&self.deactivate)
            .chain(&self.lazyfree)
            .chain(&self.activate)
            .copied()
    }
}

impl Machine {
    /// `folio_batch_add_and_move`: take a reference, queue, apply the batch when full.
    fn folio_batch_add(&mut self, pfn: Pfn, b: Batch) {
        self.get_page(pfn);
        let batch = self.lru.get(b);
        batch.push(pfn);
        if batch.len() >= BATCH {
            self.folio_batch_move_lru(b);
        }
    }

    /// `folio_batch_move_lru`: apply a batch, then drop its references. Pages that left the LRU
    /// meanwhile are skipped (only `lru_add` puts pages on it).
    fn folio_batch_move_lru(&mut self, b: Batch) {
        let pages = std::mem::take(self.lru.get(b));
        for &pfn in &pages {
            let p = &mut self.pages[pfn.idx()];
            if b != Batch::Add {
                if !p.flags.contains(PageFlags::LRU) {
                    continue;
                }
                p.flags.remove(PageFlags::LRU);
            }
            match b {
                Batch::Add => {}
                Batch::Deactivate => {
                    if !p.flags.contains(PageFlags::UNEVICTABLE)
                        && p.flags.contains(PageFlags::ACTIVE)
                    {
                        p.flags.remove(PageFlags::ACTIVE | PageFlags::REFERENCED);
                        self.stats.events.pgdeactivate += 1;
                    }
                }
                Batch::Lazyfree => {
                    let f = p.flags;
                    if f.contains(PageFlags::ANON | PageFlags::SWAPBACKED)
                        && !f.intersects(PageFlags::SWAPCACHE | PageFlags::UNEVICTABLE)
                    {
                        p.flags.remove(
                            PageFlags::ACTIVE | PageFlags::REFERENCED | PageFlags::SWAPBACKED,
                        );
                        self.stats.events.pglazyfree += 1;
                    }
                }
                Batch::Activate => {
                    if !p
                        .flags
                        .intersects(PageFlags::ACTIVE | PageFlags::UNEVICTABLE)
                    {
                        p.flags |= PageFlags::ACTIVE;
                        self.stats.events.pgactivate += 1;
                    }
                }
            }
            p.flags |= PageFlags::LRU;
        }
        for pfn in pages {
            self.put_page_refs(pfn, 1);
        }
    }

    /// `lru_add_drain`: apply every batch of this CPU.
    pub(crate) fn lru_add_drain(&mut self) {
        for b in [
            Batch::Add,
            Batch::Deactivate,
            Batch::Lazyfree,
            Batch::Activate,
        ] {
            if !self.lru.get(b).is_empty() {
                self.folio_batch_move_lru(b);
            }
        }
    }

    /// `folio_add_lru`: a new page joins the LRU through the add batch.
    pub(crate) fn folio_add_lru(&mut self, pfn: Pfn) {
        self.folio_batch_add(pfn, Batch::Add);
    }

    /// `folio_deactivate` (MADV_COLD).
    pub(crate) fn folio_deactivate(&mut self, pfn: Pfn) {
        let f = self.pages[pfn.idx()].flags;
        if f.contains(PageFlags::UNEVICTABLE)
            || !f.contains(PageFlags::LRU)
            || !f.contains(PageFlags::ACTIVE)
        {
            return;
        }
        self.folio_batch_add(pfn, Batch::Deactivate);
    }

    /// `folio_mark_lazyfree` (MADV_FREE): only anonymous, swap-backed pages already on the LRU.
    pub(crate) fn folio_mark_lazyfree(&mut self, pfn: Pfn) {
        let f = self.pages[pfn.idx()].flags;
        if !f.contains(PageFlags::ANON | PageFlags::SWAPBACKED | PageFlags::LRU)
            || f.intersects(PageFlags::SWAPCACHE | PageFlags::UNEVICTABLE)
        {
            return;
        }
        self.folio_batch_add(pfn, Batch::Lazyfree);
    }

    /// `folio_mark_accessed` without MGLRU: the first access sets PG_referenced; the next
    /// activates the page (through the activate batch if it is on the LRU, directly if it still
    /// waits in the add batch).
    pub(crate) fn folio_mark_accessed(&mut self, pfn: Pfn) {
        let f = self.pages[pfn.idx()].flags;
        if !f.contains(PageFlags::REFERENCED) {
            self.pages[pfn.idx()].flags |= PageFlags::REFERENCED;
        } else if !f.intersects(PageFlags::UNEVICTABLE | PageFlags::ACTIVE) {
            if f.contains(PageFlags::LRU) {
                self.folio_batch_add(pfn, Batch::Activate);
            } else {
                self.pages[pfn.idx()].flags |= PageFlags::ACTIVE;
            }
            self.pages[pfn.idx()].flags.remove(PageFlags::REFERENCED);
        }
    }
}
