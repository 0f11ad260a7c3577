//! Page tables (`mm/pgtable-generic.c`, `include/linux/pgtable.h`, `mm/memory.c`
//! `free_pgd_range`): real x86-64 4-level tables stored in simulated frames. Tables are
//! allocated on demand (`pud_alloc`/`pmd_alloc`/`pte_alloc`), read and written through
//! `ptep_get`/`set_pte_at`, and freed by `free_pgd_range` with Linux's floor/ceiling rule, so a
//! table shared with a neighbouring VMA survives the unmap of its other user.

use crate::anon_vma::NoMem;
use crate::arch::x86_64::{self as arch, Pte};
use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use crate::vma::VmaId;
use uapi::PAGE_SIZE;

/// Whether a PTE table was already there when something needed it (`pmd_none` before), which
/// decides what fault-around may map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PteTable {
    Existing,
    Fresh,
}

/// One entry of a PTE table: the table's frame and the index in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ptep {
    pub table: Pfn,
    pub idx: usize,
}

pub const PMD_MASK: u64 = !(arch::PMD_SIZE - 1);
const PUD_MASK: u64 = !(arch::PUD_SIZE - 1);
const PGDIR_MASK: u64 = !(arch::PGDIR_SIZE - 1);

/// End of the table-level block containing `addr`, capped at `end` (`pmd_addr_end` & co).
fn addr_end(addr: u64, end: u64, size: u64) -> u64 {
    let boundary = (addr.wrapping_add(size)) & !(size - 1);
    if boundary.wrapping_sub(1) < end.wrapping_sub(1) {
        boundary
    } else {
        end
    }
}

impl Machine {
    /// A zeroed page-table page (`pagetable_alloc` + `__GFP_ZERO`, counted in NR_PAGETABLE).
    fn alloc_table_page(&mut self) -> Result<Pfn, NoMem> {
        let pfn = self
            .alloc_pages(
                uapi::fail::AllocSite::PageTable,
                crate::phys::gfp::Gfp::PGTABLE_USER,
                0,
            )
            .ok_or(NoMem)?;
        self.frames.zero(pfn);
        let p = &mut self.pages[pfn.idx()];
        p.flags = PageFlags::PGTABLE;
        p.refcount = 1;
        self.stats.node.pagetable += 1;
        Ok(pfn)
    }

    fn free_table_page(&mut self, pfn: Pfn) {
        self.stats.node.pagetable -= 1;
        self.put_page_refs(pfn, 1);
    }

    /// `pgd_alloc`.
    pub(crate) fn pgd_alloc(&mut self) -> Result<Pfn, NoMem> {
        self.alloc_table_page()
    }

    /// `pgd_free`: every lower table must already be gone.
    pub(crate) fn pgd_free(&mut self, pgd: Pfn) {
        debug_assert!(
            self.frames.words(pgd).iter().all(|&e| e == 0),
            "PGD freed with live entries"
        );
        self.free_table_page(pgd);
    }

    /// `mm_inc_nr_ptes` & co: tables below the PGD count in the process's VmPTE.
    fn account_table(&mut self, mm: MmId, delta: i64) {
        let m = &mut self.mms[mm];
        m.pgtables_bytes = m
            .pgtables_bytes
            .checked_add_signed(delta * PAGE_SIZE as i64)
            .expect("pgtables_bytes underflow");
    }

    /// The next-level table an entry points to, if present.
    fn table_at(&self, table: Pfn, idx: usize) -> Option<Pfn> {
        let e = self.frames.words(table)[idx];
        (e & arch::PAGE_PRESENT != 0).then_some(Pfn(((e & arch::PTE_PFN_MASK) >> 12) as u32))
    }

    /// The PTE table covering `addr`, without allocating (`pte_offset_map`).
    pub(crate) fn pte_table(&self, mm: MmId, addr: u64) -> Option<Pfn> {
        self.table_lookup(mm, addr, 3)
    }

    /// The PTE slot for `addr`, without allocating.
    pub(crate) fn pte_offset(&self, mm: MmId, addr: u64) -> Option<Ptep> {
        self.pte_table(mm, addr).map(|table| Ptep {
            table,
            idx: arch::index(addr, 3),
        })
    }

    /// The table at `level` (1 = PUD, 2 = PMD, 3 = PTE) covering `addr`, allocating the
    /// missing ones on the way down (`__pud_alloc`, `__pmd_alloc`, `__pte_alloc`).
    pub(crate) fn table_alloc(&mut self, mm: MmId, addr: u64, level: usize) -> Result<Pfn, NoMem> {
        self.table_alloc_noting(mm, addr, level).map(|(t, _)| t)
    }

    /// `table_alloc`, also saying whether the table at `level` itself was already there.
    fn table_alloc_noting(
        &mut self,
        mm: MmId,
        addr: u64,
        level: usize,
    ) -> Result<(Pfn, PteTable), NoMem> {
        let mut t = self.mms[mm].pgd;
        let mut last = PteTable::Existing;
        for l in 0..level {
            let idx = arch::index(addr, l);
            (t, last) = match self.table_at(t, idx) {
                Some(next) => (next, PteTable::Existing),
                None => {
                    let new = self.alloc_table_page()?;
                    self.frames.words_mut(t)[idx] = arch::table_entry(new.0 as u64);
                    self.account_table(mm, 1);
                    (new, PteTable::Fresh)
                }
            };
        }
        Ok((t, last))
    }

    /// The table at `level` covering `addr`, if it exists.
    pub(crate) fn table_lookup(&self, mm: MmId, addr: u64, level: usize) -> Option<Pfn> {
        let mut t = self.mms[mm].pgd;
        for l in 0..level {
            t = self.table_at(t, arch::index(addr, l))?;
        }
        Some(t)
    }

    /// Empty PTE tables where the process's runtime keeps its own (`Mm::runtime_tables`), so
    /// that faults there find a table as they do on the host. A region the scenario has
    /// unmapped entirely holds nothing the runtime could touch, so it gets none (and a table
    /// there would outlive every VMA).
    pub(crate) fn runtime_tables_alloc(&mut self, mm: MmId) -> Result<(), NoMem> {
        for i in 0..self.mms[mm].runtime_tables.len() {
            let base = self.mms[mm].runtime_tables[i];
            let end = base + arch::PMD_SIZE;
            let tree = &self.mms[mm].tree;
            if tree.find_intersection(&self.vmas, base, end).is_some() {
                self.table_alloc(mm, base, 3)?;
            }
        }
        Ok(())
    }

    /// `CONFIG_PT_RECLAIM` (set in this kernel): MADV_DONTNEED frees the PTE table of every
    /// 2 MiB region its zap of one VMA covered whole, unless the zap left an entry behind (a
    /// guard marker).
    pub(crate) fn reclaim_empty_pte_tables(&mut self, vma: VmaId, start: u64, end: u64) {
        let mm = self.vmas[vma].mm;
        let mut base = start.next_multiple_of(arch::PMD_SIZE);
        while base + arch::PMD_SIZE <= end {
            self.pte_free_if_empty(mm, base);
            base += arch::PMD_SIZE;
        }
    }

    /// Frees the PTE table covering `addr` if no entry of it is in use: a fault that found no
    /// table and failed leaves none behind, as Linux allocates it only to install an entry.
    pub(crate) fn pte_free_if_empty(&mut self, mm: MmId, addr: u64) {
        let Some(pmd) = self.table_lookup(mm, addr, 2) else {
            return;
        };
        let idx = arch::index(addr, 2);
        let Some(pte) = self.table_at(pmd, idx) else {
            return;
        };
        if self.frames.words(pte).iter().any(|&e| e != 0) {
            return;
        }
        self.frames.words_mut(pmd)[idx] = 0;
        self.free_table_page(pte);
        self.account_table(mm, -1);
    }

    /// `pte_alloc`, also saying whether the PTE table was already there (`pmd_none` before).
    pub(crate) fn pte_alloc_noting(
        &mut self,
        mm: MmId,
        addr: u64,
    ) -> Result<(Ptep, PteTable), NoMem> {
        let (table, found) = self.table_alloc_noting(mm, addr, 3)?;
        let idx = arch::index(addr, 3);
        Ok((Ptep { table, idx }, found))
    }

    /// The PTE slot for `addr`, allocating missing tables.
    pub(crate) fn pte_alloc(&mut self, mm: MmId, addr: u64) -> Result<Ptep, NoMem> {
        let table = self.table_alloc(mm, addr, 3)?;
        Ok(Ptep {
            table,
            idx: arch::index(addr, 3),
        })
    }

    pub(crate) fn ptep_get(&self, p: Ptep) -> Pte {
        Pte(self.frames.words(p.table)[p.idx])
    }

    pub(crate) fn set_pte_at(&mut self, p: Ptep, pte: Pte) {
        self.frames.words_mut(p.table)[p.idx] = pte.0;
    }

    /// `free_pgd_range`: free the tables mapping only [addr, end), never one that also serves
    /// addresses below `floor` or at/above `ceiling` (0 = top of the address space).
    pub(crate) fn free_pgd_range(
        &mut self,
        mm: MmId,
        addr: u64,
        end: u64,
        floor: u64,
        ceiling: u64,
    ) {
        let mut addr = addr & PMD_MASK;
        let mut end = end;
        let mut ceiling = ceiling;
        if addr < floor {
            addr = addr.wrapping_add(arch::PMD_SIZE);
            if addr == 0 {
                return;
            }
        }
        if ceiling != 0 {
            ceiling &= PMD_MASK;
            if ceiling == 0 {
                return;
            }
        }
        if end.wrapping_sub(1) > ceiling.wrapping_sub(1) {
            end = end.wrapping_sub(arch::PMD_SIZE);
        }
        if addr > end.wrapping_sub(1) {
            return;
        }
        let pgd = self.mms[mm].pgd;
        loop {
            let next = addr_end(addr, end, arch::PGDIR_SIZE);
            let idx = arch::index(addr, 0);
            if let Some(pud) = self.table_at(pgd, idx) {
                self.free_pud_range(mm, pgd, idx, pud, addr, next, floor, ceiling);
            }
            addr = next;
            if addr == end {
                break;
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn free_pud_range(
        &mut self,
        mm: MmId,
        pgd: Pfn,
        pgd_idx: usize,
        pud: Pfn,
        addr: u64,
        end: u64,
        floor: u64,
        ceiling: u64,
    ) {
        let start = addr;
        let mut addr = addr;
        loop {
            let next = addr_end(addr, end, arch::PUD_SIZE);
            let idx = arch::index(addr, 1);
            if let Some(pmd) = self.table_at(pud, idx) {
                self.free_pmd_range(mm, pud, idx, pmd, addr, next, floor, ceiling);
            }
            addr = next;
            if addr == end {
                break;
            }
        }
        if !covers(start, end, floor, ceiling, PGDIR_MASK) {
            return;
        }
        self.frames.words_mut(pgd)[pgd_idx] = 0;
        self.free_table_page(pud);
        self.account_table(mm, -1);
    }

    #[allow(clippy::too_many_arguments)]
    fn free_pmd_range(
        &mut self,
        mm: MmId,
        pud: Pfn,
        pud_idx: usize,
        pmd: Pfn,
        addr: u64,
        end: u64,
        floor: u64,
        ceiling: u64,
    ) {
        let start = addr;
        let mut addr = addr;
        loop {
            let next = addr_end(addr, end, arch::PMD_SIZE);
            let idx = arch::index(addr, 2);
            if let Some(pte) = self.table_at(pmd, idx) {
                debug_assert!(
                    self.frames.words(pte).iter().all(|&e| e == 0),
                    "freeing a PTE table that still maps something"
                );
                self.frames.words_mut(pmd)[idx] = 0;
                self.free_table_page(pte);
                self.account_table(mm, -1);
            }
            addr = next;
            if addr == end {
                break;
            }
        }
        if !covers(start, end, floor, ceiling, PUD_MASK) {
            return;
        }
        self.frames.words_mut(pud)[pud_idx] = 0;
        self.free_table_page(pmd);
        self.account_table(mm, -1);
    }
}

/// Whether the upper-level table holding [start, end) serves nothing outside [floor, ceiling).
fn covers(start: u64, end: u64, floor: u64, ceiling: u64, mask: u64) -> bool {
    let start = start & mask;
    if start < floor {
        return false;
    }
    let mut ceiling = ceiling;
    if ceiling != 0 {
        ceiling &= mask;
        if ceiling == 0 {
            return false;
        }
    }
    end.wrapping_sub(1) <= ceiling.wrapping_sub(1)
}
