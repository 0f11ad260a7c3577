//! get_user_pages, as far as the model uses it so far (`mm/gup.c`): `__get_user_pages` faulting
//! pages in for `mm_populate` (MAP_POPULATE, VM_LOCKED), with FOLL_WRITE / FOLL_FORCE /
//! FOLL_TOUCH semantics. Pins and references (FOLL_PIN, FOLL_GET) come with the GUP issue.

use crate::machine::Machine;
use crate::memory::{FaultFail, FaultFlags};
use crate::mm_struct::MmId;
use crate::phys::page::PageFlags;
use crate::vma::{VmFlags, VmaId};
use uapi::PAGE_SIZE;

bitflags::bitflags! {
    /// `FOLL_*`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct FollFlags: u32 {
        const WRITE = 1 << 0;
        const TOUCH = 1 << 1;
        const FORCE = 1 << 4;
    }
}

impl Machine {
    /// `follow_page_pte`: whether the page at `addr` is mapped well enough for `foll`; applies
    /// FOLL_TOUCH's dirty and accessed marking when it is.
    fn follow_page(&mut self, mm: MmId, addr: u64, foll: FollFlags) -> bool {
        let Some(ptep) = self.pte_offset(mm, addr) else {
            return false;
        };
        let pte = self.ptep_get(ptep);
        if !pte.present() || (foll.contains(FollFlags::WRITE) && !pte.write()) {
            return false;
        }
        // The zero page and other special mappings are followed but never touched.
        let Some(pfn) = self.vm_normal_page(pte) else {
            return true;
        };
        if foll.contains(FollFlags::TOUCH) {
            if foll.contains(FollFlags::WRITE) && !pte.dirty() {
                self.pages[pfn.idx()].flags |= PageFlags::DIRTY;
            }
            self.folio_mark_accessed(pfn);
        }
        true
    }

    /// `__get_user_pages` without page references: fault in [start, end) of `vma`.
    pub(crate) fn get_user_pages_range(
        &mut self,
        vma: VmaId,
        start: u64,
        end: u64,
        foll: FollFlags,
    ) -> Result<(), FaultFail> {
        let mm = self.vmas[vma].mm;
        let mut addr = start;
        while addr < end {
            let mut tries = 0;
            while !self.follow_page(mm, addr, foll) {
                tries += 1;
                if tries > 3 {
                    return Err(FaultFail::Unsupported(format!(
                        "GUP at {addr:#x} did not resolve"
                    )));
                }
                let mut flags = FaultFlags::empty();
                if foll.contains(FollFlags::WRITE) {
                    flags |= FaultFlags::WRITE;
                }
                self.handle_mm_fault(vma, addr, flags)?;
            }
            addr += PAGE_SIZE;
        }
        Ok(())
    }

    /// `populate_vma_page_range`.
    fn populate_vma_page_range(
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

/// What `__mm_populate` does with a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PopulateErrors {
    /// Stop quietly (`mm_populate` after mmap or brk).
    Ignore,
    /// Return it (mlock).
    Report,
}
