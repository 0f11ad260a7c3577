//! mprotect (`mm/mprotect.c`): `do_mprotect_pkey` walks the VMAs of the range, checks each new
//! protection against the VM_MAY* limits, and applies it with `mprotect_fixup` (merge or split,
//! VM_ACCOUNT bookkeeping) and `change_protection`, which rewrites the PTEs and makes exclusive
//! anonymous pages writable at once in writable private mappings (no write fault needed). A hole
//! in the range stops the walk with ENOMEM after the VMAs before it were changed.

use crate::arch::x86_64::Pte;
use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::mmap::calc_vm_prot_bits;
use crate::pgtable::Ptep;
use crate::phys::page::PageFlags;
use crate::vma::{VmFlags, VmaId};
use uapi::consts::{PROT_EXEC, PROT_GROWSDOWN, PROT_GROWSUP, PROT_READ, PROT_SEM, PROT_WRITE};
use uapi::{Errno, PAGE_SIZE, page_align};

impl Machine {
    pub(crate) fn sys_mprotect(
        &mut self,
        mm: MmId,
        start: u64,
        len: u64,
        prot: u64,
    ) -> Result<(), Errno> {
        let grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
        let prot = prot & !(PROT_GROWSDOWN | PROT_GROWSUP);
        if grows == PROT_GROWSDOWN | PROT_GROWSUP {
            return Err(Errno::EINVAL);
        }
        if start & (PAGE_SIZE - 1) != 0 {
            return Err(Errno::EINVAL);
        }
        if len == 0 {
            return Ok(());
        }
        let len = page_align(len).ok_or(Errno::ENOMEM)?;
        let end = start
            .checked_add(len)
            .filter(|&e| e > start)
            .ok_or(Errno::ENOMEM)?;
        // arch_validate_prot
        if prot & !(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM) != 0 {
            return Err(Errno::EINVAL);
        }
        let mut start = start;
        let Some(mut vma) = self.mms[mm].tree.find_intersection(&self.vmas, start, end) else {
            return Err(Errno::ENOMEM);
        };
        if grows & PROT_GROWSDOWN != 0 {
            if self.vmas[vma].start >= end {
                return Err(Errno::ENOMEM);
            }
            start = self.vmas[vma].start;
            if !self.vmas[vma].flags.contains(VmFlags::GROWSDOWN) {
                return Err(Errno::EINVAL);
            }
        } else {
            if self.vmas[vma].start > start {
                return Err(Errno::ENOMEM);
            }
            // x86 has no VM_GROWSUP, so PROT_GROWSUP never applies.
            if grows & PROT_GROWSUP != 0 {
                return Err(Errno::EINVAL);
            }
        }
        let mut prev = self.mms[mm].tree.prev(&self.vmas, vma);
        if start > self.vmas[vma].start {
            prev = Some(vma);
        }
        let newprot_bits = calc_vm_prot_bits(prot);
        let mut nstart = start;
        let mut tmp = self.vmas[vma].start;
        loop {
            if self.vmas[vma].start != tmp {
                return Err(Errno::ENOMEM);
            }
            let old = self.vmas[vma].flags;
            let newflags = newprot_bits | (old - VmFlags::ACCESS);
            // Each new permission needs its VM_MAY* counterpart (VM_MAYREAD is VM_READ << 4).
            let may = VmFlags::from_bits_truncate(newflags.bits() >> 4);
            if !(newflags & VmFlags::ACCESS).difference(may).is_empty() {
                return Err(Errno::EACCES);
            }
            tmp = self.vmas[vma].end.min(end);
            let changed = self.mprotect_fixup(&mut prev, vma, nstart, tmp, newflags)?;
            tmp = self.vmas[changed].end;
            nstart = tmp;
            if tmp >= end {
                return Ok(());
            }
            match self.mms[mm].tree.next(&self.vmas, changed) {
                Some(n) if self.vmas[n].start < end => vma = n,
                _ => return Err(Errno::ENOMEM),
            }
        }
    }

    /// `mprotect_fixup`. Returns the VMA now covering [start, end).
    fn mprotect_fixup(
        &mut self,
        prev: &mut Option<VmaId>,
        vma: VmaId,
        start: u64,
        end: u64,
        newflags: VmFlags,
    ) -> Result<VmaId, Errno> {
        let old = self.vmas[vma].flags;
        if old.contains(VmFlags::SEALED) {
            return Err(Errno::EPERM);
        }
        if newflags == old {
            *prev = Some(vma);
            return Ok(vma);
        }
        let mut newflags = newflags;
        let nrpages = (end - start) / PAGE_SIZE;
        if newflags.contains(VmFlags::WRITE) {
            if !old.intersects(
                VmFlags::ACCOUNT
                    | VmFlags::WRITE
                    | VmFlags::HUGETLB
                    | VmFlags::SHARED
                    | VmFlags::NORESERVE,
            ) {
                newflags |= VmFlags::ACCOUNT;
            }
        } else if old.contains(VmFlags::ACCOUNT)
            && self.vmas[vma].is_anonymous()
            && self.vmas[vma].anon_vma.is_none()
        {
            newflags -= VmFlags::ACCOUNT;
        }
        let vma = self.vma_modify_flags(*prev, vma, start, end, newflags)?;
        *prev = Some(vma);
        let page_prot = self.vma_page_prot(newflags, self.vmas[vma].file);
        let v = &mut self.vmas[vma];
        v.flags = v.flags.reset_keeping_sticky(newflags);
        v.page_prot = page_prot;
        let mm = v.mm;
        let try_writable = !newflags.contains(VmFlags::SHARED) && newflags.contains(VmFlags::WRITE);
        self.change_protection(vma, start, end, try_writable);
        // A private VM_LOCKED VMA becoming writable breaks COW now rather than at the first
        // write (failures are ignored, as Linux ignores them).
        if old & (VmFlags::WRITE | VmFlags::SHARED | VmFlags::LOCKED) == VmFlags::LOCKED
            && newflags.contains(VmFlags::WRITE)
        {
            let _ = self.populate_vma_page_range(vma, start, end);
            self.lru_add_drain();
        }
        self.vm_stat_account(mm, old, -(nrpages as i64));
        self.vm_stat_account(mm, newflags, nrpages as i64);
        Ok(vma)
    }

    /// `change_protection` / `change_pte_range` for present entries.
    fn change_protection(&mut self, vma: VmaId, start: u64, end: u64, try_writable: bool) {
        let (mm, prot) = (self.vmas[vma].mm, self.vmas[vma].page_prot);
        let mut addr = start;
        while addr < end {
            let next = ((addr & crate::pgtable::PMD_MASK) + crate::arch::x86_64::PMD_SIZE).min(end);
            if let Some(table) = self.pte_table(mm, addr) {
                let mut a = addr;
                while a < next {
                    let ptep = Ptep {
                        table,
                        idx: crate::arch::x86_64::index(a, 3),
                    };
                    let old = self.ptep_get(ptep);
                    if old.present() {
                        let mut new = old.modify(prot);
                        if try_writable && !new.write() && self.can_change_private_pte_writable(new)
                        {
                            new = new.mkwrite();
                        }
                        self.set_pte_at(ptep, new);
                    }
                    a += PAGE_SIZE;
                }
            }
            addr = next;
        }
    }

    /// `can_change_private_pte_writable`: only exclusive anonymous pages, which the write-fault
    /// handler would map writable anyway.
    fn can_change_private_pte_writable(&self, pte: Pte) -> bool {
        if !pte.hw_present() {
            return false;
        }
        match self.vm_normal_page(pte) {
            Some(pfn) => {
                let f = self.pages[pfn.idx()].flags;
                f.contains(PageFlags::ANON) && f.contains(PageFlags::ANON_EXCLUSIVE)
            }
            None => false,
        }
    }
}
