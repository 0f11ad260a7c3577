//! mlock, mlock2, munlock (`mm/mlock.c`): VM_LOCKED (and VM_LOCKONFAULT for MLOCK_ONFAULT)
//! set on every VMA of the range through `vma_modify_flags`, a hole making it ENOMEM, then the
//! range populated (not for on-fault locking), with populate failures mapped the POSIX way
//! (EFAULT becomes ENOMEM, ENOMEM becomes EAGAIN) after the flags were already applied.
//! Scenario processes run as root, so CAP_IPC_LOCK lifts RLIMIT_MEMLOCK.

use crate::gup::PopulateErrors;
use crate::machine::Machine;
use crate::memory::FaultFail;
use crate::mm_struct::MmId;
use crate::vma::VmFlags;
use uapi::consts::MLOCK_ONFAULT;
use uapi::{Errno, Error, PAGE_SIZE};

impl Machine {
    pub(crate) fn sys_mlock(
        &mut self,
        mm: MmId,
        start: u64,
        len: u64,
        flags: Option<u64>,
    ) -> Result<u64, Error> {
        let mut vm_flags = VmFlags::LOCKED;
        if let Some(f) = flags {
            if f & !MLOCK_ONFAULT != 0 {
                return Err(Errno::EINVAL.into());
            }
            if f & MLOCK_ONFAULT != 0 {
                vm_flags |= VmFlags::LOCKONFAULT;
            }
        }
        let (start, len) = align_range(start, len);
        self.apply_vma_lock_flags(mm, start, len, vm_flags)?;
        match self.mm_populate(mm, start, len, PopulateErrors::Report) {
            Ok(()) => Ok(0),
            Err(FaultFail::Sigsegv | FaultFail::Sigbus) => Err(Errno::ENOMEM.into()),
            Err(FaultFail::Oom) => Err(Errno::EAGAIN.into()),
            Err(FaultFail::Unsupported(s)) => Err(Error::Unsupported(s)),
        }
    }

    pub(crate) fn sys_munlock(&mut self, mm: MmId, start: u64, len: u64) -> Result<u64, Error> {
        let (start, len) = align_range(start, len);
        self.apply_vma_lock_flags(mm, start, len, VmFlags::empty())?;
        Ok(0)
    }

    /// `apply_vma_lock_flags`.
    fn apply_vma_lock_flags(
        &mut self,
        mm: MmId,
        start: u64,
        len: u64,
        flags: VmFlags,
    ) -> Result<(), Errno> {
        let end = start.checked_add(len).ok_or(Errno::EINVAL)?;
        if end == start {
            return Ok(());
        }
        let Some(mut vma) = self.mms[mm].tree.lookup(&self.vmas, start) else {
            return Err(Errno::ENOMEM);
        };
        let mut prev = self.mms[mm].tree.prev(&self.vmas, vma);
        if start > self.vmas[vma].start {
            prev = Some(vma);
        }
        let mut nstart = start;
        let mut tmp = self.vmas[vma].start;
        loop {
            if self.vmas[vma].start != tmp {
                return Err(Errno::ENOMEM);
            }
            let newflags = (self.vmas[vma].flags - VmFlags::LOCKED_MASK) | flags;
            tmp = self.vmas[vma].end.min(end);
            let changed = self.mlock_fixup(&mut prev, vma, nstart, tmp, newflags)?;
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

    /// `mlock_fixup`: special, dropped-on-pressure and hugetlb mappings are skipped silently.
    fn mlock_fixup(
        &mut self,
        prev: &mut Option<crate::vma::VmaId>,
        vma: crate::vma::VmaId,
        start: u64,
        end: u64,
        newflags: VmFlags,
    ) -> Result<crate::vma::VmaId, Errno> {
        let old = self.vmas[vma].flags;
        if newflags == old
            || old.intersects(VmFlags::SPECIAL | VmFlags::HUGETLB | VmFlags::DROPPABLE)
        {
            *prev = Some(vma);
            return Ok(vma);
        }
        let vma = self.vma_modify_flags(*prev, vma, start, end, newflags)?;
        let pages = (end - start) / PAGE_SIZE;
        let mm = self.vmas[vma].mm;
        if !newflags.contains(VmFlags::LOCKED) {
            self.mms[mm].locked_vm -= pages;
        } else if !old.contains(VmFlags::LOCKED) {
            self.mms[mm].locked_vm += pages;
        }
        let v = &mut self.vmas[vma];
        v.flags = v.flags.reset_keeping_sticky(newflags);
        *prev = Some(vma);
        Ok(vma)
    }
}

/// mlock and munlock round the range out to whole pages.
fn align_range(start: u64, len: u64) -> (u64, u64) {
    let off = start % PAGE_SIZE;
    let len = len.wrapping_add(off).wrapping_add(PAGE_SIZE - 1) & !(PAGE_SIZE - 1);
    (start - off, len)
}
