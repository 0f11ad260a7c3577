//! get_user_pages (`mm/gup.c`): the kernel following a process's page tables to reach its
//! pages, faulting them in as needed. `__get_user_pages` is the slow path (VMA checks,
//! `follow_page_pte`, `faultin_page`); `gup_fast` the lockless walk tried first by the
//! `*_user_pages_fast` entry points, which takes only pages already mapped with the right
//! permissions. FOLL_GET takes a plain reference; FOLL_PIN adds `GUP_PIN_COUNTING_BIAS` to
//! the refcount, so a small folio with that many references "may be pinned" (which fork and
//! reclaim respect). A R/O pin of an anonymous page that is not exclusive first unshares it
//! (FAULT_FLAG_UNSHARE), so a pinned anonymous page is always PG_anon_exclusive; FOLL_FORCE
//! writes to a R/O private mapping break COW without making the PTE writable. The zero page is
//! handed out under FOLL_PIN without touching its refcount.

use crate::arch::x86_64::Pte;
use crate::machine::Machine;
use crate::memory::{FaultFail, FaultFlags};
use crate::mm_struct::MmId;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use crate::vma::{VmFlags, VmaId};
use uapi::{Errno, Error, PAGE_SIZE};

bitflags::bitflags! {
    /// `FOLL_*`, with Linux's values (the internal ones from `mm/internal.h`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct FollFlags: u32 {
        const WRITE = 1 << 0;
        const GET = 1 << 1;
        const FORCE = 1 << 3;
        const LONGTERM = 1 << 8;
        const TOUCH = 1 << 16;
        const REMOTE = 1 << 18;
        const PIN = 1 << 19;
    }
}

/// What one FOLL_PIN adds to a small folio's refcount.
pub(crate) const GUP_PIN_COUNTING_BIAS: u32 = 1024;

/// What `follow_page_pte` found at an address.
enum Follow {
    /// The page (possibly the zero page), grabbed if FOLL_GET/FOLL_PIN asked for it.
    Page(Pfn),
    /// Nothing usable: fault it in (with FAULT_FLAG_UNSHARE when `Unshare`).
    Fault(Unshare),
}

/// Whether a GUP fault only has to unshare a page (`FAULT_FLAG_UNSHARE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unshare {
    No,
    Yes,
}

impl Machine {
    /// `folio_maybe_dma_pinned` for a small folio: its refcount carries at least one pin's bias.
    pub(crate) fn folio_maybe_dma_pinned(&self, pfn: Pfn) -> bool {
        self.pages[pfn.idx()].refcount >= GUP_PIN_COUNTING_BIAS
    }

    /// `folio_needs_cow_for_dma`: fork must copy, not share, a page of a COW mapping that may
    /// be pinned, once its mm has ever pinned anything (MMF_HAS_PINNED).
    pub(crate) fn folio_needs_cow_for_dma(&self, vma: VmaId, pfn: Pfn) -> bool {
        let v = &self.vmas[vma];
        v.flags.is_cow_mapping() && self.mms[v.mm].has_pinned && self.folio_maybe_dma_pinned(pfn)
    }

    /// `check_vma_flags`: may GUP with `foll` touch this VMA at all?
    fn check_vma_flags(&self, vma: VmaId, foll: FollFlags) -> Result<(), Errno> {
        let f = self.vmas[vma].flags;
        if f.intersects(VmFlags::IO | VmFlags::PFNMAP) {
            return Err(Errno::EFAULT);
        }
        if foll.contains(FollFlags::WRITE) {
            if !f.contains(VmFlags::WRITE) || f.contains(VmFlags::SHADOW_STACK) {
                // A forced write may only break COW in a private mapping.
                if !foll.contains(FollFlags::FORCE) || !f.is_cow_mapping() {
                    return Err(Errno::EFAULT);
                }
            }
        } else if !f.contains(VmFlags::READ)
            && (!foll.contains(FollFlags::FORCE) || !f.contains(VmFlags::MAYREAD))
        {
            return Err(Errno::EFAULT);
        }
        Ok(())
    }

    /// `can_follow_write_pte`: a write through GUP needs a writable PTE, or, under FOLL_FORCE
    /// in a R/O private mapping, an exclusive anonymous page (COW already broken).
    fn can_follow_write_pte(
        &self,
        pte: Pte,
        page: Option<Pfn>,
        vma: VmaId,
        foll: FollFlags,
    ) -> bool {
        if pte.write() {
            return true;
        }
        let f = self.vmas[vma].flags;
        if !foll.contains(FollFlags::FORCE)
            || f.intersects(VmFlags::MAYSHARE | VmFlags::SHARED)
            || !f.contains(VmFlags::MAYWRITE)
            || f.contains(VmFlags::WRITE)
        {
            return false;
        }
        let Some(pfn) = page else {
            return false;
        };
        let p = &self.pages[pfn.idx()];
        if !p.is_anon() || !p.flags.contains(PageFlags::ANON_EXCLUSIVE) {
            return false;
        }
        // The soft-dirty condition never applies: CONFIG_MEM_SOFT_DIRTY is off in the
        // reference kernel, as the absent `sd` VmFlag shows.
        !pte.uffd_wp()
    }

    /// `gup_must_unshare`: a R/O pin (FOLL_PIN without FOLL_WRITE) of an anonymous page that
    /// is not exclusive, or a R/O long-term pin of a non-anonymous page in a COW mapping (the
    /// zero page included), must first get the process its own exclusive page. Without the
    /// VMA (GUP-fast), the second case always says yes.
    fn gup_must_unshare(&self, vma: Option<VmaId>, foll: FollFlags, pfn: Pfn) -> bool {
        if foll & (FollFlags::WRITE | FollFlags::PIN) != FollFlags::PIN {
            return false;
        }
        let p = &self.pages[pfn.idx()];
        if pfn == self.zero_pfn || !p.is_anon() {
            if !foll.contains(FollFlags::LONGTERM) {
                return false;
            }
            return vma.is_none_or(|v| self.vmas[v].flags.is_cow_mapping());
        }
        !p.flags.contains(PageFlags::ANON_EXCLUSIVE)
    }

    /// `try_grab_folio`: FOLL_GET takes a reference, FOLL_PIN a pin; the zero page is never
    /// counted under FOLL_PIN, and the model does not count references to it at all.
    fn try_grab_folio(&mut self, pfn: Pfn, foll: FollFlags) {
        if pfn == self.zero_pfn {
            return;
        }
        if foll.contains(FollFlags::PIN) {
            let p = &mut self.pages[pfn.idx()];
            p.refcount += GUP_PIN_COUNTING_BIAS;
            p.pincount += 1;
            self.stats.node.foll_pin_acquired += 1;
        } else if foll.contains(FollFlags::GET) {
            self.get_page(pfn);
        }
    }

    /// `gup_put_folio`: drops what `try_grab_folio` took (`unpin_user_page` / `put_page`).
    pub(crate) fn gup_put_folio(&mut self, pfn: Pfn, foll: FollFlags) {
        if pfn == self.zero_pfn {
            return;
        }
        if foll.contains(FollFlags::PIN) {
            self.pages[pfn.idx()].pincount -= 1;
            self.stats.node.foll_pin_released += 1;
            self.put_page_refs(pfn, GUP_PIN_COUNTING_BIAS);
        } else if foll.contains(FollFlags::GET) {
            self.put_page_refs(pfn, 1);
        }
    }

    /// `follow_page_pte`.
    fn follow_page_pte(&mut self, vma: VmaId, addr: u64, foll: FollFlags) -> Follow {
        let mm = self.vmas[vma].mm;
        let Some(ptep) = self.pte_offset(mm, addr) else {
            return Follow::Fault(Unshare::No);
        };
        let pte = self.ptep_get(ptep);
        // PROT_NONE entries are followed: GUP does not honour NUMA hinting here.
        if !pte.present() {
            return Follow::Fault(Unshare::No);
        }
        let page = self.vm_normal_page(pte);
        if foll.contains(FollFlags::WRITE) && !self.can_follow_write_pte(pte, page, vma, foll) {
            return Follow::Fault(Unshare::No);
        }
        let pfn = match page {
            Some(pfn) => pfn,
            // Special mappings other than the zero page are not modelled.
            None => self.zero_pfn,
        };
        if !pte.write() && self.gup_must_unshare(Some(vma), foll, pfn) {
            return Follow::Fault(Unshare::Yes);
        }
        self.try_grab_folio(pfn, foll);
        // The zero page is not on any LRU; the model does not age it.
        if foll.contains(FollFlags::TOUCH) && pfn != self.zero_pfn {
            if foll.contains(FollFlags::WRITE)
                && !pte.dirty()
                && !self.pages[pfn.idx()].flags.contains(PageFlags::DIRTY)
            {
                self.pages[pfn.idx()].flags |= PageFlags::DIRTY;
            }
            self.folio_mark_accessed(pfn);
        }
        Follow::Page(pfn)
    }

    /// `faultin_page`.
    fn faultin_page(
        &mut self,
        vma: VmaId,
        addr: u64,
        foll: FollFlags,
        unshare: Unshare,
    ) -> Result<(), Error> {
        let mut flags = FaultFlags::empty();
        if foll.contains(FollFlags::WRITE) {
            flags |= FaultFlags::WRITE;
        }
        if foll.contains(FollFlags::REMOTE) {
            flags |= FaultFlags::REMOTE;
        }
        if unshare == Unshare::Yes {
            flags |= FaultFlags::UNSHARE;
        }
        self.handle_mm_fault(vma, addr, flags).map_err(fault_errno)
    }

    /// `__get_user_pages`: `nr_pages` pages from `start` (page-aligned). Grabbed pages are
    /// pushed to `pages`. Ok(n) with n < nr_pages means page n failed after others succeeded;
    /// an error means the first page failed (or the model could not go on: the caller then
    /// releases what `pages` holds).
    pub(crate) fn __get_user_pages(
        &mut self,
        mm: MmId,
        start: u64,
        nr_pages: u64,
        foll: FollFlags,
        pages: &mut Vec<Pfn>,
    ) -> Result<u64, Error> {
        let mut vma: Option<VmaId> = None;
        let mut done = 0;
        while done < nr_pages {
            let addr = start + done * PAGE_SIZE;
            let v = match vma {
                Some(v) if addr < self.vmas[v].end => v,
                _ => {
                    // `gup_vma_lookup`: GUP does not grow stacks.
                    let found = self.mms[mm].tree.lookup(&self.vmas, addr);
                    let checked = found
                        .ok_or(Errno::EFAULT)
                        .and_then(|v| self.check_vma_flags(v, foll).map(|()| v));
                    match checked {
                        Ok(v) => v,
                        Err(e) => return partial(done, e.into()),
                    }
                }
            };
            vma = Some(v);
            let mut faults = 0;
            loop {
                match self.follow_page_pte(v, addr, foll) {
                    Follow::Page(pfn) => {
                        if foll.intersects(FollFlags::GET | FollFlags::PIN) {
                            pages.push(pfn);
                        }
                        break;
                    }
                    Follow::Fault(unshare) => {
                        faults += 1;
                        if faults > 3 {
                            return Err(Error::Unsupported(format!(
                                "GUP at {addr:#x} did not resolve after {faults} faults"
                            )));
                        }
                        if let Err(e) = self.faultin_page(v, addr, foll, unshare) {
                            return match e {
                                Error::Errno(_) => partial(done, e),
                                other => Err(other),
                            };
                        }
                    }
                }
            }
            done += 1;
        }
        Ok(done)
    }

    /// `gup_fast`: take the pages already mapped well enough, in order, stopping at the first
    /// that is not; no faults and no FOLL_TOUCH, but PG_referenced is set.
    fn gup_fast(
        &mut self,
        mm: MmId,
        start: u64,
        nr_pages: u64,
        foll: FollFlags,
        pages: &mut Vec<Pfn>,
    ) -> u64 {
        let write = foll.contains(FollFlags::WRITE);
        for i in 0..nr_pages {
            let addr = start + i * PAGE_SIZE;
            let Some(ptep) = self.pte_offset(mm, addr) else {
                return i;
            };
            let pte = self.ptep_get(ptep);
            // pte_protnone, pte_access_permitted, pte_special.
            if !pte.hw_present() || !pte.user() || (write && !pte.write()) || pte.special() {
                return i;
            }
            let pfn = Pfn(pte.pfn() as u32);
            if !pte.write() && self.gup_must_unshare(None, foll, pfn) {
                return i;
            }
            self.try_grab_folio(pfn, foll);
            self.pages[pfn.idx()].flags |= PageFlags::REFERENCED;
            pages.push(pfn);
        }
        nr_pages
    }

    /// `gup_fast_fallback` (`pin_user_pages_fast` / `get_user_pages_fast`): GUP-fast first,
    /// the rest through the slow path with FOLL_TOUCH.
    pub(crate) fn gup_fast_fallback(
        &mut self,
        mm: MmId,
        start: u64,
        nr_pages: u64,
        foll: FollFlags,
        pages: &mut Vec<Pfn>,
    ) -> Result<u64, Error> {
        if foll.contains(FollFlags::PIN) {
            // mm_set_has_pinned_flag: sticky, even if the pin fails.
            self.mms[mm].has_pinned = true;
        }
        let fast = self.gup_fast(mm, start, nr_pages, foll, pages);
        if fast == nr_pages {
            return Ok(fast);
        }
        let rest = start + fast * PAGE_SIZE;
        match self.__get_user_pages(mm, rest, nr_pages - fast, foll | FollFlags::TOUCH, pages) {
            Ok(n) => Ok(fast + n),
            Err(Error::Errno(_)) if fast > 0 => Ok(fast),
            Err(e) => Err(e),
        }
    }

    /// `__get_user_pages` without page references over [start, end) of one VMA, as
    /// `populate_vma_page_range` and MADV_POPULATE_* use it.
    pub(crate) fn get_user_pages_range(
        &mut self,
        vma: VmaId,
        start: u64,
        end: u64,
        foll: FollFlags,
    ) -> Result<(), FaultFail> {
        let mut addr = start;
        while addr < end {
            let mut faults = 0;
            while let Follow::Fault(unshare) = self.follow_page_pte(vma, addr, foll) {
                faults += 1;
                if faults > 3 {
                    return Err(FaultFail::Unsupported(format!(
                        "GUP at {addr:#x} did not resolve"
                    )));
                }
                let mut flags = FaultFlags::empty();
                if foll.contains(FollFlags::WRITE) {
                    flags |= FaultFlags::WRITE;
                }
                if unshare == Unshare::Yes {
                    flags |= FaultFlags::UNSHARE;
                }
                self.handle_mm_fault(vma, addr, flags)?;
            }
            addr += PAGE_SIZE;
        }
        Ok(())
    }

    /// `populate_vma_page_range`.
    pub(crate) fn populate_vma_page_range(
        &mut self,
        vma: VmaId,
        start: u64,
        end: u64,
    ) -> Result<(), FaultFail> {
        let flags = self.vmas[vma].flags;
        if flags.contains(VmFlags::LOCKONFAULT) {
            return Ok(());
        }
        if !flags.accessible() {
            return Err(FaultFail::Sigsegv);
        }
        let mut foll = FollFlags::TOUCH;
        if flags & (VmFlags::WRITE | VmFlags::SHARED) == VmFlags::WRITE {
            foll |= FollFlags::WRITE;
        } else {
            foll |= FollFlags::FORCE;
        }
        let r = self.get_user_pages_range(vma, start, end, foll);
        self.lru_add_drain();
        r
    }

    /// `__mm_populate`: fault in every accessible VMA of [start, start+len). With
    /// `PopulateErrors::Ignore` (`mm_populate`) the first failure just stops it; with
    /// `Report` (mlock) the failure is returned.
    pub(crate) fn mm_populate(
        &mut self,
        mm: MmId,
        start: u64,
        len: u64,
        errors: PopulateErrors,
    ) -> Result<(), FaultFail> {
        let end = start + len;
        let mut nstart = start;
        while nstart < end {
            let Some(vma) = self.mms[mm].tree.find_intersection(&self.vmas, nstart, end) else {
                break;
            };
            let v = &self.vmas[vma];
            let nend = end.min(v.end);
            if v.flags.intersects(VmFlags::IO | VmFlags::PFNMAP) {
                nstart = nend;
                continue;
            }
            let s = nstart.max(v.start);
            match self.populate_vma_page_range(vma, s, nend) {
                Ok(()) => {}
                Err(_) if errors == PopulateErrors::Ignore => break,
                Err(e) => return Err(e),
            }
            nstart = nend;
        }
        Ok(())
    }
}

/// `__get_user_pages`' return: the count when some pages succeeded, else the error.
fn partial(done: u64, e: Error) -> Result<u64, Error> {
    if done > 0 { Ok(done) } else { Err(e) }
}

/// How a fault failure inside GUP is reported (`vm_fault_to_errno`).
fn fault_errno(f: FaultFail) -> Error {
    match f {
        FaultFail::Sigsegv | FaultFail::Sigbus => Errno::EFAULT.into(),
        FaultFail::Oom => Errno::ENOMEM.into(),
        FaultFail::Unsupported(s) => Error::Unsupported(s),
    }
}

/// What `__mm_populate` does with a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PopulateErrors {
    /// Stop quietly (`mm_populate` after mmap or brk).
    Ignore,
    /// Return it (mlock).
    Report,
}
