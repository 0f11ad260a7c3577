//! Page-level reverse-mapping bookkeeping (`mm/rmap.c`): adding and removing a page's
//! mappings, which maintains its mapcount, PG_anon_exclusive, `page->mapping`/`index` and the
//! NR_ANON_MAPPED / NR_FILE_MAPPED counters; and the walk from an anonymous page to the VMAs
//! that may map it through its anon_vma.

use crate::machine::Machine;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use crate::vma::VmaId;

/// Why `folio_try_dup_anon_rmap_pte` refused to share a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MaybePinned;

impl Machine {
    /// `folio_add_new_anon_rmap(..., RMAP_EXCLUSIVE)`: a freshly allocated page becomes
    /// anonymous, owned by the VMA's anon_vma at its linear index, mapped once, exclusive.
    /// (RMAP_NONE, for swap-in of a possibly shared page, arrives with swap.)
    pub(crate) fn folio_add_new_anon_rmap(&mut self, pfn: Pfn, vma: VmaId, addr: u64) {
        let v = &self.vmas[vma];
        let av = v.anon_vma.expect("new anon rmap needs vma->anon_vma");
        let index = v.linear_page_index(addr);
        let p = &mut self.pages[pfn.idx()];
        debug_assert_eq!(p.mapcount, 0);
        p.flags |= PageFlags::ANON
            | PageFlags::SWAPBACKED
            | PageFlags::UPTODATE
            | PageFlags::ANON_EXCLUSIVE;
        p.mapping = av.raw();
        p.index = index;
        p.mapcount = 1;
        self.stats.node.anon_mapped += 1;
    }

    /// `folio_try_dup_anon_rmap_pte` (fork): the page becomes shared, so it loses
    /// PG_anon_exclusive, unless it may be pinned, in which case the caller must copy it.
    pub(crate) fn folio_try_dup_anon_rmap_pte(&mut self, pfn: Pfn) -> Result<(), MaybePinned> {
        let p = &mut self.pages[pfn.idx()];
        if p.flags.contains(PageFlags::ANON_EXCLUSIVE) {
            if p.pincount > 0 {
                return Err(MaybePinned);
            }
            p.flags.remove(PageFlags::ANON_EXCLUSIVE);
        }
        p.mapcount += 1;
        Ok(())
    }

    /// `folio_add_file_rmap_pte` / `folio_dup_file_rmap_pte`.
    pub(crate) fn folio_add_file_rmap_pte(&mut self, pfn: Pfn) {
        let p = &mut self.pages[pfn.idx()];
        p.mapcount += 1;
        if p.mapcount == 1 {
            self.stats.node.file_mapped += 1;
        }
    }

    /// `folio_remove_rmap_pte`: one mapping fewer. PG_anon_exclusive stays: only freeing the
    /// page clears it.
    pub(crate) fn folio_remove_rmap_pte(&mut self, pfn: Pfn) {
        let p = &mut self.pages[pfn.idx()];
        assert!(p.mapcount > 0, "mapcount underflow on {pfn:?}");
        p.mapcount -= 1;
        if p.mapcount == 0 {
            if p.is_anon() {
                self.stats.node.anon_mapped -= 1;
            } else {
                self.stats.node.file_mapped -= 1;
            }
        }
    }

    /// `folio_move_anon_rmap`: a reused page now belongs to this VMA's anon_vma, so rmap
    /// walks start from the narrowest anon_vma that covers it.
    pub(crate) fn folio_move_anon_rmap(&mut self, pfn: Pfn, vma: VmaId) {
        let av = self.vmas[vma]
            .anon_vma
            .expect("move anon rmap needs vma->anon_vma");
        self.pages[pfn.idx()].mapping = av.raw();
    }

    /// The VMAs an anonymous page may be mapped in, with the address it would have there
    /// (`rmap_walk_anon` over the anon_vma's interval tree).
    pub(crate) fn rmap_walk_anon(&self, pfn: Pfn) -> Vec<(VmaId, u64)> {
        let p = &self.pages[pfn.idx()];
        let av = crate::anon_vma::AnonVmaId::from_raw(p.mapping);
        let Some(a) = self.anon_vmas.get(av) else {
            return Vec::new();
        };
        a.avcs
            .iter()
            .filter_map(|&avc| {
                let vma = self.avcs[avc].vma;
                self.vmas[vma].address_of(p.index).map(|addr| (vma, addr))
            })
            .collect()
    }
}
