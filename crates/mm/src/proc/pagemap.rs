//! /proc/PID/pagemap and /proc/kpageflags (`fs/proc/task_mmu.c` pte_to_pagemap_entry,
//! `fs/proc/page.c` stable_page_flags). The zero page reads as present with its PFN but is
//! neither file-backed nor exclusive; bit 56 is "this page's mapcount is 1", not
//! PG_anon_exclusive, which kpageflags exports as bit 34.

use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use uapi::PAGE_SIZE;
use uapi::observe::{kpf, pagemap as pm};

impl Machine {
    pub(crate) fn proc_pagemap(&self, mm: MmId, addr: u64, npages: u64) -> Vec<u64> {
        let base = addr & !(PAGE_SIZE - 1);
        (0..npages)
            .map(|i| self.pagemap_entry(mm, base.wrapping_add(i * PAGE_SIZE)))
            .collect()
    }

    fn pagemap_entry(&self, mm: MmId, addr: u64) -> u64 {
        if self.mms[mm].tree.lookup(&self.vmas, addr).is_none() {
            return 0;
        }
        let Some(ptep) = self.pte_offset(mm, addr) else {
            return 0;
        };
        let pte = self.ptep_get(ptep);
        let mut flags = 0;
        let mut frame = 0;
        let mut page = None;
        if pte.present() {
            frame = pte.pfn();
            flags |= pm::PRESENT;
            page = self.vm_normal_page(pte);
            if pte.uffd_wp() {
                flags |= pm::UFFD_WP;
            }
        } else if pte.is_swap() {
            flags |= pm::SWAP;
            if pte.is_guard_marker() {
                flags |= pm::GUARD_REGION;
            }
            frame = pte.swp_type() | (pte.swp_offset() << 5);
        }
        if let Some(pfn) = page {
            let p = &self.pages[pfn.idx()];
            if !p.is_anon() {
                flags |= pm::FILE;
            }
            if flags & pm::PRESENT != 0 && p.mapcount == 1 {
                flags |= pm::MMAP_EXCLUSIVE;
            }
        }
        (frame & pm::PFN_MASK) | flags
    }

    /// `stable_page_flags` for one PFN.
    pub(crate) fn proc_kpageflags(&self, pfn: u64) -> u64 {
        let Some(p) = self.pages.get(pfn as usize) else {
            return 1 << kpf::NOPAGE;
        };
        let f = p.flags;
        let mut u = 0u64;
        let bit = |cond: bool, b: u32| if cond { 1u64 << b } else { 0 };
        u |= bit(p.mapcount > 0, kpf::MMAP);
        u |= bit(p.is_anon(), kpf::ANON);
        u |= bit(Pfn(pfn as u32) == self.zero_pfn, kpf::ZERO_PAGE);
        u |= bit(f.contains(PageFlags::BUDDY), kpf::BUDDY);
        u |= bit(f.contains(PageFlags::PGTABLE), kpf::PGTABLE);
        u |= bit(f.contains(PageFlags::SLAB), kpf::SLAB);
        u |= bit(f.contains(PageFlags::LOCKED), kpf::LOCKED);
        u |= bit(f.contains(PageFlags::DIRTY), kpf::DIRTY);
        u |= bit(f.contains(PageFlags::UPTODATE), kpf::UPTODATE);
        u |= bit(f.contains(PageFlags::LRU), kpf::LRU);
        u |= bit(f.contains(PageFlags::REFERENCED), kpf::REFERENCED);
        u |= bit(f.contains(PageFlags::ACTIVE), kpf::ACTIVE);
        u |= bit(
            f.contains(PageFlags::SWAPBACKED | PageFlags::SWAPCACHE),
            kpf::SWAPCACHE,
        );
        u |= bit(f.contains(PageFlags::SWAPBACKED), kpf::SWAPBACKED);
        u |= bit(f.contains(PageFlags::UNEVICTABLE), kpf::UNEVICTABLE);
        u |= bit(f.contains(PageFlags::MLOCKED), kpf::MLOCKED);
        u |= bit(f.contains(PageFlags::RESERVED), 32);
        u |= bit(f.contains(PageFlags::ANON_EXCLUSIVE), kpf::OWNER_2);
        u
    }
}
