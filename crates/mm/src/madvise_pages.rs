//! The madvise advice that acts on pages rather than VMA flags (`mm/madvise.c`): MADV_FREE
//! (clean, old, lazily freeable), MADV_COLD and MADV_PAGEOUT (deactivate; page out, which for
//! see vmscan.rs for what reclaim does without swap), MADV_REMOVE
//! (punch a hole in a shared mapping's shmem object), MADV_GUARD_INSTALL / REMOVE (guard
//! markers in the page tables, and the sticky VM_MAYBE_GUARD flag), and MADV_POPULATE_READ /
//! WRITE (fault a range in, failing like GUP does).

use crate::arch::x86_64::{self as arch, Pte};
use crate::gup::FollFlags;
use crate::machine::Machine;
use crate::memory::{FaultFail, Markers};
use crate::mm_struct::MmId;
use crate::pgtable::Ptep;
use crate::phys::page::PageFlags;
use crate::vma::{VmFlags, VmaId};
use uapi::{Errno, Error, PAGE_SHIFT, PAGE_SIZE};

/// MADV_COLD or MADV_PAGEOUT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reclaim {
    Deactivate,
    Pageout,
}

impl Machine {
    /// Every non-none PTE of [start, end) of `vma` (markers included), as (slot, entry).
    pub(crate) fn present_ptes(&self, vma: VmaId, start: u64, end: u64) -> Vec<(Ptep, Pte)> {
        let mm = self.vmas[vma].mm;
        let mut out = Vec::new();
        let mut addr = start;
        while addr < end {
            let next = ((addr & crate::pgtable::PMD_MASK) + arch::PMD_SIZE).min(end);
            if let Some(table) = self.pte_table(mm, addr) {
                let mut a = addr;
                while a < next {
                    let ptep = Ptep {
                        table,
                        idx: arch::index(a, 3),
                    };
                    let pte = self.ptep_get(ptep);
                    if !pte.is_none() {
                        out.push((ptep, pte));
                    }
                    a += PAGE_SIZE;
                }
            }
            addr = next;
        }
        out
    }

    /// `madvise_free_single_vma` + `madvise_free_pte_range`.
    pub(crate) fn madvise_free(&mut self, vma: VmaId, start: u64, end: u64) -> Result<(), Errno> {
        let v = &self.vmas[vma];
        if v.flags.intersects(VmFlags::PFNMAP | VmFlags::LOCKED) || !v.is_anonymous() {
            return Err(Errno::EINVAL);
        }
        self.lru_add_drain();
        for (ptep, pte) in self.present_ptes(vma, start, end) {
            if !pte.present() {
                // Swap entries are freed (with swap); guard markers stay.
                continue;
            }
            let Some(pfn) = self.vm_normal_page(pte) else {
                continue;
            };
            let p = &self.pages[pfn.idx()];
            if p.flags.intersects(PageFlags::SWAPCACHE | PageFlags::DIRTY) {
                if p.mapcount != 1 {
                    continue;
                }
                self.pages[pfn.idx()].flags.remove(PageFlags::DIRTY);
            }
            if pte.young() || pte.dirty() {
                self.set_pte_at(ptep, pte.mkold().mkclean());
            }
            self.folio_mark_lazyfree(pfn);
        }
        Ok(())
    }

    /// `madvise_cold` / `madvise_pageout` over one VMA.
    pub(crate) fn madvise_cold_or_pageout(
        &mut self,
        vma: VmaId,
        start: u64,
        end: u64,
        how: Reclaim,
    ) -> Result<(), Errno> {
        if self.vmas[vma]
            .flags
            .intersects(VmFlags::LOCKED | VmFlags::PFNMAP | VmFlags::HUGETLB)
        {
            return Err(Errno::EINVAL);
        }
        self.lru_add_drain();
        let mut isolated = Vec::new();
        for (ptep, pte) in self.present_ptes(vma, start, end) {
            if !pte.present() {
                continue;
            }
            let Some(pfn) = self.vm_normal_page(pte) else {
                continue;
            };
            let p = &self.pages[pfn.idx()];
            if !p.flags.contains(PageFlags::LRU) || p.mapcount != 1 {
                continue;
            }
            if how == Reclaim::Deactivate && pte.young() {
                self.set_pte_at(ptep, pte.mkold());
            }
            self.pages[pfn.idx()].flags.remove(PageFlags::REFERENCED);
            match how {
                Reclaim::Deactivate => self.folio_deactivate(pfn),
                Reclaim::Pageout => {
                    if self.folio_isolate_lru(pfn) {
                        isolated.push(pfn);
                    }
                }
            }
        }
        self.reclaim_pages(isolated);
        Ok(())
    }

    /// `madvise_remove`: punch a hole in the file behind a shared mapping (shmem, or an ext4
    /// file: both punch holes).
    pub(crate) fn madvise_remove(&mut self, vma: VmaId, start: u64, end: u64) -> Result<(), Errno> {
        let v = &self.vmas[vma];
        if v.flags.contains(VmFlags::LOCKED) {
            return Err(Errno::EINVAL);
        }
        let Some(file) = v.file else {
            return Err(Errno::EINVAL);
        };
        if !v.flags.contains(VmFlags::SHARED | VmFlags::MAYWRITE) {
            return Err(Errno::EACCES);
        }
        let first = v.pgoff_at(start);
        let last = first + ((end - start) >> PAGE_SHIFT);
        self.punch_hole(file, first, last);
        Ok(())
    }

    /// `madvise_guard_install`: guard markers over [start, end). Pages there are zapped first;
    /// the VMA is marked VM_MAYBE_GUARD (sticky: it survives merges and guard removal).
    pub(crate) fn madvise_guard_install(
        &mut self,
        vma: VmaId,
        start: u64,
        end: u64,
    ) -> Result<(), Errno> {
        if self.vmas[vma]
            .flags
            .intersects(VmFlags::SPECIAL | VmFlags::HUGETLB | VmFlags::LOCKED)
        {
            return Err(Errno::EINVAL);
        }
        self.vmas[vma].flags |= VmFlags::MAYBE_GUARD;
        // Anonymous VMAs with page tables get their anon_vma now; a file VMA's markers are
        // copied at fork because of VM_MAYBE_GUARD itself.
        if self.vmas[vma].is_anonymous() {
            self.anon_vma_prepare(vma).map_err(|_| Errno::ENOMEM)?;
        }
        let mm = self.vmas[vma].mm;
        let occupied = self
            .present_ptes(vma, start, end)
            .iter()
            .any(|(_, p)| !p.is_guard_marker());
        if occupied {
            self.zap_page_range(vma, start, end, Markers::Keep);
        }
        let mut addr = start;
        while addr < end {
            let ptep = self.pte_alloc(mm, addr).map_err(|_| Errno::ENOMEM)?;
            let pte = self.ptep_get(ptep);
            if pte.is_none() {
                self.set_pte_at(ptep, Pte::marker(arch::PTE_MARKER_GUARD));
            }
            addr += PAGE_SIZE;
        }
        Ok(())
    }

    /// `madvise_guard_remove`: only the markers go.
    pub(crate) fn madvise_guard_remove(
        &mut self,
        vma: VmaId,
        start: u64,
        end: u64,
    ) -> Result<(), Errno> {
        if self.vmas[vma]
            .flags
            .intersects(VmFlags::SPECIAL | VmFlags::HUGETLB)
        {
            return Err(Errno::EINVAL);
        }
        for (ptep, pte) in self.present_ptes(vma, start, end) {
            if pte.is_guard_marker() {
                self.set_pte_at(ptep, Pte::NONE);
            }
        }
        Ok(())
    }

    /// `madvise_populate`: fault [start, end) in for reading or writing, through GUP with
    /// FOLL_MADV_POPULATE semantics: a hole is ENOMEM, a VMA that forbids the access EINVAL, a
    /// fault that fails (guard region, SIGBUS) EFAULT. Pages before the failure stay populated.
    pub(crate) fn madvise_populate(
        &mut self,
        mm: MmId,
        start: u64,
        end: u64,
        write: bool,
    ) -> Result<(), Error> {
        let mut foll = FollFlags::TOUCH;
        if write {
            foll |= FollFlags::WRITE;
        }
        let mut addr = start;
        let result = loop {
            if addr >= end {
                break Ok(());
            }
            let Some(vma) = self.mms[mm].tree.lookup(&self.vmas, addr) else {
                break Err(Errno::ENOMEM.into());
            };
            let f = self.vmas[vma].flags;
            let allowed = if write {
                f.contains(VmFlags::WRITE) && !f.contains(VmFlags::SHADOW_STACK)
            } else {
                f.contains(VmFlags::READ)
            };
            if f.intersects(VmFlags::IO | VmFlags::PFNMAP) || !allowed {
                break Err(Errno::EINVAL.into());
            }
            let vend = self.vmas[vma].end.min(end);
            match self.get_user_pages_range(vma, addr, vend, foll) {
                Ok(()) => addr = vend,
                Err(FaultFail::Sigsegv | FaultFail::Sigbus) => break Err(Errno::EFAULT.into()),
                Err(FaultFail::Oom) => break Err(Errno::ENOMEM.into()),
                Err(FaultFail::Unsupported(s)) => break Err(Error::Unsupported(s)),
            }
        };
        self.lru_add_drain();
        result
    }
}
