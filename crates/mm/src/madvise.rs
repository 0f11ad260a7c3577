//! madvise (`mm/madvise.c`): validity checks first, then a walk over the VMAs of the range in
//! which a hole does not stop the walk but makes the call return ENOMEM at the end. Advice that
//! only changes VMA flags goes through `vma_modify_flags` (merge or split); MADV_DONTNEED zaps
//! the range's PTEs (anonymous pages are freed, shmem pages stay in their object); the advice
//! that acts on pages is in `madvise_pages.rs`.

use crate::machine::Machine;
use crate::madvise_pages::Reclaim;
use crate::memory::Markers;
use crate::mm_struct::MmId;
use crate::vma::{VmFlags, VmaId};
use uapi::consts::*;
use uapi::{Errno, Error, PAGE_SIZE, page_align};

/// `madvise_behavior_valid` for this configuration (KSM and THP built in, no
/// CONFIG_MEMORY_FAILURE, so MADV_HWPOISON and MADV_SOFT_OFFLINE are unknown).
fn behavior_valid(advice: u64) -> bool {
    matches!(
        advice,
        MADV_DOFORK
            | MADV_DONTFORK
            | MADV_NORMAL
            | MADV_SEQUENTIAL
            | MADV_RANDOM
            | MADV_REMOVE
            | MADV_WILLNEED
            | MADV_DONTNEED
            | MADV_DONTNEED_LOCKED
            | MADV_FREE
            | MADV_COLD
            | MADV_PAGEOUT
            | MADV_POPULATE_READ
            | MADV_POPULATE_WRITE
            | MADV_MERGEABLE
            | MADV_UNMERGEABLE
            | MADV_HUGEPAGE
            | MADV_NOHUGEPAGE
            | MADV_COLLAPSE
            | MADV_DONTDUMP
            | MADV_DODUMP
            | MADV_WIPEONFORK
            | MADV_KEEPONFORK
            | MADV_GUARD_INSTALL
            | MADV_GUARD_REMOVE
    )
}

/// `is_discard`: advice that drops data, refused on sealed read-only anonymous memory.
fn is_discard(advice: u64) -> bool {
    matches!(
        advice,
        MADV_FREE
            | MADV_DONTNEED
            | MADV_DONTNEED_LOCKED
            | MADV_REMOVE
            | MADV_DONTFORK
            | MADV_WIPEONFORK
            | MADV_GUARD_INSTALL
    )
}

/// What the model does with a valid advice.
enum Plan {
    /// Change VMA flags.
    Flags,
    Dontneed,
    Free,
    Cold,
    Pageout,
    Remove,
    GuardInstall,
    GuardRemove,
    /// MADV_POPULATE_READ / WRITE: not a VMA walk but a GUP over the range.
    Populate,
    /// MADV_COLLAPSE: refused (EINVAL) for a process with THP disabled, which model processes
    /// are, like the host workers (`PR_SET_THP_DISABLE`).
    Collapse,
    /// Accepted with no effect the model (or, without swap, Linux) shows.
    NoEffect,
}

fn plan(advice: u64) -> Plan {
    match advice {
        MADV_NORMAL | MADV_SEQUENTIAL | MADV_RANDOM | MADV_DONTFORK | MADV_DOFORK
        | MADV_WIPEONFORK | MADV_KEEPONFORK | MADV_DONTDUMP | MADV_DODUMP | MADV_HUGEPAGE
        | MADV_NOHUGEPAGE | MADV_MERGEABLE | MADV_UNMERGEABLE => Plan::Flags,
        MADV_DONTNEED | MADV_DONTNEED_LOCKED => Plan::Dontneed,
        MADV_FREE => Plan::Free,
        MADV_COLD => Plan::Cold,
        MADV_PAGEOUT => Plan::Pageout,
        MADV_REMOVE => Plan::Remove,
        MADV_GUARD_INSTALL => Plan::GuardInstall,
        MADV_GUARD_REMOVE => Plan::GuardRemove,
        MADV_POPULATE_READ | MADV_POPULATE_WRITE => Plan::Populate,
        MADV_COLLAPSE => Plan::Collapse,
        // Without swap, WILLNEED has nothing to read in.
        MADV_WILLNEED => Plan::NoEffect,
        // behavior_valid() admitted nothing else.
        _ => Plan::NoEffect,
    }
}

impl Machine {
    pub(crate) fn sys_madvise(
        &mut self,
        mm: MmId,
        start: u64,
        len_in: u64,
        advice: u64,
    ) -> Result<u64, Error> {
        if !behavior_valid(advice) || !start.is_multiple_of(PAGE_SIZE) {
            return Err(Errno::EINVAL.into());
        }
        let len = page_align(len_in).unwrap_or(0);
        if len_in != 0 && len == 0 {
            return Err(Errno::EINVAL.into());
        }
        let end = start.checked_add(len).ok_or(Errno::EINVAL)?;
        if end == start {
            return Ok(0);
        }
        if let Plan::Populate = plan(advice) {
            return self
                .madvise_populate(mm, start, end, advice == MADV_POPULATE_WRITE)
                .map(|()| 0);
        }
        self.madvise_walk_vmas(mm, start, end, advice)
            .map(|()| 0)
            .map_err(Error::Errno)
    }

    /// `madvise_walk_vmas`.
    fn madvise_walk_vmas(
        &mut self,
        mm: MmId,
        start: u64,
        last_end: u64,
        advice: u64,
    ) -> Result<(), Errno> {
        let tree = &self.mms[mm].tree;
        let mut vma = tree.find_vma(&self.vmas, start);
        let mut prev = vma.and_then(|v| tree.prev(&self.vmas, v));
        if let Some(v) = vma
            && start > self.vmas[v].start
        {
            prev = Some(v);
        }
        let mut unmapped_error = Ok(());
        let mut start = start;
        loop {
            let Some(v) = vma else {
                return Err(Errno::ENOMEM);
            };
            if start < self.vmas[v].start {
                unmapped_error = Err(Errno::ENOMEM);
                start = self.vmas[v].start;
                if start >= last_end {
                    break;
                }
            }
            let end = self.vmas[v].end.min(last_end);
            let v = self.madvise_vma_behavior(prev, v, start, end, advice)?;
            prev = Some(v);
            let end = end.max(self.vmas[v].end);
            if end >= last_end {
                break;
            }
            vma = self.mms[mm].tree.find_vma(&self.vmas, self.vmas[v].end);
            start = end;
        }
        unmapped_error
    }

    /// `madvise_vma_behavior` for [start, end) of `vma`; returns the VMA now covering it.
    fn madvise_vma_behavior(
        &mut self,
        prev: Option<VmaId>,
        vma: VmaId,
        start: u64,
        end: u64,
        advice: u64,
    ) -> Result<VmaId, Errno> {
        let v = &self.vmas[vma];
        let flags = v.flags;
        // can_madvise_modify: sealed read-only anonymous memory may not be discarded.
        if flags.contains(VmFlags::SEALED)
            && is_discard(advice)
            && v.is_anonymous()
            && !flags.contains(VmFlags::WRITE)
        {
            return Err(Errno::EPERM);
        }
        match plan(advice) {
            Plan::Dontneed => {
                let forbidden = if advice == MADV_DONTNEED_LOCKED {
                    VmFlags::PFNMAP
                } else {
                    VmFlags::PFNMAP | VmFlags::LOCKED
                };
                if flags.intersects(forbidden) {
                    return Err(Errno::EINVAL);
                }
                self.zap_page_range(vma, start, end, Markers::Keep);
                self.reclaim_empty_pte_tables(vma, start, end);
                Ok(vma)
            }
            Plan::Free => self.madvise_free(vma, start, end).map(|()| vma),
            Plan::Cold => self
                .madvise_cold_or_pageout(vma, start, end, Reclaim::Deactivate)
                .map(|()| vma),
            Plan::Pageout => self
                .madvise_cold_or_pageout(vma, start, end, Reclaim::Pageout)
                .map(|()| vma),
            Plan::Remove => self.madvise_remove(vma, start, end).map(|()| vma),
            Plan::GuardInstall => self.madvise_guard_install(vma, start, end).map(|()| vma),
            Plan::GuardRemove => self.madvise_guard_remove(vma, start, end).map(|()| vma),
            Plan::Collapse => Err(Errno::EINVAL),
            Plan::NoEffect | Plan::Populate => Ok(vma),
            Plan::Flags => {
                let new = match advice {
                    MADV_NORMAL => flags - VmFlags::RAND_READ - VmFlags::SEQ_READ,
                    MADV_SEQUENTIAL => (flags - VmFlags::RAND_READ) | VmFlags::SEQ_READ,
                    MADV_RANDOM => (flags - VmFlags::SEQ_READ) | VmFlags::RAND_READ,
                    MADV_DONTFORK => flags | VmFlags::DONTCOPY,
                    MADV_DOFORK => {
                        if flags.contains(VmFlags::IO) {
                            return Err(Errno::EINVAL);
                        }
                        flags - VmFlags::DONTCOPY
                    }
                    MADV_WIPEONFORK => {
                        if v.file.is_some() || flags.contains(VmFlags::SHARED) {
                            return Err(Errno::EINVAL);
                        }
                        flags | VmFlags::WIPEONFORK
                    }
                    MADV_KEEPONFORK => {
                        if flags.contains(VmFlags::DROPPABLE) {
                            return Err(Errno::EINVAL);
                        }
                        flags - VmFlags::WIPEONFORK
                    }
                    MADV_DONTDUMP => flags | VmFlags::DONTDUMP,
                    MADV_DODUMP => {
                        if flags.intersects(VmFlags::SPECIAL | VmFlags::DROPPABLE) {
                            return Err(Errno::EINVAL);
                        }
                        flags - VmFlags::DONTDUMP
                    }
                    MADV_HUGEPAGE => (flags - VmFlags::NOHUGEPAGE) | VmFlags::HUGEPAGE,
                    MADV_NOHUGEPAGE => (flags - VmFlags::HUGEPAGE) | VmFlags::NOHUGEPAGE,
                    // ksm_madvise: only memory KSM can merge is marked (ksmd itself is not
                    // running, so marking is all that happens).
                    MADV_MERGEABLE if self.vma_ksm_compatible(vma) => flags | VmFlags::MERGEABLE,
                    MADV_MERGEABLE => flags,
                    MADV_UNMERGEABLE => flags - VmFlags::MERGEABLE,
                    _ => unreachable!("plan() routes only flag advice here"),
                };
                self.madvise_update_vma(prev, vma, start, end, new)
            }
        }
    }

    /// `vma_ksm_compatible`.
    fn vma_ksm_compatible(&self, vma: VmaId) -> bool {
        let f = self.vmas[vma].flags;
        !f.intersects(
            VmFlags::SHARED
                | VmFlags::MAYSHARE
                | VmFlags::PFNMAP
                | VmFlags::IO
                | VmFlags::DONTEXPAND
                | VmFlags::HUGETLB
                | VmFlags::MIXEDMAP
                | VmFlags::DROPPABLE
                | VmFlags::SHADOW_STACK,
        )
    }

    /// `madvise_update_vma`: ENOMEM from a split is reported as EAGAIN.
    fn madvise_update_vma(
        &mut self,
        prev: Option<VmaId>,
        vma: VmaId,
        start: u64,
        end: u64,
        new: VmFlags,
    ) -> Result<VmaId, Errno> {
        if new == self.vmas[vma].flags {
            return Ok(vma);
        }
        let vma = self
            .vma_modify_flags(prev, vma, start, end, new)
            .map_err(|e| if e == Errno::ENOMEM { Errno::EAGAIN } else { e })?;
        let v = &mut self.vmas[vma];
        v.flags = v.flags.reset_keeping_sticky(new);
        Ok(vma)
    }
}
