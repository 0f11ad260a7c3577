//! Page faults and unmapping (`mm/memory.c`, the user-fault half of `arch/x86/mm/fault.c`):
//! the CPU's view of an access (walk the tables; fault when the entry is missing or forbids
//! the access), `handle_mm_fault` with anonymous, zero-page, shmem and COW faults, and
//! `zap_pte_range`. A read fault on private anonymous memory maps the shared zero page through
//! a special PTE; a write maps a new PG_anon_exclusive page; a write to a COW-shared page reuses
//! it when it is exclusive or solely referenced (`wp_can_reuse_anon_folio`), else copies it.

use crate::arch::x86_64::{self as arch, Pte};
use crate::machine::Machine;
use crate::mm_struct::{MmId, RssKind};
use crate::pgtable::{PteTable, Ptep};
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use crate::rmap::RmapFlags;
use crate::shmem::{FileId, FileKind};
use crate::vma::{VmFlags, VmaId};
use uapi::signal::{BUS_ADRERR, SEGV_ACCERR, SEGV_MAPERR};
use uapi::{AccessKind, Error, PAGE_SHIFT, PAGE_SIZE, SigInfo, TASK_SIZE};

bitflags::bitflags! {
    /// `FAULT_FLAG_*`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct FaultFlags: u32 {
        const WRITE = 1 << 0;
        const USER = 1 << 6;
        const REMOTE = 1 << 7;
        const UNSHARE = 1 << 10;
    }
}

/// `VM_FAULT_*` outcomes that do not resolve the fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum FaultFail {
    Sigsegv,
    Sigbus,
    Oom,
    /// The model cannot service this fault (e.g. contents of an imported file).
    Unsupported(String),
}

/// What a zap does with PTE markers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Markers {
    /// MADV_DONTNEED and friends: guard regions stay.
    Keep,
    /// munmap and exit (`ZAP_FLAG_DROP_MARKER`).
    Drop,
}

/// `si_code` for a fault on an address that is not canonical: #GP, not #PF, so SI_KERNEL.
const SI_KERNEL: i32 = 0x80;

impl Machine {
    /// `vm_normal_page`: the page behind a present PTE, or `None` for special mappings.
    pub(crate) fn vm_normal_page(&self, pte: Pte) -> Option<Pfn> {
        if pte.special() {
            return None;
        }
        let pfn = Pfn(pte.pfn() as u32);
        (pfn != self.zero_pfn).then_some(pfn)
    }

    /// `handle_mm_fault`.
    pub(crate) fn handle_mm_fault(
        &mut self,
        vma: VmaId,
        addr: u64,
        flags: FaultFlags,
    ) -> Result<(), FaultFail> {
        self.stats.events.pgfault += 1;
        let mm = self.vmas[vma].mm;
        let addr = addr & !(PAGE_SIZE - 1);
        // Linux allocates the PTE table late, in the handler that installs an entry; whether
        // one was already there decides what fault-around may map.
        let (ptep, table) = self
            .pte_alloc_noting(mm, addr)
            .map_err(|_| FaultFail::Oom)?;
        let pte = self.ptep_get(ptep);
        if pte.is_none() {
            if self.vmas[vma].is_anonymous() {
                // do_anonymous_page allocates the table before anything can fail, and keeps it.
                return self.do_anonymous_page(vma, addr, ptep, flags);
            }
            let r = self.do_fault(vma, addr, ptep, flags, table);
            // The file fault paths allocate a table only to install an entry: one that failed
            // leaves none (do_fault_around's preallocated table is freed unused).
            if r.is_err() && table == PteTable::Fresh {
                self.pte_free_if_empty(mm, addr);
            }
            return r;
        }
        if pte.is_guard_marker() {
            // handle_pte_marker: a guard region faults with SIGSEGV.
            return Err(FaultFail::Sigsegv);
        }
        if !pte.present() {
            return Err(FaultFail::Unsupported(format!(
                "non-present PTE {:#x} (swap and markers are not modelled yet)",
                pte.0
            )));
        }
        if flags.intersects(FaultFlags::WRITE | FaultFlags::UNSHARE) {
            if !pte.write() {
                return self.do_wp_page(vma, addr, ptep, pte, flags);
            }
            if flags.contains(FaultFlags::WRITE) {
                self.set_pte_at(ptep, pte.mkdirty().mkyoung());
                return Ok(());
            }
        }
        self.set_pte_at(ptep, pte.mkyoung());
        Ok(())
    }

    /// `do_anonymous_page`.
    fn do_anonymous_page(
        &mut self,
        vma: VmaId,
        addr: u64,
        ptep: Ptep,
        flags: FaultFlags,
    ) -> Result<(), FaultFail> {
        let v = &self.vmas[vma];
        if v.flags.contains(VmFlags::SHARED) {
            return Err(FaultFail::Sigbus);
        }
        let prot = v.page_prot;
        if !flags.contains(FaultFlags::WRITE) {
            let entry = Pte::new(self.zero_pfn.0 as u64, prot).mkspecial();
            self.set_pte_at(ptep, entry);
            return Ok(());
        }
        self.anon_vma_prepare(vma).map_err(|_| FaultFail::Oom)?;
        let pfn = self.alloc_zeroed_user_page().ok_or(FaultFail::Oom)?;
        let mut entry = Pte::new(pfn.0 as u64, prot);
        if self.vmas[vma].flags.contains(VmFlags::WRITE) {
            entry = entry.mkdirty().mkwrite();
        }
        let mm = self.vmas[vma].mm;
        self.mms[mm].add_rss(RssKind::Anon, 1);
        self.folio_add_new_anon_rmap(pfn, vma, addr, RmapFlags::EXCLUSIVE);
        self.folio_add_lru(pfn);
        self.set_pte_at(ptep, entry);
        Ok(())
    }

    /// `do_fault` for file-backed VMAs: `do_read_fault`, `do_cow_fault` and
    /// `do_shared_fault`, over shmem objects and regular files.
    fn do_fault(
        &mut self,
        vma: VmaId,
        addr: u64,
        ptep: Ptep,
        flags: FaultFlags,
        table: PteTable,
    ) -> Result<(), FaultFail> {
        let v = &self.vmas[vma];
        let Some(file) = v.file else {
            return Err(FaultFail::Unsupported(format!(
                "fault in special mapping {:?}",
                v.name
            )));
        };
        let regular = match &self.files[file].kind {
            FileKind::ShmemZero => false,
            FileKind::Regular { .. } => true,
            FileKind::Imported { path } => {
                return Err(FaultFail::Unsupported(format!(
                    "access to {path}, mapped by the imported starting layout (its contents are not known to the model)"
                )));
            }
        };
        let index = v.linear_page_index(addr);
        let write = flags.contains(FaultFlags::WRITE);
        let shared = v.flags.contains(VmFlags::SHARED);
        if !write {
            // do_read_fault: map what the cache already has around the address first (even
            // when the address itself lies past the object's end); if that covered the
            // faulting page, the fault is done.
            self.do_fault_around(vma, addr, index, table);
            if !self.ptep_get(ptep).is_none() {
                return Ok(());
            }
        } else if !shared {
            if !regular {
                return Err(FaultFail::Unsupported(
                    "private COW of a shmem page is not modelled yet".into(),
                ));
            }
            return self.do_cow_fault(vma, addr, ptep, file, index);
        }
        // A mapping may extend past the object's end (mremap): no page there, SIGBUS.
        if index >= self.files[file].size_bytes.div_ceil(PAGE_SIZE) {
            return Err(FaultFail::Sigbus);
        }
        let pfn = self.file_get_page(file, index).ok_or(FaultFail::Oom)?;
        if write {
            self.pages[pfn.idx()].flags |= PageFlags::DIRTY;
        }
        self.map_file_page(vma, ptep, pfn, write);
        Ok(())
    }

    /// A page of a file's cache for a fault: shmem allocates holes zeroed, a regular file
    /// reads its bytes.
    fn file_get_page(&mut self, file: FileId, index: u64) -> Option<Pfn> {
        if self.files[file].is_shmem() {
            self.shmem_get_page(file, index)
        } else {
            self.filemap_get_page(file, index)
        }
    }

    /// `do_cow_fault`: a write to an unmapped page of a private file mapping maps a private
    /// anonymous copy of the file's page. The anon_vma and the copy come before the file is
    /// asked, so a write past the end of the file leaves the anon_vma behind.
    fn do_cow_fault(
        &mut self,
        vma: VmaId,
        addr: u64,
        ptep: Ptep,
        file: FileId,
        index: u64,
    ) -> Result<(), FaultFail> {
        self.anon_vma_prepare(vma).map_err(|_| FaultFail::Oom)?;
        let new = self.alloc_user_page().ok_or(FaultFail::Oom)?;
        if index >= self.files[file].size_bytes.div_ceil(PAGE_SIZE) {
            self.put_page_refs(new, 1);
            return Err(FaultFail::Sigbus);
        }
        let Some(src) = self.file_get_page(file, index) else {
            self.put_page_refs(new, 1);
            return Err(FaultFail::Oom);
        };
        self.frames.copy(new, src);
        let v = &self.vmas[vma];
        let (mm, prot, writable) = (v.mm, v.page_prot, v.flags.contains(VmFlags::WRITE));
        let mut entry = Pte::new(new.0 as u64, prot).mkdirty();
        if writable {
            entry = entry.mkwrite();
        }
        self.mms[mm].add_rss(RssKind::Anon, 1);
        self.folio_add_new_anon_rmap(new, vma, addr, RmapFlags::EXCLUSIVE);
        self.folio_add_lru(new);
        self.set_pte_at(ptep, entry);
        Ok(())
    }

    /// `set_pte_range` for one page-cache page: the mapping takes its own reference.
    fn map_file_page(&mut self, vma: VmaId, ptep: Ptep, pfn: Pfn, write: bool) {
        let (prot, mm) = (self.vmas[vma].page_prot, self.vmas[vma].mm);
        self.get_page(pfn);
        let mut entry = Pte::new(pfn.0 as u64, prot);
        if write {
            entry = entry.mkdirty().mkwrite();
        }
        self.folio_add_file_rmap_pte(pfn);
        let kind = self.file_rss_kind(pfn);
        self.mms[mm].add_rss(kind, 1);
        self.set_pte_at(ptep, entry);
    }

    /// `do_fault_around` + `filemap_map_pages`: map the cached pages of the 16-page window
    /// (`fault_around_bytes`, 64 KiB) around a read fault, within the VMA and one page table,
    /// where nothing is mapped yet. Nothing is allocated.
    ///
    /// When the fault found no PTE table, `filemap_map_pages` installs the one `do_fault_around`
    /// preallocated only if the first cached folio of the window ends before the file's last
    /// page (shmem excepted); otherwise it finds no table and maps nothing. With order-0 page
    /// cache that is a window starting at the last page, which a read past EOF shows: SIGBUS,
    /// and the last page stays unmapped.
    fn do_fault_around(&mut self, vma: VmaId, addr: u64, index: u64, table: PteTable) {
        const FAULT_AROUND_PAGES: u64 = 16;
        let v = &self.vmas[vma];
        let (mm, file, vma_pages, vm_pgoff) = (v.mm, v.file.expect("file VMA"), v.pages(), v.pgoff);
        let pte_off = (addr >> PAGE_SHIFT) & (arch::PTRS_PER_TABLE - 1);
        let vma_off = index - vm_pgoff;
        let from = (pte_off & !(FAULT_AROUND_PAGES - 1)).max(pte_off - pte_off.min(vma_off));
        let to = (from + FAULT_AROUND_PAGES)
            .min(arch::PTRS_PER_TABLE)
            .min(pte_off + vma_pages - vma_off);
        let file_pages = self.files[file].size_bytes.div_ceil(PAGE_SIZE);
        // A regular file is wholly in the page cache (see filemap.rs); shmem maps only what
        // it has.
        let cached_whole = !self.files[file].is_shmem();
        let first = index + from - pte_off;
        if table == PteTable::Fresh && cached_whole && first + 1 == file_pages {
            return;
        }
        let Some(table) = self.pte_table(mm, addr) else {
            return;
        };
        for pte in from..to {
            let idx = index + pte - pte_off;
            if idx >= file_pages {
                break;
            }
            let cached = self.files[file].pages.get(&idx).copied();
            let pfn = match cached {
                Some(pfn) => pfn,
                None if cached_whole => match self.filemap_get_page(file, idx) {
                    Some(pfn) => pfn,
                    None => return,
                },
                None => continue,
            };
            let ptep = Ptep {
                table,
                idx: pte as usize,
            };
            if self.ptep_get(ptep).is_none() {
                self.map_file_page(vma, ptep, pfn, false);
            }
        }
    }

    /// `do_wp_page`: a write (or unshare) to a present, write-protected PTE.
    fn do_wp_page(
        &mut self,
        vma: VmaId,
        addr: u64,
        ptep: Ptep,
        pte: Pte,
        flags: FaultFlags,
    ) -> Result<(), FaultFail> {
        let page = self.vm_normal_page(pte);
        let vflags = self.vmas[vma].flags;
        if vflags.intersects(VmFlags::SHARED | VmFlags::MAYSHARE) {
            // wp_page_shared: no COW in a shared mapping, just make it writable and dirty.
            if let Some(pfn) = page {
                self.pages[pfn.idx()].flags |= PageFlags::DIRTY;
            }
            self.set_pte_at(ptep, pte.mkyoung().mkdirty().mkwrite());
            return Ok(());
        }
        if let Some(pfn) = page
            && self.pages[pfn.idx()].is_anon()
        {
            let exclusive = self.pages[pfn.idx()]
                .flags
                .contains(PageFlags::ANON_EXCLUSIVE);
            if exclusive || self.wp_can_reuse_anon_folio(pfn, vma) {
                self.pages[pfn.idx()].flags |= PageFlags::ANON_EXCLUSIVE;
                if flags.contains(FaultFlags::UNSHARE) {
                    return Ok(());
                }
                // wp_page_reuse: dirty even when a forced write leaves the PTE read-only.
                self.stats.events.cow_reuse += 1;
                let mut entry = pte.mkyoung().mkdirty();
                if vflags.contains(VmFlags::WRITE) {
                    entry = entry.mkwrite();
                }
                self.set_pte_at(ptep, entry);
                return Ok(());
            }
        }
        self.wp_page_copy(vma, addr, ptep, page, flags)
    }

    /// `wp_can_reuse_anon_folio`: the only reference is this mapping's. A page still waiting
    /// in a per-CPU batch has one more; draining the batch first drops it. Reuse moves the page
    /// to this VMA's anon_vma.
    fn wp_can_reuse_anon_folio(&mut self, pfn: Pfn, vma: VmaId) -> bool {
        let p = &self.pages[pfn.idx()];
        if p.refcount > 3 {
            return false;
        }
        if !p.flags.contains(PageFlags::LRU) {
            self.lru_add_drain();
        }
        let p = &self.pages[pfn.idx()];
        let swapcache = u32::from(p.flags.contains(PageFlags::SWAPCACHE));
        if p.refcount > 1 + swapcache || p.refcount != 1 {
            return false;
        }
        self.folio_move_anon_rmap(pfn, vma);
        true
    }

    /// `wp_page_copy`: give this mapping its own copy (zeroed if the old page is the zero page).
    fn wp_page_copy(
        &mut self,
        vma: VmaId,
        addr: u64,
        ptep: Ptep,
        old: Option<Pfn>,
        flags: FaultFlags,
    ) -> Result<(), FaultFail> {
        self.anon_vma_prepare(vma).map_err(|_| FaultFail::Oom)?;
        let new = match old {
            None => self.alloc_zeroed_user_page().ok_or(FaultFail::Oom)?,
            Some(src) => {
                let new = self.alloc_user_page().ok_or(FaultFail::Oom)?;
                self.frames.copy(new, src);
                new
            }
        };
        self.stats.events.cow_copy += 1;
        let v = &self.vmas[vma];
        let (mm, prot, writable) = (v.mm, v.page_prot, v.flags.contains(VmFlags::WRITE));
        let mut entry = Pte::new(new.0 as u64, prot);
        if !flags.contains(FaultFlags::UNSHARE) {
            entry = entry.mkdirty();
            if writable {
                entry = entry.mkwrite();
            }
        }
        match old {
            Some(src) if !self.pages[src.idx()].is_anon() => {
                let kind = self.file_rss_kind(src);
                self.mms[mm].add_rss(kind, -1);
                self.mms[mm].add_rss(RssKind::Anon, 1);
            }
            None => self.mms[mm].add_rss(RssKind::Anon, 1),
            Some(_) => {}
        }
        self.folio_add_new_anon_rmap(new, vma, addr, RmapFlags::EXCLUSIVE);
        self.folio_add_lru(new);
        self.set_pte_at(ptep, entry);
        if let Some(src) = old {
            self.folio_remove_rmap_pte(src);
            self.put_page_refs(src, 1);
        }
        Ok(())
    }

    /// `mm_counter_file`.
    pub(crate) fn file_rss_kind(&self, pfn: Pfn) -> RssKind {
        if self.pages[pfn.idx()].flags.contains(PageFlags::SWAPBACKED) {
            RssKind::Shmem
        } else {
            RssKind::File
        }
    }

    /// The x86 user page-fault path (`do_user_addr_fault`): find the VMA, check the access
    /// against it, and let `handle_mm_fault` resolve it.
    fn user_fault(&mut self, mm: MmId, addr: u64, kind: AccessKind) -> Result<(), Error> {
        let Some(mut vma) = self.mms[mm].tree.find_vma(&self.vmas, addr) else {
            return Err(SigInfo::segv(SEGV_MAPERR, addr).into());
        };
        if self.vmas[vma].start > addr {
            vma = self
                .expand_stack(vma, addr)
                .map_err(|()| Error::Signal(SigInfo::segv(SEGV_MAPERR, addr)))?;
        }
        let vflags = self.vmas[vma].flags;
        let denied = match kind {
            AccessKind::Write => !vflags.contains(VmFlags::WRITE),
            AccessKind::Read => !vflags.accessible(),
        };
        if denied {
            return Err(SigInfo::segv(SEGV_ACCERR, addr).into());
        }
        let mut flags = FaultFlags::USER;
        if kind == AccessKind::Write {
            flags |= FaultFlags::WRITE;
        }
        loop {
            return match self.handle_mm_fault(vma, addr, flags) {
                Ok(()) => Ok(()),
                // VM_FAULT_SIGSEGV goes through bad_area_nosemaphore: SEGV_MAPERR.
                Err(FaultFail::Sigsegv) => Err(SigInfo::segv(SEGV_MAPERR, addr).into()),
                Err(FaultFail::Sigbus) => Err(SigInfo::bus(BUS_ADRERR, addr).into()),
                Err(FaultFail::Oom) => {
                    // pagefault_out_of_memory: the OOM killer frees memory by killing a
                    // process; unless that was this one, the fault is retried.
                    let current = self.pid_of(mm);
                    match self.out_of_memory() {
                        Some(victim) if Some(victim) != current => continue,
                        _ => Err(SigInfo::kill().into()),
                    }
                }
                Err(FaultFail::Unsupported(s)) => Err(Error::Unsupported(s)),
            };
        }
    }

    /// `expand_downwards` for a fault below a VM_GROWSDOWN VMA.
    fn expand_stack(&mut self, vma: VmaId, addr: u64) -> Result<VmaId, ()> {
        const STACK_RLIMIT: u64 = 8 << 20;
        let v = &self.vmas[vma];
        if !v.flags.contains(VmFlags::GROWSDOWN) {
            return Err(());
        }
        let address = addr & !(PAGE_SIZE - 1);
        if address < self.config.mmap_min_addr {
            return Err(());
        }
        let mm = v.mm;
        if let Some(prev) = self.mms[mm].tree.prev(&self.vmas, vma) {
            let p = &self.vmas[prev];
            if p.end > address {
                return Err(());
            }
            if !p.flags.contains(VmFlags::GROWSDOWN)
                && p.flags.accessible()
                && address - p.end < self.config.stack_guard_gap
            {
                return Err(());
            }
        }
        let (end, start) = (v.end, v.start);
        if end - address > STACK_RLIMIT {
            return Err(());
        }
        self.anon_vma_prepare(vma).map_err(|_| ())?;
        let grow = (start - address) / PAGE_SIZE;
        let pgoff = self.vmas[vma].pgoff - grow;
        self.vma_set_range(vma, address, end, pgoff);
        let flags = self.vmas[vma].flags;
        self.vm_stat_account(mm, flags, grow as i64);
        Ok(vma)
    }

    /// One access by the CPU: complete it through the page tables if the entry allows it
    /// (setting accessed/dirty as hardware does), else take the fault and retry.
    pub(crate) fn cpu_access(
        &mut self,
        mm: MmId,
        addr: u64,
        kind: AccessKind,
    ) -> Result<Pfn, Error> {
        let canonical = !((1 << 47)..0xffff_8000_0000_0000).contains(&addr);
        if !canonical {
            return Err(SigInfo::segv(SI_KERNEL, 0).into());
        }
        if addr >= TASK_SIZE {
            return Err(SigInfo::segv(SEGV_MAPERR, addr).into());
        }
        for _ in 0..3 {
            if let Some(ptep) = self.pte_offset(mm, addr) {
                let pte = self.ptep_get(ptep);
                let ok =
                    pte.hw_present() && pte.user() && (kind == AccessKind::Read || pte.write());
                if ok {
                    let mut set = pte.mkyoung();
                    if kind == AccessKind::Write {
                        set = set.mkdirty();
                    }
                    if set != pte {
                        self.set_pte_at(ptep, set);
                    }
                    return Ok(Pfn(pte.pfn() as u32));
                }
            }
            self.user_fault(mm, addr, kind)?;
        }
        Err(Error::Broken(format!(
            "fault at {addr:#x} did not resolve after retries"
        )))
    }

    /// `touch`: one access per page, at `addr` and then at each following page start.
    pub(crate) fn touch_range(
        &mut self,
        mm: MmId,
        addr: u64,
        len: u64,
        kind: AccessKind,
    ) -> Result<(), Error> {
        let end = addr
            .checked_add(len)
            .ok_or_else(|| Error::Broken("touch range wraps".into()))?;
        let mut a = addr;
        while a < end {
            self.cpu_access(mm, a, kind)?;
            a = (a & !(PAGE_SIZE - 1)) + PAGE_SIZE;
        }
        Ok(())
    }

    pub(crate) fn store_bytes(&mut self, mm: MmId, addr: u64, data: &[u8]) -> Result<(), Error> {
        let mut done = 0usize;
        while done < data.len() {
            let a = addr
                .checked_add(done as u64)
                .ok_or_else(|| Error::Broken("store wraps".into()))?;
            let off = (a % PAGE_SIZE) as usize;
            let n = (PAGE_SIZE as usize - off).min(data.len() - done);
            let pfn = self.cpu_access(mm, a, AccessKind::Write)?;
            self.frames.bytes_mut(pfn)[off..off + n].copy_from_slice(&data[done..done + n]);
            done += n;
        }
        Ok(())
    }

    pub(crate) fn load_bytes(&mut self, mm: MmId, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        let mut out = Vec::with_capacity(len as usize);
        while (out.len() as u64) < len {
            let a = addr
                .checked_add(out.len() as u64)
                .ok_or_else(|| Error::Broken("load wraps".into()))?;
            let off = (a % PAGE_SIZE) as usize;
            let n = (PAGE_SIZE as usize - off).min((len - out.len() as u64) as usize);
            let pfn = self.cpu_access(mm, a, AccessKind::Read)?;
            out.extend_from_slice(&self.frames.bytes(pfn)[off..off + n]);
        }
        Ok(out)
    }

    /// `zap_pte_range` over [start, end) of `vma`: clear every entry, drop the mappings and
    /// their references. Guard markers go only when the range is being unmapped. Like the end of
    /// an mmu_gather, unmapping any page drains the per-CPU batches before the pages are freed.
    pub(crate) fn zap_page_range(&mut self, vma: VmaId, start: u64, end: u64, markers: Markers) {
        let mm = self.vmas[vma].mm;
        let mut gathered = false;
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
                    let pte = self.ptep_get(ptep);
                    if pte.present() {
                        self.set_pte_at(ptep, Pte::NONE);
                        gathered |= self.zap_present_pte(vma, pte);
                    } else if pte.is_marker() {
                        if markers == Markers::Drop {
                            self.set_pte_at(ptep, Pte::NONE);
                        }
                    } else if !pte.is_none() {
                        // Swap entries arrive with swap; nothing else can be here yet.
                        self.set_pte_at(ptep, Pte::NONE);
                    }
                    a += PAGE_SIZE;
                }
            }
            addr = next;
        }
        if gathered {
            self.lru_add_drain();
        }
    }

    /// Unmaps one present entry's page; whether there was a page to free.
    fn zap_present_pte(&mut self, vma: VmaId, pte: Pte) -> bool {
        let Some(pfn) = self.vm_normal_page(pte) else {
            return false;
        };
        let mm = self.vmas[vma].mm;
        if self.pages[pfn.idx()].is_anon() {
            self.mms[mm].add_rss(RssKind::Anon, -1);
        } else {
            if pte.dirty() {
                self.pages[pfn.idx()].flags |= PageFlags::DIRTY;
            }
            if pte.young() && !self.vmas[vma].flags.contains(VmFlags::SEQ_READ) {
                self.folio_mark_accessed(pfn);
            }
            let kind = self.file_rss_kind(pfn);
            self.mms[mm].add_rss(kind, -1);
        }
        self.folio_remove_rmap_pte(pfn);
        self.put_page_refs(pfn, 1);
        true
    }
}
