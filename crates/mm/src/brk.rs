//! brk (`mm/mmap.c` SYSCALL brk, `mm/vma.c` do_brk_flags): the program break moves within
//! [start_brk, …); growing extends the heap VMA (or makes one) after checking the room up to
//! the next mapping and its guard gap, shrinking unmaps. brk never fails with an errno: it
//! returns the new break, or the old one when the request cannot be met.

use crate::arch::x86_64::vm_get_page_prot;
use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::vma::{VmFlags, Vma, VmaName};
use crate::vma_merge::Vmg;
use crate::vma_tree::vm_start_gap;
use uapi::consts::MAP_FIXED;
use uapi::{Errno, PAGE_SHIFT, PAGE_SIZE};

fn page_align_wrapping(x: u64) -> u64 {
    x.wrapping_add(PAGE_SIZE - 1) & !(PAGE_SIZE - 1)
}

impl Machine {
    pub(crate) fn sys_brk(&mut self, mm: MmId, brk: u64) -> u64 {
        let origbrk = self.mms[mm].brk;
        match self.brk_change(mm, brk) {
            Ok(()) => brk,
            Err(()) => {
                self.mms[mm].brk = origbrk;
                origbrk
            }
        }
    }

    fn brk_change(&mut self, mm: MmId, brk: u64) -> Result<(), ()> {
        let (start_brk, cur) = (self.mms[mm].start_brk, self.mms[mm].brk);
        if brk < start_brk {
            return Err(());
        }
        let newbrk = page_align_wrapping(brk);
        let oldbrk = page_align_wrapping(cur);
        if oldbrk == newbrk {
            self.mms[mm].brk = brk;
            return Ok(());
        }
        if brk <= cur {
            // Always allow shrinking, unless what lies there is not the heap.
            let brkvma = self.mms[mm]
                .tree
                .find_intersection(&self.vmas, newbrk, oldbrk)
                .ok_or(())?;
            self.mms[mm].brk = brk;
            return self
                .do_vmi_align_munmap(mm, brkvma, newbrk, oldbrk)
                .map_err(drop);
        }
        // check_brk_limits: the grown range must fit the address space.
        self.get_unmapped_area(mm, oldbrk, newbrk - oldbrk, MAP_FIXED, None)
            .map_err(drop)?;
        let gap = self.config.stack_guard_gap;
        let limit = newbrk.saturating_add(PAGE_SIZE).saturating_add(gap);
        if let Some(next) = self.mms[mm]
            .tree
            .find_intersection(&self.vmas, oldbrk, limit)
            && newbrk + PAGE_SIZE > vm_start_gap(&self.vmas[next], gap)
        {
            return Err(());
        }
        // vma_prev_limit(start_brk): the VMA just below oldbrk, if it reaches above start_brk.
        let brkvma = self.mms[mm]
            .tree
            .prev_below(&self.vmas, oldbrk)
            .filter(|&v| self.vmas[v].end > start_brk);
        self.do_brk_flags(mm, brkvma, oldbrk, newbrk - oldbrk)
            .map_err(drop)?;
        self.mms[mm].brk = brk;
        Ok(())
    }

    /// `do_brk_flags`: extend the heap VMA if it ends at `addr` and can take the range, else
    /// map a new anonymous VMA.
    fn do_brk_flags(
        &mut self,
        mm: MmId,
        vma: Option<crate::vma::VmaId>,
        addr: u64,
        len: u64,
    ) -> Result<(), Errno> {
        // VM_DATA_DEFAULT_FLAGS on x86-64, plus accounting.
        let flags = VmFlags::READ
            | VmFlags::WRITE
            | VmFlags::MAYREAD
            | VmFlags::MAYWRITE
            | VmFlags::MAYEXEC
            | VmFlags::ACCOUNT;
        if self.mms[mm].map_count() as u64 > self.config.max_map_count {
            return Err(Errno::ENOMEM);
        }
        if let Some(v) = vma
            && self.vmas[v].end == addr
        {
            let mut g = Vmg::new_range(
                Some(v),
                None,
                addr,
                addr + len,
                addr >> PAGE_SHIFT,
                flags,
                None,
            );
            g.just_expand = true;
            if self.vma_merge_new_range(&mut g).is_some() {
                self.vm_stat_account(mm, flags, (len >> PAGE_SHIFT) as i64);
                return Ok(());
            }
        }
        self.account_kernel_alloc(uapi::fail::AllocSite::Vma)
            .map_err(|_| Errno::ENOMEM)?;
        let new = self.vmas.alloc(Vma {
            mm,
            start: addr,
            end: addr + len,
            pgoff: addr >> PAGE_SHIFT,
            flags,
            page_prot: vm_get_page_prot(flags),
            anon_vma: None,
            chain: Vec::new(),
            file: None,
            filp: 0,
            name: VmaName::None,
        });
        self.mms[mm].tree.insert(&self.vmas, new);
        self.vm_stat_account(mm, flags, (len >> PAGE_SHIFT) as i64);
        Ok(())
    }
}
