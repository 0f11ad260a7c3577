//! Page migration (`mm/migrate.c`, with `try_to_migrate` from `mm/rmap.c`), as `move_pages`
//! with MPOL_MF_MOVE_ALL drives it: every page mapped in a range is isolated, each of its
//! mappings is replaced by a migration entry that remembers whether the PTE was writable, or
//! read-only with the anonymous page exclusive (the readable-exclusive entry), or read-only;
//! the contents and flags move to a new frame, and the entries become PTEs of the new page,
//! restoring PG_anon_exclusive from the entry. A page that may be pinned cannot give up
//! exclusivity, and a page with references beyond its mappings cannot be moved: both stay
//! where they are, mapped as before.

use crate::arch::x86_64::{MigrationKind, Pte};
use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use crate::rmap::RmapFlags;
use crate::shmem::FileId;
use uapi::{Error, PAGE_SIZE};

/// How many times `migrate_pages` retries a folio that failed with -EAGAIN.
const NR_MAX_MIGRATE_PAGES_RETRY: u32 = 10;

/// Why one folio did not migrate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MigrateFail {
    /// -EAGAIN: still mapped after `try_to_migrate`, or unexpected references.
    Again,
    /// -ENOMEM: no frame for the copy.
    NoMem,
}

impl Machine {
    /// `Kernel::migrate`: the number of pages mapped in the range that did not migrate.
    pub(crate) fn migrate_range(&mut self, mm: MmId, addr: u64, len: u64) -> Result<u64, Error> {
        let start = addr & !(PAGE_SIZE - 1);
        let end = addr
            .checked_add(len)
            .and_then(uapi::page_align)
            .ok_or(uapi::Errno::EINVAL)?;
        // migrate_prep: pages waiting in per-CPU batches are not on the LRU yet.
        self.lru_add_drain();
        let mut isolated = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        let mut failed = 0;
        let mut a = start;
        while a < end {
            let Some(vma) = self.mms[mm].tree.find_intersection(&self.vmas, a, end) else {
                break;
            };
            let (vs, ve) = (self.vmas[vma].start.max(a), self.vmas[vma].end.min(end));
            for (_, pte) in self.present_ptes(vma, vs, ve) {
                let Some(pfn) = pte.present().then(|| self.vm_normal_page(pte)).flatten() else {
                    continue;
                };
                if !seen.insert(pfn) {
                    continue;
                }
                if self.folio_isolate_lru(pfn) {
                    isolated.push(pfn);
                } else {
                    failed += 1;
                }
            }
            a = ve;
        }
        for src in isolated {
            let mut tries = 0;
            let outcome = loop {
                tries += 1;
                match self.migrate_folio(src) {
                    Err(MigrateFail::Again) if tries < NR_MAX_MIGRATE_PAGES_RETRY => continue,
                    other => break other,
                }
            };
            match outcome {
                Ok(()) => self.stats.events.pgmigrate_success += 1,
                Err(_) => {
                    self.stats.events.pgmigrate_fail += 1;
                    failed += 1;
                    // folio_putback_lru
                    self.pages[src.idx()].flags |= PageFlags::LRU;
                    self.put_page_refs(src, 1);
                }
            }
        }
        Ok(failed)
    }

    /// `migrate_folio_unmap` + `migrate_folio_move` for one isolated small folio. On failure
    /// the folio is mapped again exactly as before and stays isolated.
    fn migrate_folio(&mut self, src: Pfn) -> Result<(), MigrateFail> {
        let dst = self.alloc_user_page().ok_or(MigrateFail::NoMem)?;
        let was_mapped = self.pages[src.idx()].mapcount > 0;
        if was_mapped && !self.try_to_migrate(src) {
            self.remove_migration_ptes(src, src);
            self.put_page_refs(dst, 1);
            return Err(MigrateFail::Again);
        }
        // folio_migrate_mapping: only the isolation's reference and the page cache's may remain.
        let p = &self.pages[src.idx()];
        let expected = 1 + u32::from(!p.is_anon() && p.mapping != crate::phys::page::NONE);
        if p.refcount != expected {
            if was_mapped {
                self.remove_migration_ptes(src, src);
            }
            self.put_page_refs(dst, 1);
            return Err(MigrateFail::Again);
        }
        self.frames.copy(dst, src);
        self.folio_migrate_mapping(dst, src);
        self.folio_migrate_flags(dst, src);
        // folio_add_lru(dst); the migration entries become PTEs of dst; the allocation's
        // reference goes; the source loses its isolation reference and is freed.
        self.folio_add_lru(dst);
        if was_mapped {
            self.remove_migration_ptes(src, dst);
        }
        self.put_page_refs(dst, 1);
        self.put_page_refs(src, 1);
        Ok(())
    }

    /// The page-cache side of `folio_migrate_mapping`: `dst` takes the source's identity and,
    /// for shmem, its slot in the cache (and the cache's reference).
    fn folio_migrate_mapping(&mut self, dst: Pfn, src: Pfn) {
        let (mapping, index, anon, src_flags) = {
            let p = &self.pages[src.idx()];
            (p.mapping, p.index, p.is_anon(), p.flags)
        };
        let d = &mut self.pages[dst.idx()];
        d.mapping = mapping;
        d.index = index;
        d.flags |= src_flags & (PageFlags::ANON | PageFlags::SWAPBACKED);
        if anon {
            return;
        }
        let file = FileId::from_raw(mapping);
        self.files[file].pages.insert(index, dst);
        self.get_page(dst);
        self.pages[src.idx()].mapping = crate::phys::page::NONE;
        // The cache's reference on the source.
        self.put_page_refs(src, 1);
        if self.pages[src.idx()].flags.contains(PageFlags::DIRTY) {
            self.pages[src.idx()].flags.remove(PageFlags::DIRTY);
            self.pages[dst.idx()].flags |= PageFlags::DIRTY;
        }
    }

    /// `folio_migrate_flags` for the flags the model keeps.
    fn folio_migrate_flags(&mut self, dst: Pfn, src: Pfn) {
        let s = self.pages[src.idx()].flags;
        let mut moved = s & (PageFlags::REFERENCED | PageFlags::UPTODATE | PageFlags::DIRTY);
        if s.contains(PageFlags::ACTIVE) {
            moved |= PageFlags::ACTIVE;
        } else if s.contains(PageFlags::UNEVICTABLE) {
            moved |= PageFlags::UNEVICTABLE;
        }
        self.pages[src.idx()]
            .flags
            .remove(PageFlags::ACTIVE | PageFlags::UNEVICTABLE);
        self.pages[dst.idx()].flags |= moved;
    }

    /// `try_to_migrate`: replace every mapping of `pfn` by a migration entry; whether none is
    /// left. An exclusive anonymous page that may be pinned cannot become shared, so the walk
    /// stops there (`folio_try_share_anon_rmap_pte` fails).
    pub(crate) fn try_to_migrate(&mut self, pfn: Pfn) -> bool {
        for (vma, addr) in self.rmap_walk(pfn) {
            let Some(ptep) = self.page_vma_mapped(pfn, vma, addr) else {
                continue;
            };
            let pte = self.ptep_get(ptep);
            self.set_pte_at(ptep, Pte::NONE);
            if pte.dirty() {
                self.pages[pfn.idx()].flags |= PageFlags::DIRTY;
            }
            let p = &self.pages[pfn.idx()];
            let anon_exclusive = p.is_anon() && p.flags.contains(PageFlags::ANON_EXCLUSIVE);
            if anon_exclusive {
                if self.folio_maybe_dma_pinned(pfn) {
                    self.set_pte_at(ptep, pte);
                    break;
                }
                self.pages[pfn.idx()]
                    .flags
                    .remove(PageFlags::ANON_EXCLUSIVE);
            }
            let kind = if pte.write() {
                MigrationKind::Write
            } else if anon_exclusive {
                MigrationKind::ReadExclusive
            } else {
                MigrationKind::Read
            };
            // No soft-dirty bit to carry: CONFIG_MEM_SOFT_DIRTY is off.
            let entry = Pte::migration(u64::from(pfn.0), kind, pte.young(), pte.dirty());
            self.set_pte_at(ptep, entry);
            self.folio_remove_rmap_pte(pfn);
            self.put_page_refs(pfn, 1);
        }
        self.pages[pfn.idx()].mapcount == 0
    }

    /// `remove_migration_ptes(src, dst)`: every migration entry for `src` becomes a PTE of
    /// `dst` (which is `src` itself when migration failed) with the permissions, accessed and
    /// dirty bits and exclusivity the entry remembers.
    fn remove_migration_ptes(&mut self, src: Pfn, dst: Pfn) {
        for (vma, addr) in self.rmap_walk(dst) {
            let mm = self.vmas[vma].mm;
            let Some(ptep) = self.pte_offset(mm, addr) else {
                continue;
            };
            let entry = self.ptep_get(ptep);
            let Some(kind) = entry.migration_kind() else {
                continue;
            };
            if entry.migration_pfn() != u64::from(src.0) {
                continue;
            }
            let mut pte = Pte::new(u64::from(dst.0), self.vmas[vma].page_prot);
            if kind == MigrationKind::Write {
                pte = pte.mkwrite();
            }
            if !entry.migration_young() {
                pte = pte.mkold();
            }
            if entry.migration_dirty() && self.pages[dst.idx()].flags.contains(PageFlags::DIRTY) {
                pte = pte.mkdirty();
            }
            self.get_page(dst);
            if self.pages[dst.idx()].is_anon() {
                let flags = if kind == MigrationKind::Read {
                    RmapFlags::empty()
                } else {
                    RmapFlags::EXCLUSIVE
                };
                self.folio_add_anon_rmap_pte(dst, flags);
            } else {
                self.folio_add_file_rmap_pte(dst);
            }
            self.set_pte_at(ptep, pte);
        }
    }
}
