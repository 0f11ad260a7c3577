//! /proc/PID/maps, smaps and smaps_rollup (`fs/proc/task_mmu.c`): the VMA header line, and
//! the per-VMA memory statistics gathered by walking the page tables the way `smaps_pte_entry`
//! and `smaps_account` do (Pss with 12 bits of fraction, private = mapcount < 2).

use crate::arch::x86_64::Pte;
use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::pgtable::Ptep;
use crate::phys::page::PageFlags;
use crate::vma::{VmFlags, VmaId, VmaName};
use std::fmt::Write as _;
use uapi::{MapsEntry, PAGE_SIZE};

const PSS_SHIFT: u32 = 12;

/// `struct mem_size_stats`, in bytes (Pss fields carry PSS_SHIFT fraction bits).
#[derive(Default, Clone, Copy)]
struct MemSizeStats {
    resident: u64,
    shared_clean: u64,
    shared_dirty: u64,
    private_clean: u64,
    private_dirty: u64,
    referenced: u64,
    anonymous: u64,
    lazyfree: u64,
    swap: u64,
    pss: u64,
    pss_anon: u64,
    pss_file: u64,
    pss_shmem: u64,
    pss_dirty: u64,
    pss_locked: u64,
    swap_pss: u64,
}

impl Machine {
    /// The maps line of a VMA.
    pub(crate) fn maps_entry(&self, vma: VmaId) -> MapsEntry {
        let v = &self.vmas[vma];
        let m = &self.mms[v.mm];
        let (offset, dev_major, dev_minor, inode, name) = match v.file {
            Some(f) => {
                let file = &self.files[f];
                (
                    v.pgoff * PAGE_SIZE,
                    file.dev_major,
                    file.dev_minor,
                    file.inode,
                    file.maps_name(),
                )
            }
            None => {
                let name = match &v.name {
                    VmaName::Special(s) => s.clone(),
                    VmaName::None if v.start < m.brk && v.end > m.start_brk => "[heap]".into(),
                    VmaName::None if v.start <= m.start_stack && v.end >= m.start_stack => {
                        "[stack]".into()
                    }
                    VmaName::None => String::new(),
                };
                (0, 0, 0, 0, name)
            }
        };
        MapsEntry {
            start: v.start,
            end: v.end,
            read: v.flags.contains(VmFlags::READ),
            write: v.flags.contains(VmFlags::WRITE),
            exec: v.flags.contains(VmFlags::EXEC),
            shared: v.flags.contains(VmFlags::MAYSHARE),
            offset,
            dev_major,
            dev_minor,
            inode,
            name,
        }
    }

    pub(crate) fn proc_maps(&self, mm: MmId) -> String {
        let mut s = String::new();
        for vma in self.mms[mm].tree.ids() {
            let _ = writeln!(s, "{}", self.maps_entry(vma));
        }
        if let Some((g, _)) = &self.mms[mm].gate {
            let _ = writeln!(s, "{g}");
        }
        s
    }

    /// `smap_gather_stats` for one VMA.
    fn smap_gather_stats(&self, vma: VmaId, mss: &mut MemSizeStats) {
        let v = &self.vmas[vma];
        let locked = v.flags.contains(VmFlags::LOCKED);
        let mut addr = v.start;
        while addr < v.end {
            let next =
                ((addr & crate::pgtable::PMD_MASK) + crate::arch::x86_64::PMD_SIZE).min(v.end);
            if let Some(table) = self.pte_table(v.mm, addr) {
                let mut a = addr;
                while a < next {
                    let pte = self.ptep_get(Ptep {
                        table,
                        idx: crate::arch::x86_64::index(a, 3),
                    });
                    self.smaps_pte_entry(pte, locked, mss);
                    a += PAGE_SIZE;
                }
            }
            addr = next;
        }
    }

    fn smaps_pte_entry(&self, pte: Pte, locked: bool, mss: &mut MemSizeStats) {
        if !pte.present() {
            return;
        }
        let Some(pfn) = self.vm_normal_page(pte) else {
            return;
        };
        let p = &self.pages[pfn.idx()];
        let size = PAGE_SIZE;
        let dirty = pte.dirty();
        if p.is_anon() {
            mss.anonymous += size;
            if !p.flags.contains(PageFlags::SWAPBACKED)
                && !dirty
                && !p.flags.contains(PageFlags::DIRTY)
            {
                mss.lazyfree += size;
            }
        }
        mss.resident += size;
        if pte.young() || p.flags.contains(PageFlags::REFERENCED) {
            mss.referenced += size;
        }
        let (pss, private) = if p.refcount == 1 || p.mapcount < 2 {
            (size << PSS_SHIFT, true)
        } else {
            ((size << PSS_SHIFT) / p.mapcount as u64, false)
        };
        mss.pss += pss;
        if p.is_anon() {
            mss.pss_anon += pss;
        } else if p.flags.contains(PageFlags::SWAPBACKED) {
            mss.pss_shmem += pss;
        } else {
            mss.pss_file += pss;
        }
        if locked {
            mss.pss_locked += pss;
        }
        if dirty || p.flags.contains(PageFlags::DIRTY) {
            mss.pss_dirty += pss;
            if private {
                mss.private_dirty += size;
            } else {
                mss.shared_dirty += size;
            }
        } else if private {
            mss.private_clean += size;
        } else {
            mss.shared_clean += size;
        }
    }

    /// `__show_smap`.
    fn show_smap(s: &mut String, mss: &MemSizeStats, rollup: bool) {
        let mut kb = |name: &str, bytes: u64| {
            let _ = writeln!(s, "{name:<16}{:>8} kB", bytes >> 10);
        };
        kb("Rss:", mss.resident);
        kb("Pss:", mss.pss >> PSS_SHIFT);
        kb("Pss_Dirty:", mss.pss_dirty >> PSS_SHIFT);
        if rollup {
            kb("Pss_Anon:", mss.pss_anon >> PSS_SHIFT);
            kb("Pss_File:", mss.pss_file >> PSS_SHIFT);
            kb("Pss_Shmem:", mss.pss_shmem >> PSS_SHIFT);
        }
        kb("Shared_Clean:", mss.shared_clean);
        kb("Shared_Dirty:", mss.shared_dirty);
        kb("Private_Clean:", mss.private_clean);
        kb("Private_Dirty:", mss.private_dirty);
        kb("Referenced:", mss.referenced);
        kb("Anonymous:", mss.anonymous);
        kb("KSM:", 0);
        kb("LazyFree:", mss.lazyfree);
        kb("AnonHugePages:", 0);
        kb("ShmemPmdMapped:", 0);
        kb("FilePmdMapped:", 0);
        kb("Shared_Hugetlb:", 0);
        // One column wider than the rest, as Linux prints it.
        let _ = writeln!(s, "Private_Hugetlb: {:>7} kB", 0);
        let mut kb = |name: &str, bytes: u64| {
            let _ = writeln!(s, "{name:<16}{:>8} kB", bytes >> 10);
        };
        kb("Swap:", mss.swap);
        kb("SwapPss:", mss.swap_pss >> PSS_SHIFT);
        kb("Locked:", mss.pss_locked >> PSS_SHIFT);
    }

    /// THPeligible: always 0. The model has no THP yet and behaves like a process that
    /// disabled it (`PR_SET_THP_DISABLE`), as the host workers do.
    fn thp_eligible(&self, _vma: VmaId) -> bool {
        false
    }

    pub(crate) fn proc_smaps(&self, mm: MmId) -> String {
        let mut s = String::new();
        for vma in self.mms[mm].tree.ids() {
            let mut mss = MemSizeStats::default();
            self.smap_gather_stats(vma, &mut mss);
            let v = &self.vmas[vma];
            let _ = writeln!(s, "{}", self.maps_entry(vma));
            let _ = writeln!(s, "{:<16}{:>8} kB", "Size:", v.len() >> 10);
            let _ = writeln!(s, "{:<16}{:>8} kB", "KernelPageSize:", 4);
            let _ = writeln!(s, "{:<16}{:>8} kB", "MMUPageSize:", 4);
            Self::show_smap(&mut s, &mss, false);
            let _ = writeln!(s, "THPeligible:    {:>8}", u8::from(self.thp_eligible(vma)));
            let _ = writeln!(s, "VmFlags: {}", v.flags.mnemonics());
        }
        if let Some((g, flags)) = &self.mms[mm].gate {
            // The gate area is not in the VMA tree; Linux shows it with empty statistics.
            let _ = writeln!(s, "{g}");
            let _ = writeln!(s, "{:<16}{:>8} kB", "Size:", g.len() >> 10);
            let _ = writeln!(s, "{:<16}{:>8} kB", "KernelPageSize:", 4);
            let _ = writeln!(s, "{:<16}{:>8} kB", "MMUPageSize:", 4);
            Self::show_smap(&mut s, &MemSizeStats::default(), false);
            let _ = writeln!(s, "THPeligible:    {:>8}", 0);
            let _ = writeln!(s, "VmFlags: {}", flags.mnemonics());
        }
        s
    }

    pub(crate) fn proc_smaps_rollup(&self, mm: MmId) -> String {
        let mut mss = MemSizeStats::default();
        let ids: Vec<VmaId> = self.mms[mm].tree.ids().collect();
        for &vma in &ids {
            self.smap_gather_stats(vma, &mut mss);
        }
        let (start, end) = match (ids.first(), ids.last()) {
            (Some(&f), Some(&l)) => (self.vmas[f].start, self.vmas[l].end),
            _ => (0, 0),
        };
        let header = MapsEntry {
            start,
            end,
            read: false,
            write: false,
            exec: false,
            shared: false,
            offset: 0,
            dev_major: 0,
            dev_minor: 0,
            inode: 0,
            name: "[rollup]".into(),
        };
        let mut s = format!("{header}\n");
        Self::show_smap(&mut s, &mss, true);
        s
    }
}
