//! Page-level reverse-mapping bookkeeping (`mm/rmap.c`): adding and removing a page's
//! mappings, which maintains its mapcount, PG_anon_exclusive, `page->mapping`/`index` and the
//! NR_ANON_MAPPED / NR_FILE_MAPPED counters; and the walk from an anonymous page to the VMAs
//! that may map it through its anon_vma.

use crate::arch::x86_64::Pte;
use crate::machine::Machine;
use crate::mm_struct::RssKind;
use crate::pgtable::Ptep;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use crate::vma::{VmFlags, VmaId};

bitflags::bitflags! {
    /// `RMAP_*`: how a page is being mapped. The empty set is RMAP_NONE.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub(crate) struct RmapFlags: u32 {
        /// The mapping is the page's only one: set PG_anon_exclusive.
        const EXCLUSIVE = 1 << 0;
        /// A PMD mapping of a large folio (arrives with THP).
        const COMPOUND = 1 << 1;
    }
}

/// Why `folio_try_dup_anon_rmap_pte` refused to share a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MaybePinned;

impl Machine {
    /// `folio_add_new_anon_rmap`: a freshly allocated page becomes anonymous, owned by the
    /// VMA's anon_vma at its linear index, mapped once; exclusive with RMAP_EXCLUSIVE.
    pub(crate) fn folio_add_new_anon_rmap(
        &mut self,
        pfn: Pfn,
        vma: VmaId,
        addr: u64,
        flags: RmapFlags,
    ) {
        debug_assert!(
            !flags.contains(RmapFlags::COMPOUND),
            "PMD mappings need THP"
        );
        let v = &self.vmas[vma];
        let av = v.anon_vma.expect("new anon rmap needs vma->anon_vma");
        let index = v.linear_page_index(addr);
        let p = &mut self.pages[pfn.idx()];
        debug_assert_eq!(p.mapcount, 0);
        p.flags |= PageFlags::ANON | PageFlags::SWAPBACKED | PageFlags::UPTODATE;
        if flags.contains(RmapFlags::EXCLUSIVE) {
            p.flags |= PageFlags::ANON_EXCLUSIVE;
        }
        p.mapping = av.raw();
        p.index = index;
        p.mapcount = 1;
        self.stats.node.anon_mapped += 1;
    }

    /// `folio_add_anon_rmap_pte`: one more mapping of a page that is already anonymous (a
    /// migration entry turned back into a PTE); RMAP_EXCLUSIVE restores PG_anon_exclusive.
    pub(crate) fn folio_add_anon_rmap_pte(&mut self, pfn: Pfn, flags: RmapFlags) {
        debug_assert!(
            !flags.contains(RmapFlags::COMPOUND),
            "PMD mappings need THP"
        );
        let p = &mut self.pages[pfn.idx()];
        debug_assert!(p.is_anon());
        if flags.contains(RmapFlags::EXCLUSIVE) {
            p.flags |= PageFlags::ANON_EXCLUSIVE;
        }
        p.mapcount += 1;
        if p.mapcount == 1 {
            self.stats.node.anon_mapped += 1;
        }
    }

    /// `folio_try_dup_anon_rmap_pte` (fork): the page becomes shared, so it loses
    /// PG_anon_exclusive, unless it may be pinned, in which case the caller must copy it.
    pub(crate) fn folio_try_dup_anon_rmap_pte(
        &mut self,
        pfn: Pfn,
        src_vma: VmaId,
    ) -> Result<(), MaybePinned> {
        if self.pages[pfn.idx()]
            .flags
            .contains(PageFlags::ANON_EXCLUSIVE)
        {
            if self.folio_needs_cow_for_dma(src_vma, pfn) {
                return Err(MaybePinned);
            }
            self.pages[pfn.idx()]
                .flags
                .remove(PageFlags::ANON_EXCLUSIVE);
        }
        self.pages[pfn.idx()].mapcount += 1;
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
    /// (`rmap_walk_anon` over the anon_vma's interval tree): the VMAs linked to the page's
    /// anon_vma whose pgoff range holds the page's index, in the tree's order, by first pgoff
    /// (equal ones in the order they were linked).
    pub(crate) fn rmap_walk_anon(&self, pfn: Pfn) -> Vec<(VmaId, u64)> {
        let p = &self.pages[pfn.idx()];
        let av = crate::anon_vma::AnonVmaId::from_raw(p.mapping);
        let Some(a) = self.anon_vmas.get(av) else {
            return Vec::new();
        };
        let mut found: Vec<(u64, VmaId, u64)> = a
            .avcs
            .iter()
            .filter_map(|&avc| {
                let vma = self.avcs[avc].vma;
                let v = &self.vmas[vma];
                v.address_of(p.index).map(|addr| (v.pgoff, vma, addr))
            })
            .collect();
        found.sort_by_key(|&(pgoff, _, _)| pgoff);
        found
            .into_iter()
            .map(|(_, vma, addr)| (vma, addr))
            .collect()
    }

    /// `rmap_walk`: every VMA that may map the page, through its anon_vma for anonymous pages
    /// and through the file's `i_mmap` for page-cache pages.
    pub(crate) fn rmap_walk(&self, pfn: Pfn) -> Vec<(VmaId, u64)> {
        let p = &self.pages[pfn.idx()];
        if p.is_anon() {
            return self.rmap_walk_anon(pfn);
        }
        let file = crate::shmem::FileId::from_raw(p.mapping);
        let Some(f) = self.files.get(file) else {
            return Vec::new();
        };
        f.vmas
            .iter()
            .filter_map(|&vma| self.vmas[vma].address_of(p.index).map(|addr| (vma, addr)))
            .collect()
    }

    /// `page_vma_mapped_walk` for one small page: the present PTE mapping `pfn` at `addr` in
    /// `vma`, if there is one.
    pub(crate) fn page_vma_mapped(&self, pfn: Pfn, vma: VmaId, addr: u64) -> Option<Ptep> {
        let ptep = self.pte_offset(self.vmas[vma].mm, addr)?;
        let pte = self.ptep_get(ptep);
        (pte.present() && pte.pfn() == u64::from(pfn.0)).then_some(ptep)
    }

    /// `try_to_unmap`: remove every mapping of the page; whether none is left. Without a swap
    /// device, only page-cache pages and clean lazily-freeable anonymous pages can go.
    pub(crate) fn try_to_unmap(&mut self, pfn: Pfn) -> bool {
        for (vma, addr) in self.rmap_walk(pfn) {
            if self.pages[pfn.idx()].mapcount == 0 {
                break;
            }
            let Some(ptep) = self.page_vma_mapped(pfn, vma, addr) else {
                continue;
            };
            if self.try_to_unmap_one(pfn, vma, ptep) == Walk::Abort {
                break;
            }
        }
        self.pages[pfn.idx()].mapcount == 0
    }

    /// `try_to_unmap_one` for a PTE known to map the page.
    fn try_to_unmap_one(&mut self, pfn: Pfn, vma: VmaId, ptep: Ptep) -> Walk {
        if self.vmas[vma].flags.contains(VmFlags::LOCKED) {
            // An mlocked mapping keeps the page; reclaim will find it unevictable.
            return Walk::Abort;
        }
        let pte = self.ptep_get(ptep);
        self.set_pte_at(ptep, Pte::NONE);
        if pte.dirty() {
            self.pages[pfn.idx()].flags |= PageFlags::DIRTY;
        }
        let mm = self.vmas[vma].mm;
        let p = &self.pages[pfn.idx()];
        if p.is_anon() {
            if p.flags.contains(PageFlags::SWAPBACKED) {
                // Writing it out needs a swap entry, and there is no swap device.
                self.set_pte_at(ptep, pte);
                return Walk::Abort;
            }
            // MADV_FREE page: redirtied (through the page table or a GUP reference) or held
            // by someone else, it stays, and a redirtied one is swap-backed again.
            if p.flags.contains(PageFlags::DIRTY) {
                self.set_pte_at(ptep, pte);
                self.pages[pfn.idx()].flags |= PageFlags::SWAPBACKED;
                return Walk::Abort;
            }
            if p.refcount != 1 + p.mapcount {
                self.set_pte_at(ptep, pte);
                return Walk::Abort;
            }
            self.mms[mm].add_rss(RssKind::Anon, -1);
        } else {
            let kind = self.file_rss_kind(pfn);
            self.mms[mm].add_rss(kind, -1);
        }
        self.folio_remove_rmap_pte(pfn);
        self.put_page_refs(pfn, 1);
        Walk::Continue
    }
}

/// Whether an rmap walk goes on to the next mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Walk {
    Continue,
    Abort,
}
