//! mremap (`mm/mremap.c`): shrink in place, grow in place when the space after the VMA is free
//! (merging with the next VMA if it becomes adjacent), or move — copy the VMA to a new range
//! (`copy_vma`, merging there if it can), move the page-table entries, and unmap the source.
//! Pages keep their index, and the moved VMA's pgoff is chosen so they stay reachable through
//! rmap. MREMAP_FIXED chooses the destination, MREMAP_DONTUNMAP keeps the (now empty) source,
//! and a pure move (MREMAP_FIXED with equal lengths) may span several VMAs, keeping the gaps
//! between them (6.17+).

use crate::arch::x86_64::{self as arch, Pte};
use crate::gup::PopulateErrors;
use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::pgtable::Ptep;
use crate::shmem::FileKind;
use crate::vma::{VmFlags, VmaId};
use uapi::consts::{MAP_FIXED, MAP_SHARED, MREMAP_DONTUNMAP, MREMAP_FIXED, MREMAP_MAYMOVE};
use uapi::{Errno, PAGE_SHIFT, PAGE_SIZE, TASK_SIZE};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RemapType {
    NoResize,
    Shrink,
    Expand,
}

/// `struct vma_remap_struct`.
struct Vrm {
    mm: MmId,
    vma: Option<VmaId>,
    addr: u64,
    old_len: u64,
    new_len: u64,
    flags: u64,
    new_addr: u64,
    delta: u64,
    remap_type: RemapType,
    populate_expand: bool,
}

/// `PAGE_ALIGN`, wrapping like the C macro (a length near 2^64 becomes 0).
fn page_align_wrapping(x: u64) -> u64 {
    x.wrapping_add(PAGE_SIZE - 1) & !(PAGE_SIZE - 1)
}

impl Vrm {
    fn implies_new_addr(&self) -> bool {
        self.flags & (MREMAP_FIXED | MREMAP_DONTUNMAP) != 0
    }

    fn set_delta(&mut self) {
        self.delta = self.old_len.abs_diff(self.new_len);
        self.remap_type = if self.delta == 0 {
            RemapType::NoResize
        } else if self.old_len > self.new_len {
            RemapType::Shrink
        } else {
            RemapType::Expand
        };
    }

    fn overlaps(&self) -> bool {
        let (so, eo) = (self.addr, self.addr.wrapping_add(self.old_len));
        let (sn, en) = (self.new_addr, self.new_addr.wrapping_add(self.new_len));
        eo > sn && en > so
    }

    fn will_map_new(&self) -> bool {
        self.remap_type == RemapType::Expand || self.implies_new_addr()
    }

    fn move_only(&self) -> bool {
        self.flags & MREMAP_FIXED != 0 && self.old_len == self.new_len
    }
}

/// The start of the 2 MiB region after the one holding `addr`.
fn pmd_next(addr: u64) -> u64 {
    (addr | (arch::PMD_SIZE - 1)) + 1
}

impl Machine {
    pub(crate) fn sys_mremap(
        &mut self,
        mm: MmId,
        addr: u64,
        old_len: u64,
        new_len: u64,
        flags: u64,
        new_addr: u64,
    ) -> Result<u64, Errno> {
        let mut vrm = Vrm {
            mm,
            vma: None,
            addr,
            old_len: page_align_wrapping(old_len),
            new_len: page_align_wrapping(new_len),
            flags,
            new_addr,
            delta: 0,
            remap_type: RemapType::NoResize,
            populate_expand: false,
        };
        self.check_mremap_params(&vrm)?;
        let res = if vrm.move_only() {
            self.remap_move(&mut vrm)
        } else {
            vrm.vma = self.mms[mm].tree.lookup(&self.vmas, vrm.addr);
            self.check_prep_vma(&mut vrm)?;
            if vrm.implies_new_addr() {
                self.mremap_to(&mut vrm)
            } else {
                self.mremap_at(&mut vrm)
            }
        }?;
        if vrm.populate_expand {
            let _ = self.mm_populate(
                mm,
                vrm.new_addr + vrm.old_len,
                vrm.delta,
                PopulateErrors::Ignore,
            );
        }
        Ok(res)
    }

    /// `check_mremap_params`.
    fn check_mremap_params(&self, vrm: &Vrm) -> Result<(), Errno> {
        if vrm.flags & !(MREMAP_FIXED | MREMAP_MAYMOVE | MREMAP_DONTUNMAP) != 0 {
            return Err(Errno::EINVAL);
        }
        if !vrm.addr.is_multiple_of(PAGE_SIZE) || vrm.new_len == 0 || vrm.new_len > TASK_SIZE {
            return Err(Errno::EINVAL);
        }
        if !vrm.implies_new_addr() {
            return Ok(());
        }
        if vrm.new_addr > TASK_SIZE - vrm.new_len || !vrm.new_addr.is_multiple_of(PAGE_SIZE) {
            return Err(Errno::EINVAL);
        }
        if vrm.flags & MREMAP_MAYMOVE == 0 {
            return Err(Errno::EINVAL);
        }
        if vrm.flags & MREMAP_DONTUNMAP != 0 && vrm.old_len != vrm.new_len {
            return Err(Errno::EINVAL);
        }
        if vrm.overlaps() {
            return Err(Errno::EINVAL);
        }
        // Both the source and the destination may be split in three before unmapping.
        if self.mms[vrm.mm].map_count() as u64 + 2 >= self.config.max_map_count - 3 {
            return Err(Errno::ENOMEM);
        }
        Ok(())
    }

    /// `check_prep_vma`.
    fn check_prep_vma(&self, vrm: &mut Vrm) -> Result<(), Errno> {
        let Some(vma) = vrm.vma else {
            return Err(Errno::EFAULT);
        };
        let v = &self.vmas[vma];
        if v.flags.contains(VmFlags::SEALED) {
            return Err(Errno::EPERM);
        }
        vrm.set_delta();
        if !vrm.implies_new_addr() {
            vrm.new_addr = vrm.addr;
        }
        if !vrm.will_map_new() {
            return Ok(());
        }
        let mut old_len = vrm.old_len;
        let new_len = vrm.new_len;
        // Duplicating a private mapping (old_len 0) makes no sense and is refused.
        if old_len == 0 && !v.flags.intersects(VmFlags::SHARED | VmFlags::MAYSHARE) {
            return Err(Errno::EINVAL);
        }
        if vrm.flags & MREMAP_DONTUNMAP != 0
            && v.flags.intersects(VmFlags::DONTEXPAND | VmFlags::PFNMAP)
        {
            return Err(Errno::EINVAL);
        }
        if vrm.remap_type == RemapType::Shrink {
            old_len = new_len;
        }
        if old_len > v.end - vrm.addr {
            return Err(Errno::EFAULT);
        }
        if new_len == old_len {
            return Ok(());
        }
        if v.flags.contains(VmFlags::LOCKED) {
            vrm.populate_expand = true;
        }
        let pgoff = v.pgoff_at(vrm.addr);
        if pgoff.checked_add(new_len >> PAGE_SHIFT).is_none() {
            return Err(Errno::EINVAL);
        }
        if v.flags.intersects(VmFlags::DONTEXPAND | VmFlags::PFNMAP) {
            return Err(Errno::EFAULT);
        }
        Ok(())
    }

    /// `mremap_at`: resize where the VMA is.
    fn mremap_at(&mut self, vrm: &mut Vrm) -> Result<u64, Errno> {
        match vrm.remap_type {
            RemapType::NoResize => Ok(vrm.addr),
            RemapType::Shrink => {
                self.shrink_vma(vrm)?;
                Ok(vrm.addr)
            }
            RemapType::Expand => self.expand_vma(vrm),
        }
    }

    /// `shrink_vma`: unmap the tail.
    fn shrink_vma(&mut self, vrm: &mut Vrm) -> Result<(), Errno> {
        self.do_munmap(vrm.mm, vrm.addr + vrm.new_len, vrm.delta)?;
        vrm.vma = self.mms[vrm.mm].tree.lookup(&self.vmas, vrm.addr);
        if vrm.vma.is_none() {
            return Err(Errno::EFAULT);
        }
        Ok(())
    }

    /// `vma_expandable`: nothing after the VMA for `delta`, and the result fits the address space.
    fn vma_expandable(&mut self, vma: VmaId, delta: u64) -> bool {
        let v = &self.vmas[vma];
        let (mm, start, end) = (v.mm, v.start, v.end);
        let Some(new_end) = end.checked_add(delta) else {
            return false;
        };
        if self.mms[mm]
            .tree
            .find_intersection(&self.vmas, end, new_end)
            .is_some()
        {
            return false;
        }
        // vma_expandable asks without the file.
        self.get_unmapped_area(mm, start, new_end - start, MAP_FIXED, None)
            .is_ok()
    }

    /// `expand_vma`: grow in place if the range reaches the VMA's end and the space after it is
    /// free, else move (with MREMAP_MAYMOVE).
    fn expand_vma(&mut self, vrm: &mut Vrm) -> Result<u64, Errno> {
        let vma = vrm.vma.expect("checked by check_prep_vma");
        if self.vmas[vma].end - vrm.addr == vrm.old_len && self.vma_expandable(vma, vrm.delta) {
            let vma = self.vma_merge_extend(vma, vrm.delta).ok_or(Errno::ENOMEM)?;
            vrm.vma = Some(vma);
            let flags = self.vmas[vma].flags;
            self.vrm_stat_account(vrm.mm, flags, vrm.delta);
            return Ok(vrm.addr);
        }
        if vrm.flags & MREMAP_MAYMOVE == 0 {
            return Err(Errno::ENOMEM);
        }
        self.vrm_set_new_addr(vrm)?;
        self.move_vma(vrm)
    }

    fn vrm_stat_account(&mut self, mm: MmId, flags: VmFlags, bytes: u64) {
        let pages = bytes >> PAGE_SHIFT;
        self.vm_stat_account(mm, flags, pages as i64);
        if flags.contains(VmFlags::LOCKED) {
            self.mms[mm].locked_vm += pages;
        }
    }

    /// `vrm_set_new_addr`: where the moved VMA goes — MREMAP_FIXED's address, DONTUNMAP's hint,
    /// or wherever mmap would put it.
    fn vrm_set_new_addr(&mut self, vrm: &mut Vrm) -> Result<(), Errno> {
        let v = &self.vmas[vrm.vma.expect("source VMA")];
        let mut map_flags = 0;
        if vrm.flags & MREMAP_FIXED != 0 {
            map_flags |= MAP_FIXED;
        }
        if v.flags.contains(VmFlags::MAYSHARE) {
            map_flags |= MAP_SHARED;
        }
        let hint = if vrm.implies_new_addr() {
            vrm.new_addr
        } else {
            0
        };
        // A regular file's placement depends on the file offset (thp_get_unmapped_area).
        let file_pgoff = v
            .file
            .filter(|&f| matches!(self.files[f].kind, FileKind::Regular { .. }))
            .map(|_| v.pgoff_at(vrm.addr));
        vrm.new_addr = self.get_unmapped_area(vrm.mm, hint, vrm.new_len, map_flags, file_pgoff)?;
        Ok(())
    }

    /// `mremap_to`: move to a given (MREMAP_FIXED) or hinted (MREMAP_DONTUNMAP) address.
    fn mremap_to(&mut self, vrm: &mut Vrm) -> Result<u64, Errno> {
        if vrm.flags & MREMAP_FIXED != 0 {
            self.do_munmap(vrm.mm, vrm.new_addr, vrm.new_len)?;
            vrm.vma = self.mms[vrm.mm].tree.lookup(&self.vmas, vrm.addr);
            if vrm.vma.is_none() {
                return Err(Errno::EFAULT);
            }
        }
        if vrm.remap_type == RemapType::Shrink {
            self.shrink_vma(vrm)?;
            vrm.old_len = vrm.new_len;
        }
        self.vrm_set_new_addr(vrm)?;
        self.move_vma(vrm)
    }

    /// `move_vma`.
    fn move_vma(&mut self, vrm: &mut Vrm) -> Result<u64, Errno> {
        let mm = vrm.mm;
        if self.mms[mm].map_count() as u64 >= self.config.max_map_count - 3 {
            return Err(Errno::ENOMEM);
        }
        let vma = vrm.vma.expect("source VMA");
        let new_pgoff = self.vmas[vma].pgoff_at(vrm.addr);
        let (new_vma, src) = self.copy_vma(vma, vrm.new_addr, vrm.new_len, new_pgoff)?;
        vrm.vma = Some(src);
        if let Err(moved) = self.move_page_tables(mm, vrm.addr, vrm.new_addr, vrm.old_len) {
            // A page table could not be allocated: the entries moved so far go back (their
            // old tables are still there) and the new area is unmapped instead of the old.
            let back = self.move_page_tables(mm, vrm.new_addr, vrm.addr, moved);
            debug_assert!(back.is_ok(), "moving entries back needs no new table");
            let _ = self.do_munmap(mm, vrm.new_addr, vrm.new_len);
            return Err(Errno::ENOMEM);
        }
        let flags = self.vmas[src].flags;
        self.vrm_stat_account(mm, flags, vrm.new_len);
        if vrm.flags & MREMAP_DONTUNMAP != 0 {
            // dontunmap_complete: the source stays, empty and no longer locked.
            let s = &mut self.vmas[src];
            s.flags -= VmFlags::LOCKED_MASK;
            let whole = vrm.addr == s.start && vrm.addr + vrm.old_len == s.end;
            if new_vma != src && whole {
                self.unlink_anon_vmas(src);
            }
        } else {
            // unmap_source_vma: a failure (e.g. nothing to unmap for old_len 0) is ignored.
            let _ = self.do_munmap(mm, vrm.addr, vrm.old_len);
        }
        Ok(vrm.new_addr)
    }

    /// `move_page_tables`, one extent at a time (up to the next PMD boundary on either side):
    /// wherever the source has a PTE table, the destination gets one, even if no entry of the
    /// extent is in use, and the entries move over keeping every bit; pages keep their index
    /// (the destination VMA's pgoff was chosen for that), so nothing else changes. When a
    /// table cannot be allocated, `Err` holds how much was moved.
    fn move_page_tables(
        &mut self,
        mm: MmId,
        old_addr: u64,
        new_addr: u64,
        len: u64,
    ) -> Result<(), u64> {
        let mut off = 0;
        while off < len {
            let (old, new) = (old_addr + off, new_addr + off);
            let extent = (pmd_next(old) - old)
                .min(pmd_next(new) - new)
                .min(len - off);
            if let Some(src_table) = self.pte_table(mm, old) {
                let dst_table = self.table_alloc(mm, new, 3).map_err(|_| off)?;
                let mut o = 0;
                while o < extent {
                    let src = Ptep {
                        table: src_table,
                        idx: arch::index(old + o, 3),
                    };
                    let pte = self.ptep_get(src);
                    if !pte.is_none() {
                        let dst = Ptep {
                            table: dst_table,
                            idx: arch::index(new + o, 3),
                        };
                        self.set_pte_at(src, Pte::NONE);
                        self.set_pte_at(dst, pte);
                    }
                    o += PAGE_SIZE;
                }
            }
            off += extent;
        }
        Ok(())
    }

    /// `remap_move`: a pure move of every VMA in [addr, addr+old_len), keeping the gaps between
    /// them at the destination.
    fn remap_move(&mut self, vrm: &mut Vrm) -> Result<u64, Errno> {
        let (start, end, mm) = (vrm.addr, vrm.addr + vrm.old_len, vrm.mm);
        let mut target = vrm.new_addr;
        let mut res = Err(Errno::EFAULT);
        let mut last_end = 0;
        let mut seen = false;
        let mut cursor = start;
        while let Some(vma) = self.mms[mm].tree.find_intersection(&self.vmas, cursor, end) {
            let (vs, ve) = (self.vmas[vma].start, self.vmas[vma].end);
            if !seen && start < vs {
                return Err(Errno::EFAULT);
            }
            let addr = vs.max(start);
            let len = end.min(ve) - addr;
            let offset = if seen { vs - last_end } else { 0 };
            last_end = ve;
            vrm.vma = Some(vma);
            vrm.addr = addr;
            vrm.new_addr = target + offset;
            vrm.old_len = len;
            vrm.new_len = len;
            self.check_prep_vma(vrm)?;
            let r = self.mremap_to(vrm)?;
            if !seen {
                res = Ok(r);
            }
            seen = true;
            target = r + vrm.new_len;
            cursor = addr + len;
            if cursor >= end {
                break;
            }
        }
        res
    }
}
