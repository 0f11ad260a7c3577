//! The kernel's assertions, as code (`VM_BUG_ON`s, `validate_mm`, `page_table_check`,
//! `__page_check_anon_rmap`): run after every operation in tests. Each check returns the first
//! violation found, described well enough to debug from.

use crate::anon_vma::AnonVmaId;
use crate::arch::x86_64::{self as arch, Pte};
use crate::gup::{FollFlags, GUP_PIN_COUNTING_BIAS};
use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use std::collections::BTreeMap;
use uapi::PAGE_SIZE;

type Check = Result<(), String>;

macro_rules! ensure {
    ($cond:expr, $($fmt:tt)*) => {
        if !$cond {
            return Err(format!($($fmt)*));
        }
    };
}

/// What references a frame should have, counted from the structures that hold them.
#[derive(Default)]
struct Expected {
    pte_maps: u32,
    table: u32,
}

impl Machine {
    /// Every invariant; the first violation found.
    pub fn check(&self) -> Check {
        self.check_free_lists()?;
        self.check_vma_trees()?;
        self.check_anon_vmas()?;
        let expected = self.check_page_tables()?;
        self.check_files()?;
        self.check_frames(&expected)?;
        if self.procs.is_empty() {
            self.check_nothing_left()?;
        }
        Ok(())
    }

    /// The page allocator's lists and counters (phys/alloc_check.rs).
    fn check_free_lists(&self) -> Check {
        self.alloc.check(&self.pages)
    }

    /// `validate_mm`: ranges match their keys, no overlap, every VMA belongs to its mm.
    fn check_vma_trees(&self) -> Check {
        let mut in_trees = 0;
        for (mm, m) in self.mms.iter() {
            for (start, end, id) in m.tree.ranges() {
                let v = self
                    .vmas
                    .get(id)
                    .ok_or_else(|| format!("{mm:?} tree holds freed {id:?}"))?;
                ensure!(
                    (v.start, v.end) == (start, end),
                    "{mm:?} tree records {id:?} as {start:#x}-{end:#x} but it is {:#x}-{:#x}",
                    v.start,
                    v.end
                );
            }
            let mut last_end = 0;
            for id in m.tree.ids() {
                let v = self
                    .vmas
                    .get(id)
                    .ok_or_else(|| format!("{mm:?} tree holds freed {id:?}"))?;
                ensure!(
                    v.mm == mm,
                    "{id:?} in {mm:?}'s tree says it belongs to {:?}",
                    v.mm
                );
                ensure!(
                    v.start < v.end,
                    "{id:?} is empty or inverted: {:#x}-{:#x}",
                    v.start,
                    v.end
                );
                ensure!(
                    v.start % PAGE_SIZE == 0 && v.end % PAGE_SIZE == 0,
                    "{id:?} not page aligned"
                );
                ensure!(
                    v.start >= last_end,
                    "{id:?} at {:#x} overlaps the VMA ending {last_end:#x}",
                    v.start
                );
                ensure!(
                    m.tree.lookup(&self.vmas, v.start) == Some(id),
                    "{id:?} not found at its own start"
                );
                last_end = v.end;
                if let Some(av) = v.anon_vma {
                    ensure!(
                        v.chain.iter().any(|&c| self.avcs[c].anon_vma == av),
                        "{id:?}'s anon_vma {av:?} is not in its chain"
                    );
                }
                for &c in &v.chain {
                    let avc = self
                        .avcs
                        .get(c)
                        .ok_or_else(|| format!("{id:?} chain holds freed {c:?}"))?;
                    ensure!(
                        avc.vma == id,
                        "{c:?} in {id:?}'s chain points at {:?}",
                        avc.vma
                    );
                    ensure!(
                        self.anon_vmas[avc.anon_vma].avcs.contains(&c),
                        "{c:?} missing from {:?}'s tree",
                        avc.anon_vma
                    );
                }
                if let Some(f) = v.file {
                    ensure!(
                        self.files.get(f).is_some_and(|f| f.vmas.contains(&id)),
                        "{id:?} missing from its file's i_mmap"
                    );
                }
                in_trees += 1;
            }
        }
        ensure!(
            in_trees == self.vmas.len(),
            "{} VMAs allocated but {in_trees} in trees",
            self.vmas.len()
        );
        Ok(())
    }

    /// num_children / num_active_vmas / refcount agree with the links that define them.
    fn check_anon_vmas(&self) -> Check {
        let mut active: BTreeMap<AnonVmaId, u32> = BTreeMap::new();
        for (_, v) in self.vmas.iter() {
            if let Some(av) = v.anon_vma {
                *active.entry(av).or_default() += 1;
            }
        }
        let mut children: BTreeMap<AnonVmaId, u32> = BTreeMap::new();
        let mut pins: BTreeMap<AnonVmaId, u32> = BTreeMap::new();
        for (id, a) in self.anon_vmas.iter() {
            ensure!(
                self.anon_vmas.contains(a.root),
                "{id:?}'s root {:?} was freed",
                a.root
            );
            ensure!(
                self.anon_vmas.contains(a.parent),
                "{id:?}'s parent {:?} was freed",
                a.parent
            );
            ensure!(
                self.anon_vmas[a.root].root == a.root,
                "{id:?}'s root {:?} is not a root",
                a.root
            );
            if !a.avcs.is_empty() {
                *children.entry(a.parent).or_default() += 1;
            }
            if a.root != id {
                *pins.entry(a.root).or_default() += 1;
            }
            for &c in &a.avcs {
                let avc = &self.avcs[c];
                ensure!(
                    avc.anon_vma == id,
                    "{c:?} in {id:?}'s tree points at {:?}",
                    avc.anon_vma
                );
                ensure!(
                    self.vmas[avc.vma].chain.contains(&c),
                    "{c:?} missing from {:?}'s chain",
                    avc.vma
                );
            }
        }
        for (id, a) in self.anon_vmas.iter() {
            let want_active = active.get(&id).copied().unwrap_or(0);
            ensure!(
                a.num_active_vmas == want_active,
                "{id:?} num_active_vmas {} but {want_active} VMAs use it",
                a.num_active_vmas
            );
            let want_children = children.get(&id).copied().unwrap_or(0);
            ensure!(
                a.num_children == want_children,
                "{id:?} num_children {} but {want_children} live children",
                a.num_children
            );
            let want_ref = u32::from(!a.avcs.is_empty()) + pins.get(&id).copied().unwrap_or(0);
            ensure!(
                a.refcount == want_ref,
                "{id:?} refcount {} but expected {want_ref}",
                a.refcount
            );
        }
        Ok(())
    }

    /// Walks every page table: entries lie inside VMAs, writable anonymous PTEs are exclusive,
    /// anonymous pages are reachable through their anon_vma at the address that maps them.
    fn check_page_tables(&self) -> Result<BTreeMap<u32, Expected>, String> {
        let mut expected: BTreeMap<u32, Expected> = BTreeMap::new();
        let mut tables = 0u64;
        for (mm, m) in self.mms.iter() {
            expected.entry(m.pgd.0).or_default().table += 1;
            tables += 1;
            let mut below_pgd = 0u64;
            self.walk_tables(mm, m.pgd, 0, 0, &mut expected, &mut below_pgd)?;
            tables += below_pgd;
            ensure!(
                m.pgtables_bytes == below_pgd * PAGE_SIZE,
                "{mm:?} pgtables_bytes {} but {below_pgd} tables",
                m.pgtables_bytes
            );
        }
        ensure!(
            tables == self.stats.node.pagetable,
            "{tables} page-table pages reachable but NR_PAGETABLE {}",
            self.stats.node.pagetable
        );
        Ok(expected)
    }

    fn walk_tables(
        &self,
        mm: MmId,
        table: Pfn,
        level: usize,
        base: u64,
        exp: &mut BTreeMap<u32, Expected>,
        count: &mut u64,
    ) -> Check {
        let tp = &self.pages[table.idx()];
        ensure!(
            tp.flags.contains(PageFlags::PGTABLE),
            "level-{level} table {table:?} of {mm:?} is not a PageTable page"
        );
        for (i, &e) in self.frames.words(table).iter().enumerate() {
            if e == 0 {
                continue;
            }
            let addr = base | ((i as u64) << arch::LEVEL_SHIFTS[level]);
            if level < 3 {
                ensure!(
                    e & arch::PAGE_PRESENT != 0,
                    "non-present upper entry {e:#x} at {addr:#x} in {mm:?}"
                );
                let next = Pfn(((e & arch::PTE_PFN_MASK) >> 12) as u32);
                exp.entry(next.0).or_default().table += 1;
                *count += 1;
                self.walk_tables(mm, next, level + 1, addr, exp, count)?;
            } else {
                self.check_pte(mm, addr, Pte(e), exp)?;
            }
        }
        Ok(())
    }

    fn check_pte(&self, mm: MmId, addr: u64, pte: Pte, exp: &mut BTreeMap<u32, Expected>) -> Check {
        let vma = self.mms[mm]
            .tree
            .lookup(&self.vmas, addr)
            .ok_or_else(|| format!("PTE {:#x} at {addr:#x} in {mm:?} outside any VMA", pte.0))?;
        if !pte.present() {
            // Migration entries live only inside a migration; swap entries need swap.
            ensure!(
                pte.is_marker(),
                "non-present PTE {:#x} at {addr:#x} in {mm:?} is not a PTE marker",
                pte.0
            );
            return Ok(());
        }
        let pfn = Pfn(pte.pfn() as u32);
        ensure!(
            pfn.idx() < self.pages.len(),
            "PTE at {addr:#x} maps pfn {pfn:?} beyond RAM"
        );
        let Some(page) = self.vm_normal_page(pte) else {
            ensure!(
                pfn == self.zero_pfn,
                "special PTE at {addr:#x} maps {pfn:?}, not the zero page"
            );
            ensure!(!pte.write(), "writable zero-page PTE at {addr:#x}");
            return Ok(());
        };
        let p = &self.pages[page.idx()];
        ensure!(
            !p.is_free() && !p.flags.contains(PageFlags::PCP),
            "PTE at {addr:#x} in {mm:?} maps free pfn {page:?}"
        );
        exp.entry(page.0).or_default().pte_maps += 1;
        if p.is_anon() {
            ensure!(
                !pte.write() || p.flags.contains(PageFlags::ANON_EXCLUSIVE),
                "writable PTE at {addr:#x} in {mm:?} maps anon {page:?} without PG_anon_exclusive"
            );
            ensure!(
                self.rmap_walk_anon(page).contains(&(vma, addr)),
                "anon {page:?} mapped at {addr:#x} in {mm:?} is not reachable from {vma:?} through its anon_vma (index {:#x})",
                p.index
            );
        } else {
            let v = &self.vmas[vma];
            ensure!(
                v.file.is_some_and(|f| f.raw() == p.mapping),
                "file page {page:?} at {addr:#x} does not belong to the VMA's file"
            );
            ensure!(
                p.index == v.linear_page_index(addr),
                "file page {page:?} index {:#x} mapped at the wrong address {addr:#x}",
                p.index
            );
        }
        Ok(())
    }

    fn check_files(&self) -> Check {
        let mut opens: BTreeMap<u32, u32> = BTreeMap::new();
        for p in self.procs.values() {
            for o in p.fds.values() {
                ensure!(
                    self.files.get(o.file).is_some(),
                    "a descriptor refers to a released file"
                );
                *opens.entry(o.file.raw()).or_default() += 1;
            }
        }
        for (id, f) in self.files.iter() {
            let want = opens.get(&id.raw()).copied().unwrap_or(0);
            ensure!(
                f.opens == want,
                "{id:?} counts {} open descriptors but {want} refer to it",
                f.opens
            );
            ensure!(
                !f.vmas.is_empty() || f.opens > 0,
                "{id:?} has no VMA and no descriptor but was not released"
            );
            if let crate::shmem::FileKind::Regular { .. } = f.kind {
                ensure!(
                    self.inodes.get(&(f.dev_major, f.dev_minor, f.inode)) == Some(&id),
                    "{id:?} is not the inode its device and number find"
                );
            }
            for (&index, &pfn) in &f.pages {
                let p = &self.pages[pfn.idx()];
                ensure!(
                    p.mapping == id.raw() && p.index == index && !p.is_anon(),
                    "cache page {pfn:?} of {id:?} has mapping {} index {:#x}",
                    p.mapping,
                    p.index
                );
            }
        }
        Ok(())
    }

    /// Every frame's refcount and mapcount equal what the structures holding it account for:
    /// nothing leaks, nothing is freed while in use.
    fn check_frames(&self, exp: &BTreeMap<u32, Expected>) -> Check {
        let mut exp_cache: BTreeMap<u32, u32> = BTreeMap::new();
        let mut exp_batch: BTreeMap<u32, u32> = BTreeMap::new();
        for pfn in self.lru.all() {
            *exp_batch.entry(pfn.0).or_default() += 1;
        }
        // (references from FOLL_GET, pins from FOLL_PIN) held by `Kernel::pin`.
        let mut exp_gup: BTreeMap<u32, (u32, u32)> = BTreeMap::new();
        for pin in self.pins.values() {
            ensure!(
                self.mms.get(pin.mm).is_some(),
                "a pin outlives the process that took it"
            );
            for pfn in pin.pages.iter().filter(|&&p| p != self.zero_pfn) {
                let e = exp_gup.entry(pfn.0).or_default();
                if pin.foll.contains(FollFlags::PIN) {
                    e.1 += 1;
                } else {
                    e.0 += 1;
                }
            }
        }
        let (mut cached, mut shmem) = (0, 0);
        for (_, f) in self.files.iter() {
            for pfn in f.pages.values() {
                *exp_cache.entry(pfn.0).or_default() += 1;
                cached += 1;
                if f.is_shmem() {
                    shmem += 1;
                }
            }
        }
        ensure!(
            shmem == self.stats.node.shmem && cached == self.stats.node.file_pages,
            "NR_SHMEM {} and NR_FILE_PAGES {} but {shmem} pages in shmem caches and {cached} in all",
            self.stats.node.shmem,
            self.stats.node.file_pages
        );
        let (mut anon_mapped, mut file_mapped) = (0, 0);
        for (pfn, p) in self.pages.iter().enumerate() {
            let pfn = pfn as u32;
            if p.flags.intersects(PageFlags::RESERVED | PageFlags::PCP) || p.is_free() {
                continue;
            }
            let e = exp.get(&pfn);
            let maps = e.map_or(0, |e| e.pte_maps);
            let table = e.map_or(0, |e| e.table);
            let cache = exp_cache.get(&pfn).copied().unwrap_or(0);
            ensure!(
                p.mapcount == maps,
                "pfn {pfn:#x}: mapcount {} but {maps} PTEs map it",
                p.mapcount
            );
            let batch = exp_batch.get(&pfn).copied().unwrap_or(0);
            let (gets, pins) = exp_gup.get(&pfn).copied().unwrap_or((0, 0));
            ensure!(
                p.pincount == pins,
                "pfn {pfn:#x}: pincount {} but {pins} pins hold it",
                p.pincount
            );
            // A pinned anonymous page is exclusive: GUP unshares before pinning, and fork,
            // unmap and migration refuse to share it.
            ensure!(
                pins == 0
                    || maps == 0
                    || !p.is_anon()
                    || p.flags.contains(PageFlags::ANON_EXCLUSIVE),
                "pfn {pfn:#x} is pinned and mapped but not PG_anon_exclusive"
            );
            let want = maps + table + cache + batch + gets + pins * GUP_PIN_COUNTING_BIAS;
            if p.refcount == 0 {
                // Tail of an allocated block, or a page merged into a free block's tail.
                ensure!(
                    want == 0,
                    "pfn {pfn:#x} has refcount 0 but is in use ({want} references expected)"
                );
                continue;
            }
            ensure!(
                p.refcount == want,
                "pfn {pfn:#x}: refcount {} but {want} references exist (maps {maps}, table {table}, cache {cache}, batches {batch}, gets {gets}, pins {pins})",
                p.refcount
            );
            if maps > 0 {
                if p.is_anon() {
                    anon_mapped += 1;
                } else {
                    file_mapped += 1;
                }
            }
            if !p.is_anon() {
                ensure!(
                    !p.flags.contains(PageFlags::ANON_EXCLUSIVE),
                    "non-anonymous pfn {pfn:#x} is PG_anon_exclusive"
                );
            }
        }
        ensure!(
            anon_mapped == self.stats.node.anon_mapped,
            "NR_ANON_MAPPED {} but {anon_mapped} anon pages mapped",
            self.stats.node.anon_mapped
        );
        ensure!(
            file_mapped == self.stats.node.file_mapped,
            "NR_FILE_MAPPED {} but {file_mapped} file pages mapped",
            self.stats.node.file_mapped
        );
        Ok(())
    }

    /// With every process gone, every frame the model handed out is free again.
    fn check_nothing_left(&self) -> Check {
        ensure!(
            self.mms.is_empty(),
            "{} mm_structs outlive their processes",
            self.mms.len()
        );
        ensure!(self.vmas.is_empty(), "{} VMAs leaked", self.vmas.len());
        ensure!(
            self.anon_vmas.is_empty(),
            "{} anon_vmas leaked",
            self.anon_vmas.len()
        );
        ensure!(
            self.avcs.is_empty(),
            "{} anon_vma_chains leaked",
            self.avcs.len()
        );
        ensure!(self.files.is_empty(), "{} files leaked", self.files.len());
        ensure!(
            self.inodes.is_empty(),
            "{} inodes leaked",
            self.inodes.len()
        );
        ensure!(self.pins.is_empty(), "{} pins leaked", self.pins.len());
        ensure!(
            self.nr_free_pages_with_pcp() == self.nr_managed_pages(),
            "{} of {} frames still allocated after every process exited",
            self.nr_managed_pages() - self.nr_free_pages_with_pcp(),
            self.nr_managed_pages()
        );
        Ok(())
    }
}
