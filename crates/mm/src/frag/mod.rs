//! A fragmentation workload modelled on mmtests' thpchallenge, driving the page allocator
//! (`mm/page_alloc.c`) with the allocations a busy machine makes, so one run per fallback
//! policy compares them on the counters of the `mm_page_alloc_extfrag` tracepoint and on the
//! huge-page success rate.
//!
//! Like the benchmark, a *background* load fragments memory and a *THP test* then faults
//! anonymous memory 2 MiB at a time over 40% of RAM (half of 0.8x RAM), taking a huge page when
//! an order-9 `GFP_TRANSHUGE_LIGHT` allocation succeeds and 512 base pages otherwise, while the
//! background goes on. The two backgrounds are the benchmark's:
//! - `fio`: 64 KiB files totalling 1.5x RAM written by four writers, then random 4 KiB reads
//!   across them, 16 per file visit (`file_service_type=random:16`);
//! - `kernel-build`: a source tree checked out through the page cache, then `make -j` of
//!   compiler processes (`build.rs`).
//!
//! Every allocation is there with its mobility: page cache pages (movable), ext4 inodes,
//! dentries, xarray nodes, buffer heads and journal heads (reclaimable slab), block-device
//! metadata pages holding directory and inode-table blocks (unmovable: the block device's
//! mapping is `GFP_USER`), processes' kernel objects, stacks and page tables (unmovable),
//! anonymous memory (movable). Slab caches use this kernel's geometries.
//!
//! Reclaim is modelled because it is what frees the holes later allocations fall back into:
//! kswapd runs when free memory drops below the low watermarks and reclaims to the high ones
//! plus any watermark boost (`balance_pgdat`); an allocation that fails reclaims directly
//! (`__alloc_pages_direct_reclaim`, 32 pages a round, the per-CPU lists drained once). Page
//! cache is evicted from one LRU with a second chance for referenced pages; the dentry and
//! inode shrinkers free unused inodes (files with no cached pages) in proportion to the page
//! cache scanned, twice as fast relative to their size as `do_shrink_slab` does with
//! `DEFAULT_SEEKS`. Not modelled: compaction (huge pages come only from free memory),
//! writeback (dirty pages are clean by the time reclaim reaches them), readahead, swap.

mod build;
mod slab;
mod world;

use crate::phys::fallback::{ExtfragCounts, FallbackPolicy};
use crate::phys::gfp::Gfp;
use crate::phys::pageblock::{Migratetype, PAGEBLOCK_NR_PAGES, PAGEBLOCK_ORDER};
use build::Build;
use world::{Access, FILE_PAGES, Lru, Owner, World};

/// Which background load fragments memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Background {
    /// `thpchallenge-fio`: a file server reading random pages of many small files.
    Fio,
    /// `thpchallenge-kernel-build`: `make -j` of a source tree.
    KernelBuild,
}

/// The workload's size and seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FragConfig {
    pub ram_bytes: u64,
    pub seed: u64,
    pub background: Background,
    /// Simulated CPUs (each with its per-CPU lists; reclaim frees on the last one).
    pub nr_cpus: usize,
    /// Length of the background phase before the THP test: page cache reads (fio) or
    /// anonymous pages faulted (kernel build), in percent of RAM.
    pub run_percent: u64,
}

impl Default for FragConfig {
    fn default() -> FragConfig {
        FragConfig {
            ram_bytes: 4 << 30,
            seed: 1,
            background: Background::Fio,
            nr_cpus: 4,
            run_percent: 300,
        }
    }
}

/// What one run measured.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FragReport {
    /// Fallbacks, as the `mm_page_alloc_extfrag` tracepoint would count them.
    pub extfrag: ExtfragCounts,
    /// Huge page faults of the THP test, and those that got a huge page.
    pub thp_attempts: u64,
    pub thp_success: u64,
    /// Pageblocks per migratetype at the end (Unmovable, Movable, Reclaimable, HighAtomic,
    /// Isolate).
    pub blocks: [u64; 5],
    /// Movable pageblocks holding unmovable pages at the end, and those holding
    /// reclaimable pages: blocks compaction could not clear for a huge page.
    pub movable_blocks_with_unmovable: u64,
    pub movable_blocks_with_reclaimable: u64,
    /// Pages allocated, per requested migratetype (Unmovable, Movable, Reclaimable).
    pub allocated: [u64; 3],
    /// Page cache pages reclaimed.
    pub reclaimed: u64,
    /// Slab pages per cache when the THP test starts.
    pub slab_pages: Vec<(&'static str, u64)>,
}

impl FragReport {
    /// Adds another run's counts (the seed's table sums four runs).
    pub fn add(&mut self, o: &FragReport) {
        for (mine, theirs) in self
            .extfrag
            .counts
            .iter_mut()
            .flatten()
            .flatten()
            .zip(o.extfrag.counts.iter().flatten().flatten())
        {
            *mine += theirs;
        }
        for (mine, theirs) in self.allocated.iter_mut().zip(o.allocated) {
            *mine += theirs;
        }
        for (mine, theirs) in self.blocks.iter_mut().zip(o.blocks) {
            *mine += theirs;
        }
        self.thp_attempts += o.thp_attempts;
        self.thp_success += o.thp_success;
        self.movable_blocks_with_unmovable += o.movable_blocks_with_unmovable;
        self.movable_blocks_with_reclaimable += o.movable_blocks_with_reclaimable;
        self.reclaimed += o.reclaimed;
        if self.slab_pages.is_empty() {
            self.slab_pages = o.slab_pages.clone();
        } else {
            for (mine, theirs) in self.slab_pages.iter_mut().zip(&o.slab_pages) {
                mine.1 += theirs.1;
            }
        }
    }
}

/// The background load, ready to run.
enum Load {
    Fio { writers: usize },
    Build(Build),
}

impl Load {
    /// The prepare phase: fio writes its files; the build checks out its tree.
    fn prepare(w: &mut World, cfg: &FragConfig) -> Option<Load> {
        let ram_pages = w.ram_pages();
        match cfg.background {
            Background::Fio => {
                let nr_files = (ram_pages * 3 / 2 / FILE_PAGES as u64).max(4) as usize;
                for _ in 0..nr_files {
                    w.add_file();
                }
                // Four writers, each writing its files in turn, page by page.
                let writers = 4;
                let mut next: Vec<usize> = (0..writers).collect();
                let mut page = vec![0; writers];
                let mut live = writers;
                while live > 0 {
                    live = 0;
                    for writer in 0..writers {
                        let f = next[writer];
                        if f >= nr_files {
                            continue;
                        }
                        live += 1;
                        w.pa.cpu = writer % cfg.nr_cpus;
                        w.access(f, page[writer], Access::Write)?;
                        page[writer] += 1;
                        if page[writer] == FILE_PAGES {
                            page[writer] = 0;
                            next[writer] += writers;
                        }
                    }
                }
                w.commit();
                Some(Load::Fio { writers })
            }
            Background::KernelBuild => {
                let slots = 2 * cfg.nr_cpus;
                // A checkout the size of RAM (sources and git objects): memory is full of
                // page cache when the build starts, as on the benchmark's machines.
                Build::new(w, ram_pages, slots).map(Load::Build)
            }
        }
    }

    /// `units` of background work: fio file visits (16 random reads each), or process steps
    /// of the build (16 anonymous pages or one header each).
    fn run(&mut self, w: &mut World, units: u64) -> Option<()> {
        match self {
            Load::Fio { writers } => {
                for n in 0..units {
                    w.pa.cpu = (n as usize % *writers) % w.pa.cfg.nr_cpus;
                    let f = w.rng.below(w.nr_files() as u64) as usize;
                    for _ in 0..16 {
                        let i = w.rng.below(FILE_PAGES as u64) as usize;
                        w.access(f, i, Access::Read)?;
                    }
                }
                Some(())
            }
            Load::Build(b) => b.run(w, units),
        }
    }
}

/// Runs the workload once with `policy`. `None` when memory ran out before the THP test
/// could start (a RAM size too small for the workload).
pub fn thpchallenge(cfg: &FragConfig, policy: FallbackPolicy) -> Option<FragReport> {
    let mut w = World::new(cfg.ram_bytes, cfg.nr_cpus.max(1), policy, cfg.seed);
    let ram_pages = w.ram_pages();
    let mut load = Load::prepare(&mut w, cfg)?;
    // Both kinds of unit allocate about 16 pages when memory is contended.
    load.run(&mut w, ram_pages * cfg.run_percent / 100 / 16)?;
    let slab_pages = w
        .caches
        .iter()
        .map(|c| (c.spec.name, c.nr_slabs << c.spec.order))
        .collect();
    // THP test: half of 0.8x RAM, 2 MiB at a time, the background going on between faults.
    let regions = ram_pages * 8 / 10 / 2 / PAGEBLOCK_NR_PAGES;
    let (mut attempts, mut success) = (0, 0);
    let thp_cpu = cfg.nr_cpus.max(1) - 1;
    for _ in 0..regions {
        if load.run(&mut w, 32).is_none() {
            break;
        }
        w.pa.cpu = thp_cpu;
        attempts += 1;
        // A huge page fault deposits a page table for a later split; a base-page fault
        // needs one for its PTEs.
        if w.alloc(Gfp::PGTABLE_USER, 0, Lru::Neither).is_none() {
            break;
        }
        if w.alloc(Gfp::TRANSHUGE_LIGHT, PAGEBLOCK_ORDER, Lru::On)
            .is_some()
        {
            success += 1;
            continue;
        }
        for _ in 0..PAGEBLOCK_NR_PAGES {
            if w.alloc(Gfp::HIGHUSER_MOVABLE, 0, Lru::On).is_none() {
                break;
            }
        }
    }
    let mut blocks = [0u64; 5];
    for b in 0..w.pa.blocks.len() as u64 {
        blocks[w.pa.blocks.get(b * PAGEBLOCK_NR_PAGES).idx()] += 1;
    }
    debug_assert!(w.pa.check(&w.pages).is_ok());
    Some(FragReport {
        extfrag: w.pa.stats.extfrag,
        thp_attempts: attempts,
        thp_success: success,
        blocks,
        movable_blocks_with_unmovable: w.polluted_movable_blocks(Owner::Unmovable),
        movable_blocks_with_reclaimable: w.polluted_movable_blocks(Owner::Reclaimable),
        allocated: w.allocated,
        reclaimed: w.reclaimed,
        slab_pages,
    })
}

/// The pcp types in the order of the seed patch's table.
pub const TABLE_ORDER: [Migratetype; 3] = [
    Migratetype::Unmovable,
    Migratetype::Reclaimable,
    Migratetype::Movable,
];

#[cfg(test)]
mod tests {
    use super::world::CacheId;
    use super::*;

    fn small(background: Background) -> FragConfig {
        FragConfig {
            ram_bytes: 128 << 20,
            background,
            run_percent: 100,
            ..FragConfig::default()
        }
    }

    /// Same seed, same result, for both policies and both backgrounds.
    #[test]
    fn deterministic() {
        for background in [Background::Fio, Background::KernelBuild] {
            for policy in [
                FallbackPolicy::ClaimOrSmallest,
                FallbackPolicy::LargestBuddy,
            ] {
                let cfg = small(background);
                let a = thpchallenge(&cfg, policy).expect("runs in 128 MiB");
                assert_eq!(Some(a.clone()), thpchallenge(&cfg, policy));
                assert!(a.thp_attempts > 0 && a.reclaimed > 0);
            }
        }
    }

    /// The allocator's invariants hold, and the workload's own accounting matches the
    /// allocator's: every frame it holds is allocated, every other one free or on a per-CPU
    /// list.
    #[test]
    fn consistent_with_the_allocator() {
        for background in [Background::Fio, Background::KernelBuild] {
            let cfg = small(background);
            let mut w = World::new(cfg.ram_bytes, 4, FallbackPolicy::ClaimOrSmallest, 1);
            let mut load = Load::prepare(&mut w, &cfg).unwrap();
            for _ in 0..32 {
                load.run(&mut w, 1024).unwrap();
                w.pa.check(&w.pages).unwrap();
                assert_eq!(
                    w.held_pages() + w.pa.nr_free_pages() + w.pa.pcp_pages(),
                    w.pa.nr_managed_pages()
                );
            }
            assert!(w.reclaimed > 0, "the workload outgrew RAM and reclaimed");
        }
    }

    /// Machines too small for the workload end it early, without a panic.
    #[test]
    fn tiny_machines_do_not_panic() {
        for mib in [1, 2, 3, 8] {
            let cfg = FragConfig {
                ram_bytes: mib << 20,
                ..FragConfig::default()
            };
            for policy in [
                FallbackPolicy::ClaimOrSmallest,
                FallbackPolicy::LargestBuddy,
            ] {
                let _ = thpchallenge(&cfg, policy);
            }
        }
    }

    /// A slab page is taken only when the cache's partial slabs are full.
    #[test]
    fn dentries_share_slabs() {
        let mut w = World::new(128 << 20, 1, FallbackPolicy::ClaimOrSmallest, 1);
        let before = w.allocated[Migratetype::Reclaimable.idx()];
        for _ in 0..21 {
            w.obj_alloc(CacheId::Dentry).unwrap();
        }
        assert_eq!(w.allocated[Migratetype::Reclaimable.idx()] - before, 1);
        w.obj_alloc(CacheId::Dentry).unwrap();
        assert_eq!(w.allocated[Migratetype::Reclaimable.idx()] - before, 2);
    }
}
