//! The simulated kernel the fragmentation workloads run on: the page allocator, the slab
//! caches above it, a page cache of files on ext4 with their dentries, inodes, xarray nodes,
//! buffer heads and block-device metadata, and reclaim (kswapd, direct reclaim, the shrinkers)
//! freeing page cache and unused inodes when memory runs short. See the parent module for what
//! each allocation's mobility is and why.

use super::slab::{Cache, CacheSpec, NeedSlab, ObjRef};
use crate::phys::Pfn;
use crate::phys::fallback::FallbackPolicy;
use crate::phys::gfp::{Gfp, Wmark};
use crate::phys::page::{Page, PageFlags};
use crate::phys::page_alloc::{AllocConfig, PageAlloc};
use crate::phys::pageblock::{Migratetype, PAGEBLOCK_NR_PAGES};
use std::collections::VecDeque;

pub(super) use uapi::rng::SplitMix64 as Rng;

/// Pages per file: fio's 64 KiB files (and a typical kernel source file).
pub(super) const FILE_PAGES: usize = 16;
/// ext4 inodes per inode-table block (256-byte inodes).
const INODES_PER_BLOCK: usize = 16;
/// Directory entries per directory block (names of about 24 bytes).
const DIRENTS_PER_BLOCK: usize = 160;
/// Page writes between journal commits (jbd2 commits every 5 s).
const PAGES_PER_COMMIT: u64 = 8192;
/// `SWAP_CLUSTER_MAX`: pages per reclaim round.
const SWAP_CLUSTER_MAX: u64 = 32;
/// `MAX_RECLAIM_RETRIES`.
const MAX_RECLAIM_RETRIES: u32 = 16;
/// Frames held back at the bottom of RAM (firmware and the kernel image).
const RESERVED: u64 = 256;

const fn cache(name: &'static str, gfp: Gfp, order: u8, objs_per_slab: u32) -> CacheSpec {
    CacheSpec {
        name,
        gfp,
        order,
        objs_per_slab,
    }
}

const RECLAIMABLE: Gfp = Gfp::KERNEL.union(Gfp::RECLAIMABLE);

/// The slab caches the workloads allocate from, with this kernel's geometries
/// (`/proc/slabinfo` of the reference machine: objects per slab, slab order). The
/// filesystem's caches are `SLAB_RECLAIM_ACCOUNT` (reclaimable); the process caches are not.
const CACHES: [CacheSpec; 10] = [
    cache("ext4_inode_cache", RECLAIMABLE, 2, 14),
    cache("dentry", RECLAIMABLE, 0, 21),
    cache("radix_tree_node", RECLAIMABLE, 1, 14),
    cache("buffer_head", RECLAIMABLE, 0, 39),
    cache("jbd2_journal_head", RECLAIMABLE, 0, 34),
    cache("task_struct", Gfp::KERNEL, 3, 7),
    cache("mm_struct", Gfp::KERNEL, 3, 20),
    cache("signal_cache", Gfp::KERNEL, 2, 14),
    cache("sighand_cache", Gfp::KERNEL, 3, 15),
    cache("vm_area_struct", Gfp::KERNEL, 0, 21),
];

/// Indices into [`CACHES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CacheId {
    Inode = 0,
    Dentry,
    XaNode,
    BufferHead,
    JournalHead,
    Task,
    Mm,
    Signal,
    Sighand,
    Vma,
}

/// Metadata pages of the block device: `GFP_NOFS` from a `GFP_USER` mapping, so unmovable.
const BDEV_GFP: Gfp = Gfp::USER.difference(Gfp::FS);
/// Page cache pages of regular files.
const FILE_GFP: Gfp = Gfp::HIGHUSER_MOVABLE;

/// What kind of allocation owns a frame, for the pollution count.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Owner {
    Free,
    Movable,
    Reclaimable,
    Unmovable,
}

fn owner_of(gfp: Gfp) -> Owner {
    match gfp.migratetype() {
        Migratetype::Movable => Owner::Movable,
        Migratetype::Reclaimable => Owner::Reclaimable,
        _ => Owner::Unmovable,
    }
}

/// How a page sits with the allocator's mobility heuristics: pages on an LRU count as
/// movable when a block is considered for claiming, slab pages do not.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Lru {
    On,
    Slab,
    Neither,
}

/// Whether a page cache access reads or writes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Access {
    Read,
    Write,
}

/// A cached page and its buffer head, if one is attached.
#[derive(Clone, Copy)]
struct CachedPage {
    pfn: Pfn,
    bh: Option<ObjRef>,
    referenced: bool,
}

/// A file: its dentry and inode while cached, its xarray node, its cached pages.
struct File {
    dentry: Option<ObjRef>,
    inode: Option<ObjRef>,
    xa_node: Option<ObjRef>,
    pages: [Option<CachedPage>; FILE_PAGES],
    cached: u8,
    /// On the unused-inode list (lazily: checked when the shrinker gets to it).
    on_unused: bool,
}

impl File {
    fn new() -> File {
        File {
            dentry: None,
            inode: None,
            xa_node: None,
            pages: [None; FILE_PAGES],
            cached: 0,
            on_unused: false,
        }
    }
}

/// A page cache page on the LRU: a file's data page or a metadata block.
#[derive(Clone, Copy)]
enum LruItem {
    Data { file: u32, index: u8 },
    Itable { block: u32 },
    Dir { block: u32 },
}

pub(super) struct World {
    pub(super) pa: PageAlloc,
    pub(super) pages: Vec<Page>,
    owner: Vec<Owner>,
    pub(super) rng: Rng,
    pub(super) caches: Vec<Cache>,
    files: Vec<File>,
    /// Block-device pages holding inode-table blocks and directory blocks.
    itable: Vec<Option<CachedPage>>,
    dirs: Vec<Option<CachedPage>>,
    lru: VecDeque<LruItem>,
    unused: VecDeque<u32>,
    /// Shrinker work owed, in objects x LRU pages (paid when it reaches a whole object).
    shrink_credit: u64,
    /// Journal heads of the running transaction.
    journal: Vec<ObjRef>,
    writes_since_commit: u64,
    /// Pages allocated, per requested migratetype (Unmovable, Movable, Reclaimable).
    pub(super) allocated: [u64; 3],
    pub(super) reclaimed: u64,
}

impl World {
    /// A machine of `ram_bytes` with `nr_cpus` CPUs, every frame above the reserved ones free.
    pub(super) fn new(ram_bytes: u64, nr_cpus: usize, policy: FallbackPolicy, seed: u64) -> World {
        let nr = (ram_bytes / 4096) as usize;
        let mut pages = vec![Page::default(); nr];
        for p in pages.iter_mut().take(RESERVED as usize) {
            p.flags = PageFlags::RESERVED;
            p.refcount = 1;
        }
        let pa = PageAlloc::new(
            &mut pages,
            RESERVED,
            AllocConfig {
                policy,
                nr_cpus,
                ..AllocConfig::default()
            },
        );
        World {
            pa,
            pages,
            owner: vec![Owner::Free; nr],
            rng: Rng::new(seed),
            caches: CACHES.iter().map(|&s| Cache::new(s)).collect(),
            files: Vec::new(),
            itable: Vec::new(),
            dirs: Vec::new(),
            lru: VecDeque::new(),
            unused: VecDeque::new(),
            shrink_credit: 0,
            journal: Vec::new(),
            writes_since_commit: 0,
            allocated: [0; 3],
            reclaimed: 0,
        }
    }

    pub(super) fn ram_pages(&self) -> u64 {
        self.pages.len() as u64
    }

    pub(super) fn nr_files(&self) -> usize {
        self.files.len()
    }

    /// A new, empty file (created on first write); returns its number.
    pub(super) fn add_file(&mut self) -> usize {
        self.files.push(File::new());
        let n = self.files.len();
        self.itable.resize(n.div_ceil(INODES_PER_BLOCK), None);
        self.dirs.resize(n.div_ceil(DIRENTS_PER_BLOCK), None);
        n - 1
    }

    fn wmark_total(&self, w: Wmark) -> u64 {
        self.pa.zones.iter().map(|z| z.wmark_pages(w)).sum()
    }

    /// kswapd: below the low watermarks, reclaim to the high ones plus the boost it was
    /// woken for. It frees on a CPU of its own (the last one).
    fn kswapd(&mut self) {
        if self.pa.nr_free_pages() >= self.wmark_total(Wmark::Low) && self.pa.kswapd_boost_debt == 0
        {
            return;
        }
        let goal = self.wmark_total(Wmark::High) + std::mem::take(&mut self.pa.kswapd_boost_debt);
        let cpu = std::mem::replace(&mut self.pa.cpu, self.pa.cfg.nr_cpus - 1);
        while self.pa.nr_free_pages() < goal {
            if self.shrink(SWAP_CLUSTER_MAX) == 0 {
                break;
            }
        }
        self.pa.cpu = cpu;
    }

    /// `alloc_pages` with kswapd and direct reclaim around it.
    pub(super) fn alloc(&mut self, gfp: Gfp, order: u8, lru: Lru) -> Option<Pfn> {
        self.kswapd();
        let mut retries = 0;
        let mut drained = false;
        loop {
            if let Some(p) = self.pa.alloc(&mut self.pages, gfp, order) {
                self.allocated[gfp.migratetype().idx()] += 1 << order;
                let page = &mut self.pages[p.idx()];
                page.refcount = 1;
                page.order = order;
                page.flags = match lru {
                    Lru::On => PageFlags::LRU,
                    Lru::Slab => PageFlags::SLAB,
                    Lru::Neither => PageFlags::empty(),
                };
                self.owner[p.idx()..p.idx() + (1 << order)].fill(owner_of(gfp));
                return Some(p);
            }
            if !gfp.contains(Gfp::DIRECT_RECLAIM) {
                return None;
            }
            if self.shrink(SWAP_CLUSTER_MAX) == 0 {
                retries += 1;
                if retries > MAX_RECLAIM_RETRIES {
                    return None;
                }
            }
            if !drained {
                self.pa.drain_all_pages(&mut self.pages);
                drained = true;
            }
        }
    }

    pub(super) fn free(&mut self, p: Pfn) {
        let order = self.pages[p.idx()].order;
        self.owner[p.idx()..p.idx() + (1 << order)].fill(Owner::Free);
        self.pa.free(&mut self.pages, p, order);
    }

    pub(super) fn obj_alloc(&mut self, cache: CacheId) -> Option<ObjRef> {
        let c = cache as usize;
        if let NeedSlab::No(obj) = self.caches[c].alloc(c as u8) {
            return Some(obj);
        }
        let spec = self.caches[c].spec;
        let pfn = self.alloc(spec.gfp, spec.order, Lru::Slab)?;
        Some(self.caches[c].add_slab(c as u8, pfn))
    }

    pub(super) fn obj_free(&mut self, obj: ObjRef) {
        if let Some(pfn) = self.caches[obj.cache as usize].free(obj) {
            self.free(pfn);
        }
    }

    fn lru_slot(&mut self, item: LruItem) -> &mut Option<CachedPage> {
        match item {
            LruItem::Data { file, index } => &mut self.files[file as usize].pages[index as usize],
            LruItem::Itable { block } => &mut self.itable[block as usize],
            LruItem::Dir { block } => &mut self.dirs[block as usize],
        }
    }

    /// Reclaims up to `nr` page cache pages from the LRU's cold end (referenced pages get a
    /// second pass), then runs the shrinkers in proportion. Returns the pages freed.
    fn shrink(&mut self, nr: u64) -> u64 {
        let lru_pages = self.lru.len() as u64;
        let mut freed = 0;
        let mut scanned = 0;
        while freed < nr && scanned < 2 * lru_pages.max(nr) {
            let Some(item) = self.lru.pop_front() else {
                break;
            };
            scanned += 1;
            let slot = self.lru_slot(item);
            let Some(page) = slot.as_mut() else {
                continue;
            };
            if std::mem::take(&mut page.referenced) {
                self.lru.push_back(item);
                continue;
            }
            let page = *page;
            *slot = None;
            if let Some(bh) = page.bh {
                self.obj_free(bh);
            }
            self.free(page.pfn);
            freed += 1;
            if let LruItem::Data { file, .. } = item {
                self.page_cache_delete(file as usize);
            }
        }
        self.reclaimed += freed;
        self.shrink_slab(scanned, lru_pages);
        freed
    }

    /// After a page of `f` left the page cache: the xarray node goes with the last page but
    /// one at index 0 (a lone page at index 0 lives in the xarray's head), and a file with no
    /// pages left joins the unused-inode list.
    fn page_cache_delete(&mut self, f: usize) {
        let file = &mut self.files[f];
        file.cached -= 1;
        let node_needed = file.cached > 1 || (file.cached == 1 && file.pages[0].is_none());
        if !node_needed && let Some(node) = file.xa_node.take() {
            self.obj_free(node);
        }
        let file = &mut self.files[f];
        if file.cached == 0 && file.inode.is_some() && !file.on_unused {
            file.on_unused = true;
            self.unused.push_back(f as u32);
        }
    }

    /// `shrink_slab`: the dentry and inode caches scanned at twice the rate of the page cache
    /// (`DEFAULT_SEEKS`), freeing the oldest unused inodes with their dentries.
    fn shrink_slab(&mut self, scanned: u64, lru_pages: u64) {
        if scanned == 0 || lru_pages == 0 {
            return;
        }
        self.shrink_credit += 2 * scanned * self.unused.len() as u64;
        while self.shrink_credit >= lru_pages {
            let Some(f) = self.unused.pop_front() else {
                self.shrink_credit = 0;
                return;
            };
            self.shrink_credit -= lru_pages;
            let file = &mut self.files[f as usize];
            file.on_unused = false;
            if file.cached > 0 {
                // In use again: off the list, not freed.
                continue;
            }
            let (d, i) = (file.dentry.take(), file.inode.take());
            for obj in [d, i].into_iter().flatten() {
                self.obj_free(obj);
            }
        }
    }

    /// A metadata block read or modified: cached on first use, with its buffer head; a
    /// modification takes a journal head until the transaction commits.
    fn touch_meta(&mut self, item: LruItem, access: Access) -> Option<()> {
        match self.lru_slot(item) {
            Some(p) => p.referenced = true,
            None => {
                let pfn = self.alloc(BDEV_GFP, 0, Lru::On)?;
                let bh = self.obj_alloc(CacheId::BufferHead)?;
                *self.lru_slot(item) = Some(CachedPage {
                    pfn,
                    bh: Some(bh),
                    referenced: false,
                });
                self.lru.push_back(item);
            }
        }
        if access == Access::Write {
            let jh = self.obj_alloc(CacheId::JournalHead)?;
            self.journal.push(jh);
        }
        Some(())
    }

    /// The dentry and inode of `f`, looked up (or created) if not cached: the directory
    /// block and the inode-table block are read (and dirtied when creating).
    fn open(&mut self, f: usize, access: Access) -> Option<()> {
        if self.files[f].inode.is_some() {
            return Some(());
        }
        let dir = LruItem::Dir {
            block: (f / DIRENTS_PER_BLOCK) as u32,
        };
        self.touch_meta(dir, access)?;
        let dentry = self.obj_alloc(CacheId::Dentry)?;
        self.files[f].dentry = Some(dentry);
        let inode = self.obj_alloc(CacheId::Inode)?;
        self.files[f].inode = Some(inode);
        let itable = LruItem::Itable {
            block: (f / INODES_PER_BLOCK) as u32,
        };
        self.touch_meta(itable, access)
    }

    /// Page `i` of file `f` read or written: a page cache hit marks it referenced; a miss
    /// allocates the page, the xarray node it needs, and, for a write, its buffer head.
    pub(super) fn access(&mut self, f: usize, i: usize, access: Access) -> Option<()> {
        if let Some(p) = &mut self.files[f].pages[i] {
            p.referenced = true;
            return Some(());
        }
        self.open(f, access)?;
        let pfn = self.alloc(FILE_GFP, 0, Lru::On)?;
        let file = &self.files[f];
        let needs_node = file.cached >= 1 || i != 0;
        if needs_node && file.xa_node.is_none() {
            let node = self.obj_alloc(CacheId::XaNode)?;
            self.files[f].xa_node = Some(node);
        }
        let bh = match access {
            Access::Write => Some(self.obj_alloc(CacheId::BufferHead)?),
            Access::Read => None,
        };
        let file = &mut self.files[f];
        file.pages[i] = Some(CachedPage {
            pfn,
            bh,
            referenced: false,
        });
        file.cached += 1;
        self.lru.push_back(LruItem::Data {
            file: f as u32,
            index: i as u8,
        });
        if access == Access::Write {
            self.writes_since_commit += 1;
            if self.writes_since_commit >= PAGES_PER_COMMIT {
                self.commit();
            }
        }
        Some(())
    }

    /// The journal commits: the running transaction's journal heads are freed.
    pub(super) fn commit(&mut self) {
        self.writes_since_commit = 0;
        for jh in std::mem::take(&mut self.journal) {
            self.obj_free(jh);
        }
    }

    /// Movable pageblocks holding allocations of `owner`'s kind.
    pub(super) fn polluted_movable_blocks(&self, owner: Owner) -> u64 {
        let nr = self.pages.len();
        let block = PAGEBLOCK_NR_PAGES as usize;
        (0..nr)
            .step_by(block)
            .filter(|&start| {
                self.pa.blocks.get(start as u64) == Migratetype::Movable
                    && self.owner[start..(start + block).min(nr)].contains(&owner)
            })
            .count() as u64
    }

    /// Frames the workload holds (for the accounting test).
    #[cfg(test)]
    pub(super) fn held_pages(&self) -> u64 {
        self.owner.iter().filter(|&&o| o != Owner::Free).count() as u64
    }
}
