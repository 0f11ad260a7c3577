//! fork and exit (`kernel/fork.c` dup_mm, `mm/mmap.c` dup_mmap and exit_mmap, `mm/memory.c`
//! copy_page_range): the child gets a copy of every VMA except VM_DONTCOPY ones, linked to the
//! parent's anon_vmas (`anon_vma_fork`); page tables are copied only where the VMA has anonymous
//! memory, with both sides write-protected, the pages shared and PG_anon_exclusive cleared;
//! a page that may be pinned is copied instead. VM_WIPEONFORK VMAs start empty in the child.

use crate::arch::x86_64::{self as arch, Pte};
use crate::machine::Machine;
use crate::memory::Markers;
use crate::mm_struct::{Mm, MmId, RssKind};
use crate::pgtable::Ptep;
use crate::phys::Pfn;
use crate::rmap::RmapFlags;
use crate::vma::{VmFlags, VmaId};
use uapi::{Errno, PAGE_SIZE, Pid};

/// Out of memory while copying; the partly built child is torn down.
struct ForkNoMem;

impl Machine {
    pub(crate) fn sys_fork(&mut self, parent: MmId) -> Result<Pid, Errno> {
        let pgd = self.pgd_alloc().map_err(|_| Errno::ENOMEM)?;
        let child = {
            let p = &self.mms[parent];
            let mut m = Mm::new(pgd);
            m.mmap_base = p.mmap_base;
            m.start_brk = p.start_brk;
            m.brk = p.brk;
            m.start_stack = p.start_stack;
            m.total_vm = p.total_vm;
            m.data_vm = p.data_vm;
            m.exec_vm = p.exec_vm;
            m.stack_vm = p.stack_vm;
            m.gate = p.gate.clone();
            m.runtime_tables = p.runtime_tables.clone();
            self.mms.alloc(m)
        };
        // The child's runtime goes on running the same code on the same stack, so it has
        // tables there too, whatever copy_page_range copies.
        if self.dup_mmap(child, parent).is_err() || self.runtime_tables_alloc(child).is_err() {
            self.exit_mmap(child);
            return Err(Errno::ENOMEM);
        }
        Ok(self.new_pid(child))
    }

    /// `dup_mmap`.
    fn dup_mmap(&mut self, child: MmId, parent: MmId) -> Result<(), ForkNoMem> {
        let vmas: Vec<VmaId> = self.mms[parent].tree.ids().collect();
        for mpnt in vmas {
            let mut dup = self.vmas[mpnt].dup_without_chain();
            if dup.flags.contains(VmFlags::DONTCOPY) {
                self.vm_stat_account(child, dup.flags, -(dup.pages() as i64));
                continue;
            }
            self.account_kernel_alloc(uapi::fail::AllocSite::Vma)
                .map_err(|_| ForkNoMem)?;
            let wipe = dup.flags.contains(VmFlags::WIPEONFORK);
            let file = dup.file;
            dup.mm = child;
            dup.flags -= VmFlags::LOCKED_MASK;
            if wipe {
                dup.anon_vma = None;
            }
            let tmp = self.vmas.alloc(dup);
            // Link first, so a failure below is undone by exit_mmap of the child.
            self.mms[child].tree.insert(&self.vmas, tmp);
            if let Some(f) = file {
                self.files[f].vmas.push(tmp);
            }
            if !wipe {
                self.anon_vma_fork(tmp, mpnt).map_err(|_| ForkNoMem)?;
                self.copy_page_range(tmp, mpnt)?;
            }
        }
        Ok(())
    }

    /// `vma_needs_copy`: only VMAs with anonymous memory (or PFN maps) have page tables worth
    /// copying; everything else is faulted in again by the child.
    fn vma_needs_copy(&self, src: VmaId) -> bool {
        let v = &self.vmas[src];
        v.flags
            .intersects(VmFlags::PFNMAP | VmFlags::MIXEDMAP | VmFlags::MAYBE_GUARD)
            || v.anon_vma.is_some()
    }

    /// `copy_page_range`: the child gets tables wherever the parent has them in the VMA.
    fn copy_page_range(&mut self, dst: VmaId, src: VmaId) -> Result<(), ForkNoMem> {
        if !self.vma_needs_copy(src) {
            return Ok(());
        }
        let (start, end) = (self.vmas[src].start, self.vmas[src].end);
        let (src_mm, dst_mm) = (self.vmas[src].mm, self.vmas[dst].mm);
        let mut addr = start;
        // Walk level by level so the child gets the same upper tables even where the parent's
        // PTE tables are missing.
        while addr < end {
            let level_sizes = [arch::PGDIR_SIZE, arch::PUD_SIZE, arch::PMD_SIZE];
            let mut step = arch::PMD_SIZE;
            let mut have_pte_table = true;
            for (level, size) in level_sizes.iter().enumerate() {
                if self.table_lookup(src_mm, addr, level + 1).is_none() {
                    step = *size;
                    have_pte_table = false;
                    break;
                }
                self.table_alloc(dst_mm, addr, level + 1)
                    .map_err(|_| ForkNoMem)?;
            }
            let next = ((addr & !(step - 1)) + step).min(end);
            if have_pte_table {
                self.copy_pte_range(dst, src, addr, next)?;
            }
            addr = next;
        }
        Ok(())
    }

    fn copy_pte_range(
        &mut self,
        dst: VmaId,
        src: VmaId,
        start: u64,
        end: u64,
    ) -> Result<(), ForkNoMem> {
        let (src_mm, dst_mm) = (self.vmas[src].mm, self.vmas[dst].mm);
        let src_table = self.pte_table(src_mm, start).expect("parent PTE table");
        let dst_table = self
            .pte_table(dst_mm, start)
            .expect("child PTE table allocated");
        let mut addr = start;
        while addr < end {
            let idx = arch::index(addr, 3);
            let (sp, dp) = (
                Ptep {
                    table: src_table,
                    idx,
                },
                Ptep {
                    table: dst_table,
                    idx,
                },
            );
            let pte = self.ptep_get(sp);
            if !pte.is_none() {
                if pte.present() {
                    self.copy_present_pte(dst, src, sp, dp, pte, addr)?;
                } else {
                    // PTE markers copy as they are (swap entries arrive with swap).
                    self.set_pte_at(dp, pte);
                }
            }
            addr += PAGE_SIZE;
        }
        Ok(())
    }

    /// `copy_present_ptes` for one small page.
    fn copy_present_pte(
        &mut self,
        dst: VmaId,
        src: VmaId,
        sp: Ptep,
        dp: Ptep,
        pte: Pte,
        addr: u64,
    ) -> Result<(), ForkNoMem> {
        let src_flags = self.vmas[src].flags;
        let dst_mm = self.vmas[dst].mm;
        if let Some(pfn) = self.vm_normal_page(pte) {
            self.get_page(pfn);
            if self.pages[pfn.idx()].is_anon() {
                if self.folio_try_dup_anon_rmap_pte(pfn, src).is_err() {
                    self.put_page_refs(pfn, 1);
                    return self.copy_present_page(dst, dp, pfn, addr);
                }
                self.mms[dst_mm].add_rss(RssKind::Anon, 1);
            } else {
                self.folio_add_file_rmap_pte(pfn);
                let kind = self.file_rss_kind(pfn);
                self.mms[dst_mm].add_rss(kind, 1);
            }
        }
        let mut child = pte;
        if src_flags.is_cow_mapping() && pte.write() {
            self.set_pte_at(sp, pte.wrprotect());
            child = child.wrprotect();
        }
        if src_flags.contains(VmFlags::SHARED) {
            child = child.mkclean();
        }
        child = child.mkold().without(arch::PAGE_UFFD_WP);
        self.set_pte_at(dp, child);
        Ok(())
    }

    /// `copy_present_page`: a maybe-pinned page is copied for the child right away.
    fn copy_present_page(
        &mut self,
        dst: VmaId,
        dp: Ptep,
        src_pfn: Pfn,
        addr: u64,
    ) -> Result<(), ForkNoMem> {
        let new = self.alloc_user_page().ok_or(ForkNoMem)?;
        self.frames.copy(new, src_pfn);
        self.folio_add_new_anon_rmap(new, dst, addr, RmapFlags::EXCLUSIVE);
        self.folio_add_lru(new);
        let (mm, prot, writable) = (
            self.vmas[dst].mm,
            self.vmas[dst].page_prot,
            self.vmas[dst].flags.contains(VmFlags::WRITE),
        );
        self.mms[mm].add_rss(RssKind::Anon, 1);
        let mut pte = Pte::new(new.0 as u64, prot).mkdirty();
        if writable {
            pte = pte.mkwrite();
        }
        self.set_pte_at(dp, pte);
        Ok(())
    }

    /// `exit_mmap`: unmap everything, free all page tables and VMAs, then the PGD and the mm.
    pub(crate) fn exit_mmap(&mut self, mm: MmId) {
        let vmas: Vec<VmaId> = self.mms[mm].tree.ids().collect();
        for &v in &vmas {
            let (s, e) = (self.vmas[v].start, self.vmas[v].end);
            self.zap_page_range(v, s, e, Markers::Drop);
        }
        self.free_pgtables(mm, &vmas, 0, 0);
        for &v in &vmas {
            let s = self.vmas[v].start;
            self.mms[mm].tree.remove(s);
            self.vma_free(v);
        }
        let m = self.mms.free(mm);
        self.pgd_free(m.pgd);
    }
}
