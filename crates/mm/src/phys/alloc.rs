//! Page allocation entry points used by the rest of the model (`alloc_pages`, `folio_put`,
//! `free_pages_prepare` in `mm/page_alloc.c`, `mm/swap.c`): allocation from the page allocator
//! with the intent of the caller (user pages movable, page tables unmovable), and reference
//! dropping that frees a page at refcount zero.

use super::Pfn;
use super::gfp::Gfp;
use crate::anon_vma::NoMem;
use crate::machine::Machine;
use uapi::fail::AllocSite;

impl Machine {
    /// `alloc_pages(gfp, order)`: the head frame of a fresh block, refcount 1, flags clear.
    /// `site` says what the page is for, for failure injection (`should_fail_alloc_page`).
    pub(crate) fn alloc_pages(&mut self, site: AllocSite, gfp: Gfp, order: u8) -> Option<Pfn> {
        if self.fail.should_fail(site) {
            return None;
        }
        let pfn = self.alloc.alloc(&mut self.pages, gfp, order)?;
        let p = &mut self.pages[pfn.idx()];
        p.refcount = 1;
        p.order = order;
        Some(pfn)
    }

    /// A page for user memory (`vma_alloc_folio(GFP_HIGHUSER_MOVABLE)`), contents undefined.
    pub(crate) fn alloc_user_page(&mut self) -> Option<Pfn> {
        self.alloc_pages(AllocSite::Page, Gfp::HIGHUSER_MOVABLE, 0)
    }

    /// A zeroed page for user memory (`vma_alloc_zeroed_movable_folio`).
    pub(crate) fn alloc_zeroed_user_page(&mut self) -> Option<Pfn> {
        let pfn = self.alloc_user_page()?;
        self.frames.zero(pfn);
        Some(pfn)
    }

    /// `get_page`.
    pub(crate) fn get_page(&mut self, pfn: Pfn) {
        let p = &mut self.pages[pfn.idx()];
        debug_assert!(p.refcount > 0, "get_page on a free page {pfn:?}");
        p.refcount += 1;
    }

    /// Drops `n` references (`folio_put_refs`); the last frees the page. Freeing clears every
    /// flag, PG_anon_exclusive included, and the mapping (`free_pages_prepare`).
    pub(crate) fn put_page_refs(&mut self, pfn: Pfn, n: u32) {
        let p = &mut self.pages[pfn.idx()];
        assert!(
            p.refcount >= n,
            "refcount underflow on {pfn:?}: {} - {n}",
            p.refcount
        );
        p.refcount -= n;
        if p.refcount > 0 {
            return;
        }
        debug_assert_eq!(p.mapcount, 0, "freeing a mapped page {pfn:?}");
        let order = p.order;
        self.alloc.free(&mut self.pages, pfn, order);
    }

    /// A slab allocation of kernel bookkeeping (anon_vma, anon_vma_chain, VMA structs):
    /// the model keeps these in arenas, so only failure injection can make one fail
    /// (`should_failslab`).
    pub(crate) fn account_kernel_alloc(&mut self, site: AllocSite) -> Result<(), NoMem> {
        if self.fail.should_fail(site) {
            return Err(NoMem);
        }
        Ok(())
    }
}
