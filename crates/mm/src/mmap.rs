//! mmap and munmap (`mm/mmap.c`, `mm/vma.c`, `arch/x86/kernel/sys_x86_64.c`): argument checks
//! in Linux's order, address placement (`__get_unmapped_area`: hints, MAP_FIXED, top-down
//! search from mmap_base, 2 MiB alignment of PMD-multiple anonymous mappings, the stack guard
//! gap), `__mmap_region` with merging, and `do_vmi_munmap` with its splits and page-table
//! freeing bounded by the neighbouring VMAs.

use crate::filemap::OpenFile;
use crate::gup::PopulateErrors;
use crate::machine::Machine;
use crate::memory::Markers;
use crate::mm_struct::MmId;
use crate::vma::{VmFlags, Vma, VmaId, VmaName};
use crate::vma_merge::{NewPart, Vmg};
use crate::vma_tree::{UnmappedAreaInfo, vm_start_gap};
use uapi::consts::*;
use uapi::{Errno, PAGE_SHIFT, PAGE_SIZE, PMD_SIZE, TASK_SIZE, page_align};

/// Result of `vms_gather_munmap_vmas`: the VMAs to remove, already cut to the range.
struct MunmapGather {
    vmas: Vec<VmaId>,
    prev: Option<VmaId>,
    next: Option<VmaId>,
}

impl Machine {
    /// `vm_stat_account`.
    pub(crate) fn vm_stat_account(&mut self, mm: MmId, flags: VmFlags, npages: i64) {
        let m = &mut self.mms[mm];
        let add = |c: &mut u64| *c = c.saturating_add_signed(npages);
        add(&mut m.total_vm);
        let stack = VmFlags::GROWSDOWN;
        if flags & (VmFlags::EXEC | VmFlags::WRITE | stack) == VmFlags::EXEC {
            add(&mut m.exec_vm);
        } else if flags.contains(stack) {
            add(&mut m.stack_vm);
        } else if flags & (VmFlags::WRITE | VmFlags::SHARED | stack) == VmFlags::WRITE {
            add(&mut m.data_vm);
        }
    }

    /// The mmap syscall (`ksys_mmap_pgoff` -> `vm_mmap_pgoff` -> `do_mmap`), then populate.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn sys_mmap(
        &mut self,
        mm: MmId,
        addr: u64,
        len: u64,
        prot: u64,
        flags: u64,
        fd: i64,
        off: u64,
    ) -> Result<u64, Errno> {
        if off & (PAGE_SIZE - 1) != 0 {
            return Err(Errno::EINVAL);
        }
        let file = if flags & MAP_ANONYMOUS == 0 {
            let open = self.fget(mm, fd).ok_or(Errno::EBADF)?;
            if flags & MAP_HUGETLB != 0 {
                // Not a hugetlbfs file.
                return Err(Errno::EINVAL);
            }
            Some(open)
        } else {
            if flags & MAP_HUGETLB != 0 {
                // Anonymous hugetlb needs reserved huge pages; the reference machine has none.
                return Err(Errno::ENOMEM);
            }
            None
        };
        let (addr, populate) = self.do_mmap(mm, addr, len, prot, flags, off >> PAGE_SHIFT, file)?;
        if populate > 0 {
            // Like vm_mmap_pgoff, the mapping stands whatever populating it runs into.
            let _ = self.mm_populate(mm, addr, populate, PopulateErrors::Ignore);
        }
        Ok(addr)
    }

    /// `do_mmap`. Returns the address and how much to populate.
    #[allow(clippy::too_many_arguments)]
    fn do_mmap(
        &mut self,
        mm: MmId,
        addr: u64,
        len: u64,
        prot: u64,
        flags: u64,
        pgoff: u64,
        file: Option<OpenFile>,
    ) -> Result<(u64, u64), Errno> {
        if len == 0 {
            return Err(Errno::EINVAL);
        }
        let mut flags = flags;
        if flags & MAP_FIXED_NOREPLACE != 0 {
            flags |= MAP_FIXED;
        }
        let mut addr = addr;
        if flags & MAP_FIXED == 0 {
            addr = self.round_hint_to_min(addr);
        }
        let len = page_align(len).filter(|&l| l != 0).ok_or(Errno::ENOMEM)?;
        if pgoff.checked_add(len >> PAGE_SHIFT).is_none() {
            return Err(Errno::EOVERFLOW);
        }
        if self.mms[mm].map_count() as u64 > self.config.max_map_count {
            return Err(Errno::ENOMEM);
        }
        let mut vm_flags = calc_vm_prot_bits(prot)
            | calc_vm_flag_bits(flags)
            | VmFlags::MAYREAD
            | VmFlags::MAYWRITE
            | VmFlags::MAYEXEC;
        let area_pgoff = file.map(|_| pgoff);
        let addr = self.get_unmapped_area(mm, addr, len, flags, area_pgoff)?;
        if flags & MAP_FIXED_NOREPLACE != 0
            && self.mms[mm]
                .tree
                .find_intersection(&self.vmas, addr, addr + len)
                .is_some()
        {
            return Err(Errno::EEXIST);
        }
        // MAP_LOCKED needs CAP_IPC_LOCK or an RLIMIT_MEMLOCK; the scenario runs as root.
        let pgoff = match file {
            Some(open) => {
                vm_flags = file_mmap_flags(open, prot, flags, pgoff, len, vm_flags)?;
                pgoff
            }
            // Anonymous memory ignores the offset: shared starts at 0, private at the page
            // index.
            None => match flags & MAP_TYPE {
                MAP_SHARED => {
                    if vm_flags.intersects(VmFlags::GROWSDOWN) {
                        return Err(Errno::EINVAL);
                    }
                    vm_flags |= VmFlags::SHARED | VmFlags::MAYSHARE;
                    0
                }
                MAP_DROPPABLE => {
                    if flags & (MAP_LOCKED | MAP_HUGETLB) != 0
                        || vm_flags.contains(VmFlags::GROWSDOWN)
                    {
                        return Err(Errno::EINVAL);
                    }
                    vm_flags |= VmFlags::DROPPABLE
                        | VmFlags::NORESERVE
                        | VmFlags::WIPEONFORK
                        | VmFlags::DONTDUMP;
                    addr >> PAGE_SHIFT
                }
                MAP_PRIVATE => addr >> PAGE_SHIFT,
                _ => return Err(Errno::EINVAL),
            },
        };
        if flags & MAP_NORESERVE != 0 {
            vm_flags |= VmFlags::NORESERVE;
        }
        let addr = self.mmap_region(mm, addr, len, vm_flags, pgoff, file)?;
        let populate = if vm_flags.contains(VmFlags::LOCKED)
            || flags & (MAP_POPULATE | MAP_NONBLOCK) == MAP_POPULATE
        {
            len
        } else {
            0
        };
        Ok((addr, populate))
    }

    /// `round_hint_to_min`.
    fn round_hint_to_min(&self, hint: u64) -> u64 {
        let hint = hint & !(PAGE_SIZE - 1);
        if hint != 0 && hint < self.config.mmap_min_addr {
            return page_align(self.config.mmap_min_addr).unwrap_or(hint);
        }
        hint
    }

    /// `__get_unmapped_area`. `file_pgoff` is the page offset of a file mapping (`None` for
    /// anonymous memory); regular files are ext4's, whose `get_unmapped_area` is
    /// `thp_get_unmapped_area`.
    pub(crate) fn get_unmapped_area(
        &mut self,
        mm: MmId,
        addr: u64,
        len: u64,
        flags: u64,
        file_pgoff: Option<u64>,
    ) -> Result<u64, Errno> {
        if len > TASK_SIZE {
            return Err(Errno::ENOMEM);
        }
        let shared = flags & MAP_TYPE == MAP_SHARED;
        let addr = match file_pgoff {
            Some(pgoff) => match self.thp_file_unmapped_area(mm, addr, len, pgoff, flags) {
                Some(a) => a,
                None => self.arch_get_unmapped_area_topdown(mm, addr, len, flags)?,
            },
            None if !shared && addr == 0 && len.is_multiple_of(PMD_SIZE) => {
                self.thp_get_unmapped_area(mm, len, flags)?
            }
            None => self.arch_get_unmapped_area_topdown(mm, addr, len, flags)?,
        };
        if addr > TASK_SIZE - len {
            return Err(Errno::ENOMEM);
        }
        if addr & (PAGE_SIZE - 1) != 0 {
            return Err(Errno::EINVAL);
        }
        // security_mmap_addr: below mmap_min_addr needs CAP_SYS_RAWIO, which root has.
        Ok(addr)
    }

    /// `__thp_get_unmapped_area` for a file mapping at byte offset `pgoff << PAGE_SHIFT`:
    /// when the mapping covers a whole PMD-aligned stretch of the file, search with a PMD of
    /// slack and place the mapping so file offsets and addresses agree modulo 2 MiB. `None`
    /// when it does not apply (the caller searches without padding).
    fn thp_file_unmapped_area(
        &self,
        mm: MmId,
        addr: u64,
        len: u64,
        pgoff: u64,
        flags: u64,
    ) -> Option<u64> {
        let off = pgoff.checked_mul(PAGE_SIZE)?;
        let off_end = off.checked_add(len)?;
        let off_align = off.checked_next_multiple_of(PMD_SIZE)?;
        if off_end <= off_align || off_end - off_align < PMD_SIZE {
            return None;
        }
        let len_pad = len.checked_add(PMD_SIZE)?;
        off.checked_add(len_pad)?;
        let ret = self
            .arch_get_unmapped_area_topdown(mm, addr, len_pad, flags)
            .ok()?;
        if ret == addr {
            return Some(addr);
        }
        let off_sub = off.wrapping_sub(ret) & (PMD_SIZE - 1);
        // Top-down with offsets already agreeing: the aligned slot is one PMD up.
        if off_sub == 0 {
            return Some(ret + PMD_SIZE);
        }
        Some(ret + off_sub)
    }

    /// `__thp_get_unmapped_area` with pgoff 0: search with 2 MiB of slack, then align.
    fn thp_get_unmapped_area(&mut self, mm: MmId, len: u64, flags: u64) -> Result<u64, Errno> {
        let padded = len.checked_add(PMD_SIZE);
        if let Some(len_pad) = padded
            && let Ok(ret) = self.arch_get_unmapped_area_topdown(mm, 0, len_pad, flags)
        {
            let off_sub = 0u64.wrapping_sub(ret) & (PMD_SIZE - 1);
            // Top-down with an already aligned start: the aligned slot is one PMD up.
            if off_sub == 0 {
                return Ok(ret + PMD_SIZE);
            }
            return Ok(ret + off_sub);
        }
        self.arch_get_unmapped_area_topdown(mm, 0, len, flags)
    }

    /// `arch_get_unmapped_area_topdown`.
    fn arch_get_unmapped_area_topdown(
        &self,
        mm: MmId,
        addr: u64,
        len: u64,
        flags: u64,
    ) -> Result<u64, Errno> {
        if len > TASK_SIZE {
            return Err(Errno::ENOMEM);
        }
        if flags & MAP_FIXED != 0 {
            return Ok(addr);
        }
        let m = &self.mms[mm];
        let gap = self.config.stack_guard_gap;
        if flags & MAP_32BIT == 0 {
            if addr != 0 {
                let addr = addr & !(PAGE_SIZE - 1);
                // mmap_address_hint_valid
                let valid = addr <= TASK_SIZE && len <= TASK_SIZE - addr;
                if valid {
                    match m.tree.find_vma(&self.vmas, addr) {
                        None => return Ok(addr),
                        Some(v) if addr + len <= vm_start_gap(&self.vmas[v], gap) => {
                            return Ok(addr);
                        }
                        Some(_) => {}
                    }
                }
            }
            let info = UnmappedAreaInfo {
                length: len,
                low_limit: PAGE_SIZE,
                high_limit: m.mmap_base,
                ..Default::default()
            };
            if let Some(a) =
                m.tree
                    .unmapped_area_topdown(&self.vmas, &info, self.config.mmap_min_addr, gap)
            {
                return Ok(a);
            }
        }
        self.arch_get_unmapped_area_bottomup(mm, addr, len, flags)
    }

    /// `arch_get_unmapped_area`: the legacy bottom-up search (MAP_32BIT, or top-down failed).
    fn arch_get_unmapped_area_bottomup(
        &self,
        mm: MmId,
        addr: u64,
        len: u64,
        flags: u64,
    ) -> Result<u64, Errno> {
        let m = &self.mms[mm];
        let gap = self.config.stack_guard_gap;
        let (begin, end) = if flags & MAP_32BIT != 0 {
            (0x4000_0000, 0x8000_0000)
        } else {
            ((TASK_SIZE / 3) & !(PAGE_SIZE - 1), TASK_SIZE)
        };
        if len > end {
            return Err(Errno::ENOMEM);
        }
        if addr != 0 {
            let addr = addr & !(PAGE_SIZE - 1);
            if end - len >= addr {
                match m.tree.find_vma(&self.vmas, addr) {
                    None => return Ok(addr),
                    Some(v) if addr + len <= vm_start_gap(&self.vmas[v], gap) => return Ok(addr),
                    Some(_) => {}
                }
            }
        }
        let info = UnmappedAreaInfo {
            length: len,
            low_limit: begin,
            high_limit: end,
            ..Default::default()
        };
        m.tree
            .unmapped_area(&self.vmas, &info, self.config.mmap_min_addr, gap)
            .ok_or(Errno::ENOMEM)
    }

    /// `__mmap_region`: unmap what the range overlaps (MAP_FIXED), merge with a neighbour or
    /// insert a new VMA.
    fn mmap_region(
        &mut self,
        mm: MmId,
        addr: u64,
        len: u64,
        vm_flags: VmFlags,
        pgoff: u64,
        file: Option<OpenFile>,
    ) -> Result<u64, Errno> {
        let end = addr + len;
        let mut vm_flags = vm_flags;
        // ext4's mmap_prepare: synchronous page faults need DAX, which these files lack. It
        // fails before anything the range held is unmapped.
        if file.is_some() && vm_flags.contains(VmFlags::SYNC) {
            return Err(Errno::EOPNOTSUPP);
        }
        // __mmap_prepare: gather overlapped VMAs (splitting their edges) before anything else.
        let gathered = match self.mms[mm].tree.find_intersection(&self.vmas, addr, end) {
            Some(first) => Some(self.vms_gather_munmap_vmas(mm, first, addr, end)?),
            None => None,
        };
        let (prev, next) = match &gathered {
            Some(g) => (g.prev, g.next),
            None => (
                self.mms[mm].tree.prev_below(&self.vmas, addr),
                self.mms[mm].tree.next_of_addr(addr),
            ),
        };
        // accountable_mapping: private writable memory is committed.
        if vm_flags & (VmFlags::NORESERVE | VmFlags::SHARED | VmFlags::WRITE) == VmFlags::WRITE {
            vm_flags |= VmFlags::ACCOUNT;
        }
        // vms_clean_up_area: the old mappings' pages and tables go before the new VMA appears.
        if let Some(g) = gathered {
            self.vms_complete_munmap_vmas(mm, g);
        }
        let mut merged = None;
        if prev.is_some() || next.is_some() {
            let mut g =
                Vmg::new_range(prev, next, addr, end, pgoff, vm_flags, file.map(|f| f.file));
            g.filp = file.map_or(0, |f| f.filp);
            merged = self.vma_merge_new_range(&mut g);
        }
        if merged.is_none() {
            self.mmap_new_vma(mm, addr, end, pgoff, vm_flags, file)?;
        }
        self.vm_stat_account(mm, vm_flags, (len >> PAGE_SHIFT) as i64);
        if vm_flags.contains(VmFlags::LOCKED) {
            self.mms[mm].locked_vm += len >> PAGE_SHIFT;
        }
        Ok(addr)
    }

    /// `__mmap_new_vma`.
    fn mmap_new_vma(
        &mut self,
        mm: MmId,
        start: u64,
        end: u64,
        pgoff: u64,
        flags: VmFlags,
        open: Option<OpenFile>,
    ) -> Result<VmaId, Errno> {
        self.account_kernel_alloc(uapi::fail::AllocSite::Vma)
            .map_err(|_| Errno::ENOMEM)?;
        let file = match open {
            Some(o) => Some(o.file),
            None => flags
                .contains(VmFlags::SHARED)
                .then(|| self.shmem_zero_setup(end - start)),
        };
        let page_prot = self.vma_page_prot(flags, file);
        let vma = self.vmas.alloc(Vma {
            mm,
            start,
            end,
            pgoff,
            flags,
            page_prot,
            anon_vma: None,
            chain: Vec::new(),
            file,
            filp: open.map_or(0, |o| o.filp),
            name: VmaName::None,
        });
        if let Some(f) = file {
            self.files[f].vmas.push(vma);
        }
        self.mms[mm].tree.insert(&self.vmas, vma);
        Ok(vma)
    }

    /// `vms_gather_munmap_vmas`: split the VMAs at the range's edges and collect those inside.
    fn vms_gather_munmap_vmas(
        &mut self,
        mm: MmId,
        first: VmaId,
        start: u64,
        end: u64,
    ) -> Result<MunmapGather, Errno> {
        let mut first = first;
        if start > self.vmas[first].start {
            if end < self.vmas[first].end
                && self.mms[mm].map_count() as u64 >= self.config.max_map_count
            {
                return Err(Errno::ENOMEM);
            }
            if self.vmas[first].flags.contains(VmFlags::SEALED) {
                return Err(Errno::EPERM);
            }
            self.split_vma_nocheck(first, start, NewPart::Below)?;
            first = self.mms[mm]
                .tree
                .lookup(&self.vmas, start)
                .expect("upper half after split");
        }
        let prev = self.mms[mm].tree.prev(&self.vmas, first);
        let mut vmas = Vec::new();
        let mut cur = Some(first);
        while let Some(v) = cur {
            if self.vmas[v].start >= end {
                break;
            }
            if self.vmas[v].flags.contains(VmFlags::SEALED) {
                return Err(Errno::EPERM);
            }
            if self.vmas[v].end > end {
                self.split_vma_nocheck(v, end, NewPart::Above)?;
            }
            vmas.push(v);
            cur = self.mms[mm].tree.next(&self.vmas, v);
        }
        Ok(MunmapGather {
            vmas,
            prev,
            next: cur,
        })
    }

    /// `vms_complete_munmap_vmas`: take the gathered VMAs out, zap their pages, free the page
    /// tables only they used, unlink their anon_vmas and free them.
    fn vms_complete_munmap_vmas(&mut self, mm: MmId, g: MunmapGather) {
        for &v in &g.vmas {
            let s = self.vmas[v].start;
            self.mms[mm].tree.remove(s);
        }
        let floor = g.prev.map_or(0, |p| self.vmas[p].end);
        let ceiling = g.next.map_or(0, |n| self.vmas[n].start);
        for &v in &g.vmas {
            let (s, e) = (self.vmas[v].start, self.vmas[v].end);
            self.zap_page_range(v, s, e, Markers::Drop);
        }
        self.free_pgtables(mm, &g.vmas, floor, ceiling);
        for &v in &g.vmas {
            let (flags, pages) = (self.vmas[v].flags, self.vmas[v].pages());
            self.vm_stat_account(mm, flags, -(pages as i64));
            if flags.contains(VmFlags::LOCKED) {
                self.mms[mm].locked_vm -= pages;
            }
            self.vma_free(v);
        }
    }

    /// `free_pgtables`: unlink each VMA's anon_vmas and free the tables of runs of nearby VMAs
    /// (closer than a PMD), bounded by `floor` and `ceiling`.
    pub(crate) fn free_pgtables(&mut self, mm: MmId, vmas: &[VmaId], floor: u64, ceiling: u64) {
        let mut i = 0;
        while i < vmas.len() {
            let start = self.vmas[vmas[i]].start;
            self.unlink_anon_vmas(vmas[i]);
            let mut last = vmas[i];
            while i + 1 < vmas.len()
                && self.vmas[vmas[i + 1]].start <= self.vmas[last].end + PMD_SIZE
            {
                i += 1;
                last = vmas[i];
                self.unlink_anon_vmas(last);
            }
            let end = self.vmas[last].end;
            let next_start = if i + 1 < vmas.len() {
                self.vmas[vmas[i + 1]].start
            } else {
                ceiling
            };
            self.free_pgd_range(mm, start, end, floor, next_start);
            i += 1;
        }
    }

    /// `do_vmi_munmap`.
    pub(crate) fn do_munmap(&mut self, mm: MmId, start: u64, len: u64) -> Result<(), Errno> {
        if start & (PAGE_SIZE - 1) != 0 || start > TASK_SIZE || len > TASK_SIZE - start {
            return Err(Errno::EINVAL);
        }
        let end = start + page_align(len).ok_or(Errno::EINVAL)?;
        if end == start {
            return Err(Errno::EINVAL);
        }
        let Some(first) = self.mms[mm].tree.find_intersection(&self.vmas, start, end) else {
            return Ok(());
        };
        self.do_vmi_align_munmap(mm, first, start, end)
    }

    /// `do_vmi_align_munmap`: unmap page-aligned [start, end), whose first VMA is `first`.
    pub(crate) fn do_vmi_align_munmap(
        &mut self,
        mm: MmId,
        first: VmaId,
        start: u64,
        end: u64,
    ) -> Result<(), Errno> {
        let g = self.vms_gather_munmap_vmas(mm, first, start, end)?;
        self.vms_complete_munmap_vmas(mm, g);
        Ok(())
    }

    pub(crate) fn sys_munmap(&mut self, mm: MmId, addr: u64, len: u64) -> Result<(), Errno> {
        self.do_munmap(mm, addr, len)
    }
}

/// `calc_vm_prot_bits` (no protection keys on the reference CPU).
pub(crate) fn calc_vm_prot_bits(prot: u64) -> VmFlags {
    let mut f = VmFlags::empty();
    if prot & PROT_READ != 0 {
        f |= VmFlags::READ;
    }
    if prot & PROT_WRITE != 0 {
        f |= VmFlags::WRITE;
    }
    if prot & PROT_EXEC != 0 {
        f |= VmFlags::EXEC;
    }
    f
}

/// `LEGACY_MAP_MASK`: the flags plain MAP_SHARED accepts (and silently keeps).
const LEGACY_MAP_MASK: u64 = MAP_SHARED
    | MAP_PRIVATE
    | MAP_FIXED
    | MAP_ANONYMOUS
    | MAP_DENYWRITE
    | MAP_EXECUTABLE
    | MAP_UNINITIALIZED
    | MAP_GROWSDOWN
    | MAP_LOCKED
    | MAP_NORESERVE
    | MAP_POPULATE
    | MAP_NONBLOCK
    | MAP_STACK
    | MAP_HUGETLB
    | MAP_32BIT
    | MAP_ABOVE4G
    | MAP_HUGE_2MB
    | MAP_HUGE_1GB;

/// `MAX_LFS_FILESIZE` on 64-bit.
const MAX_LFS_FILESIZE: u64 = i64::MAX as u64;

/// `do_mmap`'s checks of a file mapping against the open file (ext4's: `MAP_SYNC` is known
/// to MAP_SHARED_VALIDATE), and the VMA flags that follow from its access mode.
fn file_mmap_flags(
    open: OpenFile,
    prot: u64,
    flags: u64,
    pgoff: u64,
    len: u64,
    vm_flags: VmFlags,
) -> Result<VmFlags, Errno> {
    // file_mmap_ok
    if len > MAX_LFS_FILESIZE || pgoff > (MAX_LFS_FILESIZE - len) >> PAGE_SHIFT {
        return Err(Errno::EOVERFLOW);
    }
    let mut vm_flags = vm_flags;
    let mut flags = flags;
    let ty = flags & MAP_TYPE;
    if ty == MAP_SHARED || ty == MAP_SHARED_VALIDATE {
        if ty == MAP_SHARED {
            flags &= LEGACY_MAP_MASK;
        }
        if flags & !(LEGACY_MAP_MASK | MAP_SYNC) != 0 {
            return Err(Errno::EOPNOTSUPP);
        }
        if prot & PROT_WRITE != 0 && !open.mode.write {
            return Err(Errno::EACCES);
        }
        vm_flags |= VmFlags::SHARED | VmFlags::MAYSHARE;
        if !open.mode.write {
            vm_flags -= VmFlags::MAYWRITE | VmFlags::SHARED;
        }
    } else if ty != MAP_PRIVATE {
        return Err(Errno::EINVAL);
    }
    if !open.mode.read {
        return Err(Errno::EACCES);
    }
    if vm_flags.contains(VmFlags::GROWSDOWN) {
        return Err(Errno::EINVAL);
    }
    Ok(vm_flags)
}

/// `calc_vm_flag_bits`.
fn calc_vm_flag_bits(flags: u64) -> VmFlags {
    let mut f = VmFlags::empty();
    if flags & MAP_GROWSDOWN != 0 {
        f |= VmFlags::GROWSDOWN;
    }
    if flags & MAP_LOCKED != 0 {
        f |= VmFlags::LOCKED;
    }
    if flags & MAP_SYNC != 0 {
        f |= VmFlags::SYNC;
    }
    if flags & MAP_STACK != 0 {
        f |= VmFlags::NOHUGEPAGE;
    }
    f
}
