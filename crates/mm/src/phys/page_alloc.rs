//! The page allocator's entry points (`mm/page_alloc.c` `__alloc_pages`,
//! `get_page_from_freelist`, `rmqueue`, `__alloc_pages_slowpath`, `__free_pages`): a request
//! walks the zonelist from the highest zone its GFP allows down to DMA, takes the first zone
//! above its watermark (low on the fast path, min on the slow one, leaving each zone's lowmem
//! reserve to callers that could not go higher), and gets its pages from this CPU's lists or
//! the buddy lists. With ZONE_NORMAL above a populated ZONE_DMA32, the first pass may not
//! fragment (ALLOC_NOFRAGMENT) and tries the lower zone before falling back to another type.
//!
//! Not modelled: reclaim and compaction. The slow path goes straight to what Linux does when
//! reclaim makes no progress: it forces the high-order atomic reserve open and retries, then
//! fails (where Linux would invoke the OOM killer). kswapd, when woken, only drops the zones'
//! watermark boost, which is where its balancing pass ends when nothing can be reclaimed.

use super::Pfn;
use super::buddy::FreeTo;
use super::fallback::{ExtfragCounts, FallbackPolicy, RmqueueMode};
use super::gfp::{AllocFlags, Gfp, Wmark};
use super::page::Page;
use super::pageblock::{Migratetype, PAGEBLOCK_NR_PAGES, PAGEBLOCK_ORDER, Pageblocks};
use super::pcp::{Pcp, pcp_allowed_order};
use super::watermark::Force;
use super::zone::{MAX_NR_ZONES, MAX_PAGE_ORDER, Zone, ZoneType, zones_for};

/// The page allocator's settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocConfig {
    pub policy: FallbackPolicy,
    /// Simulated CPUs, each with its own per-CPU lists (the host has 2).
    pub nr_cpus: usize,
    /// Memory at the top of RAM given to ZONE_MOVABLE (`movablecore=`), in bytes.
    pub movable_bytes: u64,
    /// `vm.min_free_kbytes`; `None` computes it as the reference kernel does (with THP).
    pub min_free_kbytes: Option<u64>,
    /// `vm.watermark_scale_factor` (in 1/10000 of a zone).
    pub watermark_scale_factor: u64,
    /// `vm.watermark_boost_factor` (in 1/10000 of the high watermark).
    pub watermark_boost_factor: u64,
}

impl Default for AllocConfig {
    fn default() -> AllocConfig {
        AllocConfig {
            policy: FallbackPolicy::default(),
            nr_cpus: 2,
            movable_bytes: 0,
            min_free_kbytes: None,
            watermark_scale_factor: 10,
            watermark_boost_factor: 15000,
        }
    }
}

/// Event counters of the allocator (`pgalloc_*`, `pgfree`, fallbacks).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AllocStats {
    pub pgalloc: [u64; MAX_NR_ZONES],
    pub pgfree: u64,
    /// Allocations served per zone (`numa_hit`; one node, so all are local hits).
    pub numa_hit: [u64; MAX_NR_ZONES],
    pub extfrag: ExtfragCounts,
    /// Requests that failed (where Linux would reclaim harder or kill).
    pub alloc_fail: u64,
}

pub struct PageAlloc {
    pub zones: Vec<Zone>,
    pub blocks: Pageblocks,
    /// The zone of each pageblock.
    zone_of_block: Vec<u8>,
    pub cfg: AllocConfig,
    pub min_free_kbytes: u64,
    /// The simulated CPU the model runs on (processes are pinned to CPU 0, like the host's
    /// workers).
    pub cpu: usize,
    pub stats: AllocStats,
    /// Pages kswapd was woken to reclaim above the high watermarks: the watermark boosts it
    /// dropped. The Machine has nothing kswapd could reclaim; a caller that models reclaim
    /// (the fragmentation workload) pays this debt and zeroes it.
    pub kswapd_boost_debt: u64,
}

impl PageAlloc {
    /// The allocator of a machine with `nr_pages` frames whose first `reserved` are kept back:
    /// zones sized, every pageblock movable, all other memory freed to the buddy lists in
    /// pageblock-sized chunks to the list tails (`memblock_free_all`), watermarks set up.
    pub fn new(pages: &mut [Page], reserved: u64, cfg: AllocConfig) -> PageAlloc {
        let nr_pages = pages.len() as u64;
        let movable = cfg.movable_bytes / 4096 / 1024 * 1024;
        let mut zones = zones_for(nr_pages, movable);
        let nr_cpus = cfg.nr_cpus.max(1);
        for z in &mut zones {
            z.pcp = vec![Pcp::default(); nr_cpus];
            if z.populated() {
                let kept = reserved.saturating_sub(z.start_pfn).min(z.spanned);
                z.managed = z.spanned - kept;
            }
        }
        let blocks = Pageblocks::new(nr_pages);
        let zone_of_block = (0..blocks.len() as u64)
            .map(|b| {
                let pfn = b * PAGEBLOCK_NR_PAGES;
                zones.iter().position(|z| z.spans(pfn)).unwrap_or(0) as u8
            })
            .collect();
        let mut pa = PageAlloc {
            zones,
            blocks,
            zone_of_block,
            cfg: AllocConfig { nr_cpus, ..cfg },
            min_free_kbytes: 0,
            cpu: 0,
            stats: AllocStats::default(),
            kswapd_boost_debt: 0,
        };
        let mut pfn = reserved;
        while pfn < nr_pages {
            let zi = pa.zone_index(pfn);
            let end = pa.zones[zi].end_pfn();
            let mut order = PAGEBLOCK_ORDER;
            while pfn & ((1 << order) - 1) != 0 || pfn + (1 << order) > end {
                order -= 1;
            }
            pa.free_one_page(pages, pfn, order, Migratetype::Movable, FreeTo::Tail);
            pa.stats.pgfree += 1 << order;
            pfn += 1 << order;
        }
        pa.init_watermarks();
        pa
    }

    /// The zone a frame belongs to.
    pub fn zone_index(&self, pfn: u64) -> usize {
        self.zone_of_block[(pfn / PAGEBLOCK_NR_PAGES) as usize] as usize
    }

    /// `NR_FREE_PAGES` over all zones.
    pub fn nr_free_pages(&self) -> u64 {
        self.zones.iter().map(|z| z.nr_free_pages).sum()
    }

    /// Pages on the per-CPU lists of every zone (not counted as free, as in Linux).
    pub fn pcp_pages(&self) -> u64 {
        self.zones
            .iter()
            .flat_map(|z| z.pcp.iter())
            .map(|p| p.count)
            .sum()
    }

    pub fn nr_managed_pages(&self) -> u64 {
        self.zones.iter().map(|z| z.managed).sum()
    }

    /// The zonelist of a request: populated zones from the highest allowed down.
    fn zonelist(&self, gfp: Gfp) -> Zonelist {
        let mut zl = Zonelist {
            zones: [0; MAX_NR_ZONES],
            len: 0,
        };
        for zi in (0..=gfp.zone().idx()).rev() {
            if self.zones[zi].populated() {
                zl.zones[zl.len] = zi;
                zl.len += 1;
            }
        }
        zl
    }

    /// `alloc_pages(gfp, order)`: the head frame of a fresh block, descriptor cleared.
    pub fn alloc(&mut self, pages: &mut [Page], gfp: Gfp, order: u8) -> Option<Pfn> {
        debug_assert!(order <= MAX_PAGE_ORDER);
        let zl = self.zonelist(gfp);
        let zonelist = zl.as_slice();
        let mt = gfp.migratetype();
        let highest = gfp.zone().idx();
        let mut flags = AllocFlags::WMARK_LOW;
        if gfp.contains(Gfp::KSWAPD_RECLAIM) {
            flags |= AllocFlags::KSWAPD;
        }
        // alloc_flags_nofragment: Normal as the preferred zone with DMA32 below it.
        if zonelist.first() == Some(&ZoneType::Normal.idx())
            && self.zones[ZoneType::Dma32.idx()].populated()
        {
            flags |= AllocFlags::NOFRAGMENT;
        }
        let pfn = match self.get_page_from_freelist(pages, zonelist, highest, order, mt, flags) {
            Some(p) => Some(p),
            None => self.alloc_slowpath(pages, gfp, zonelist, highest, order, mt),
        };
        let Some(pfn) = pfn else {
            self.stats.alloc_fail += 1;
            return None;
        };
        Some(Self::prep_new(pages, pfn))
    }

    /// `__alloc_pages_slowpath`, without reclaim or compaction (see the module comment).
    fn alloc_slowpath(
        &mut self,
        pages: &mut [Page],
        gfp: Gfp,
        zonelist: &[usize],
        highest: usize,
        order: u8,
        mt: Migratetype,
    ) -> Option<u64> {
        let flags = AllocFlags::from_gfp_slowpath(gfp, order);
        if flags.contains(AllocFlags::KSWAPD) {
            self.wake_kswapd(zonelist);
        }
        loop {
            if let Some(p) = self.get_page_from_freelist(pages, zonelist, highest, order, mt, flags)
            {
                return Some(p);
            }
            if !gfp.contains(Gfp::DIRECT_RECLAIM) {
                return None;
            }
            // Reclaim makes no progress: should_reclaim_retry ends by exhausting the
            // high-order atomic reserve, and only retries if that freed something.
            if !self.unreserve_highatomic_pageblock(pages, zonelist, mt, Force::Yes) {
                return None;
            }
        }
    }

    /// kswapd woken for these zones: it reclaims nothing the model can reclaim, and drops the
    /// watermark boost at the end of its pass, leaving the boost as a debt for a caller that
    /// can reclaim.
    fn wake_kswapd(&mut self, zonelist: &[usize]) {
        for &zi in zonelist {
            self.kswapd_boost_debt += self.zones[zi].watermark_boost;
            self.zones[zi].watermark_boost = 0;
            self.zones[zi].boosted_watermark = false;
        }
    }

    /// `get_page_from_freelist`.
    fn get_page_from_freelist(
        &mut self,
        pages: &mut [Page],
        zonelist: &[usize],
        highest: usize,
        order: u8,
        mt: Migratetype,
        flags: AllocFlags,
    ) -> Option<u64> {
        let mut flags = flags;
        loop {
            for &zi in zonelist {
                let mut ok = false;
                if !self.zones[zi].below_high {
                    let mark = self.zones[zi].wmark_pages(Wmark::High);
                    if self.zone_watermark_fast(zi, order, mark, highest, flags) {
                        ok = true;
                    } else {
                        self.zones[zi].below_high = true;
                    }
                }
                if !ok {
                    let mark = self.zones[zi].wmark_pages(flags.wmark());
                    ok = flags.contains(AllocFlags::NO_WATERMARKS)
                        || self.zone_watermark_fast(zi, order, mark, highest, flags);
                }
                if !ok {
                    continue;
                }
                if let Some(pfn) = self.rmqueue_zone(pages, zi, order, mt, flags) {
                    if flags.contains(AllocFlags::HIGHATOMIC) {
                        self.reserve_highatomic_pageblock(pages, zi, pfn, order);
                    }
                    return Some(pfn);
                }
            }
            if flags.contains(AllocFlags::NOFRAGMENT) {
                flags -= AllocFlags::NOFRAGMENT;
                continue;
            }
            return None;
        }
    }

    /// `rmqueue`: this CPU's lists for small orders, else the buddy lists (`rmqueue_buddy`).
    fn rmqueue_zone(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        order: u8,
        mt: Migratetype,
        flags: AllocFlags,
    ) -> Option<u64> {
        let mut got = None;
        if pcp_allowed_order(order) {
            got = self.rmqueue_pcplist(pages, zi, order, mt, flags);
        }
        if got.is_none() {
            if flags.contains(AllocFlags::HIGHATOMIC) {
                got = self.rmqueue_smallest(pages, zi, order, Migratetype::HighAtomic);
            }
            if got.is_none() {
                let mut mode = RmqueueMode::Normal;
                got = self.rmqueue(pages, zi, order, mt, flags, &mut mode);
                if got.is_none() && flags.intersects(AllocFlags::OOM | AllocFlags::NON_BLOCK) {
                    got = self.rmqueue_smallest(pages, zi, order, Migratetype::HighAtomic);
                }
            }
        }
        let pfn = got?;
        let zt = self.zones[zi].ztype.idx();
        self.stats.pgalloc[zt] += 1 << order;
        self.stats.numa_hit[zt] += 1;
        if flags.contains(AllocFlags::KSWAPD) && self.zones[zi].boosted_watermark {
            self.wake_kswapd(&[zi]);
        }
        Some(pfn)
    }

    /// `__free_pages` of a block whose last reference is gone: small orders through this
    /// CPU's lists, others straight to the buddy lists.
    pub fn free(&mut self, pages: &mut [Page], pfn: Pfn, order: u8) {
        let pfn = pfn.0 as u64;
        pages[pfn as usize].reset();
        let zi = self.zone_index(pfn);
        let mt = self.blocks.get(pfn);
        if pcp_allowed_order(order) && mt != Migratetype::Isolate {
            self.free_to_pcp(pages, zi, pfn, order);
            return;
        }
        self.stats.pgfree += 1 << order;
        // free_one_page splits blocks larger than a pageblock into pageblocks.
        let step = order.min(PAGEBLOCK_ORDER);
        let mut p = pfn;
        while p < pfn + (1 << order) {
            let mt = self.blocks.get(p);
            self.free_one_page(pages, p, step, mt, FreeTo::Heuristic);
            p += 1 << step;
        }
    }
}

/// A zonelist without heap allocation: zone indices, highest first.
#[derive(Clone, Copy)]
struct Zonelist {
    zones: [usize; MAX_NR_ZONES],
    len: usize,
}

impl Zonelist {
    fn as_slice(&self) -> &[usize] {
        &self.zones[..self.len]
    }
}
