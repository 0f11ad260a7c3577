//! mseal (`mm/mseal.c`): VM_SEALED on every VMA of a range with no holes. A sealed VMA can no
//! longer be unmapped, moved, resized, reprotected or discarded (the checks live in munmap,
//! mremap, mprotect and madvise).

use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::vma::VmFlags;
use uapi::{Errno, PAGE_SIZE};

impl Machine {
    pub(crate) fn sys_mseal(
        &mut self,
        mm: MmId,
        start: u64,
        len_in: u64,
        flags: u64,
    ) -> Result<u64, Errno> {
        if flags != 0 || !start.is_multiple_of(PAGE_SIZE) {
            return Err(Errno::EINVAL);
        }
        let len = len_in.wrapping_add(PAGE_SIZE - 1) & !(PAGE_SIZE - 1);
        if len_in != 0 && len == 0 {
            return Err(Errno::EINVAL);
        }
        let end = start.checked_add(len).ok_or(Errno::EINVAL)?;
        if end == start {
            return Ok(0);
        }
        if self.range_contains_unmapped(mm, start, end) {
            return Err(Errno::ENOMEM);
        }
        let mut vma = self.mms[mm]
            .tree
            .lookup(&self.vmas, start)
            .expect("no holes");
        let mut prev = self.mms[mm].tree.prev(&self.vmas, vma);
        if start > self.vmas[vma].start {
            prev = Some(vma);
        }
        let mut cur = start;
        while cur < end {
            let cur_end = self.vmas[vma].end.min(end);
            let flags = self.vmas[vma].flags;
            if !flags.contains(VmFlags::SEALED) {
                vma = self.vma_modify_flags(prev, vma, cur, cur_end, flags | VmFlags::SEALED)?;
                self.vmas[vma].flags |= VmFlags::SEALED;
            }
            prev = Some(vma);
            cur = cur_end;
            if cur < end {
                vma = self.mms[self.vmas[vma].mm]
                    .tree
                    .lookup(&self.vmas, cur)
                    .expect("no holes");
            }
        }
        Ok(0)
    }

    fn range_contains_unmapped(&self, mm: MmId, start: u64, end: u64) -> bool {
        let mut prev_end = start;
        let mut cur = self.mms[mm].tree.find_intersection(&self.vmas, start, end);
        while let Some(v) = cur {
            let (s, e) = (self.vmas[v].start, self.vmas[v].end);
            if s > prev_end {
                return true;
            }
            prev_end = e;
            cur = self.mms[mm]
                .tree
                .next(&self.vmas, v)
                .filter(|&n| self.vmas[n].start < end);
        }
        prev_end < end
    }
}
