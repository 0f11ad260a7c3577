//! Watermarks and reserves (`mm/page_alloc.c` `calculate_min_free_kbytes`,
//! `__setup_per_zone_wmarks`, `setup_per_zone_lowmem_reserve`, `zone_batchsize`,
//! `zone_highsize`, `__zone_watermark_ok`, `zone_watermark_fast`, `boost_watermark`,
//! `reserve_highatomic_pageblock`, `unreserve_highatomic_pageblock`; `mm/khugepaged.c`
//! `set_recommended_min_free_kbytes`): how much each zone keeps free, for whom, and the
//! high-order atomic reserve.

use super::gfp::{AllocFlags, Wmark};
use super::page::Page;
use super::page_alloc::PageAlloc;
use super::pageblock::{MIGRATE_PCPTYPES, Migratetype, PAGEBLOCK_NR_PAGES, PAGEBLOCK_ORDER};
use super::zone::{MAX_NR_ZONES, NR_ORDERS, ZoneType};

/// `sysctl_lowmem_reserve_ratio`.
pub const LOWMEM_RESERVE_RATIO: [u64; MAX_NR_ZONES] = [256, 256, 32, 0];
/// `MIN_PERCPU_PAGELIST_HIGH_FRACTION`.
const MIN_PCP_HIGH_FRACTION: u64 = 8;

fn int_sqrt(x: u64) -> u64 {
    let mut r = (x as f64).sqrt() as u64;
    while r * r > x {
        r -= 1;
    }
    while (r + 1) * (r + 1) <= x {
        r += 1;
    }
    r
}

impl PageAlloc {
    /// `nr_free_buffer_pages`: managed pages above the high watermark in zones up to Normal.
    fn nr_free_buffer_pages(&self) -> u64 {
        self.zones
            .iter()
            .filter(|z| z.ztype <= ZoneType::Normal)
            .map(|z| z.managed.saturating_sub(z.wmark_pages(Wmark::High)))
            .sum()
    }

    /// Boot-time setup, in Linux's order: min_free_kbytes from lowmem, watermarks, lowmem
    /// reserves, per-CPU batch and high; then khugepaged raises min_free_kbytes for THP and
    /// the watermarks are set again.
    pub(crate) fn init_watermarks(&mut self) {
        match self.cfg.min_free_kbytes {
            Some(k) => self.min_free_kbytes = k,
            None => {
                let lowmem_kb = self.nr_free_buffer_pages() * 4;
                self.min_free_kbytes = int_sqrt(lowmem_kb * 16).clamp(128, 262144);
            }
        }
        self.setup_per_zone_wmarks();
        self.setup_per_zone_lowmem_reserve();
        if self.cfg.min_free_kbytes.is_none() {
            self.set_recommended_min_free_kbytes();
            self.setup_per_zone_wmarks();
        }
    }

    /// khugepaged's `set_recommended_min_free_kbytes` (THP is enabled on the reference kernel).
    fn set_recommended_min_free_kbytes(&mut self) {
        let nr_zones = self
            .zones
            .iter()
            .filter(|z| z.populated() && z.ztype <= ZoneType::Normal)
            .count() as u64;
        let mut recommended = PAGEBLOCK_NR_PAGES * nr_zones * 2;
        recommended += PAGEBLOCK_NR_PAGES * nr_zones * (MIGRATE_PCPTYPES * MIGRATE_PCPTYPES) as u64;
        recommended = recommended.min(self.nr_free_buffer_pages() / 20);
        let kb = recommended * 4;
        if kb > self.min_free_kbytes {
            self.min_free_kbytes = kb;
        }
    }

    /// `__setup_per_zone_wmarks`, then `zone_pcp_update` for each zone.
    pub(crate) fn setup_per_zone_wmarks(&mut self) {
        let pages_min = self.min_free_kbytes / 4;
        let lowmem: u64 = self
            .zones
            .iter()
            .filter(|z| z.ztype != ZoneType::Movable)
            .map(|z| z.managed)
            .sum();
        let scale = self.cfg.watermark_scale_factor;
        for z in &mut self.zones {
            let share = (pages_min * z.managed).checked_div(lowmem).unwrap_or(0);
            z.watermark[Wmark::Min as usize] = if z.ztype == ZoneType::Movable {
                (z.managed / 1024).clamp(32, 128)
            } else {
                share
            };
            let gap = (share >> 2).max(z.managed * scale / 10000);
            z.watermark_boost = 0;
            z.watermark[Wmark::Low as usize] = z.watermark[Wmark::Min as usize] + gap;
            z.watermark[Wmark::High as usize] = z.watermark[Wmark::Low as usize] + gap;
            z.watermark[Wmark::Promo as usize] = z.watermark[Wmark::High as usize] + gap;
        }
        for zi in 0..self.zones.len() {
            self.zone_pcp_update(zi);
        }
    }

    /// `setup_per_zone_lowmem_reserve`.
    fn setup_per_zone_lowmem_reserve(&mut self) {
        for (i, &ratio) in LOWMEM_RESERVE_RATIO
            .iter()
            .enumerate()
            .take(MAX_NR_ZONES - 1)
        {
            let clear = ratio == 0 || self.zones[i].managed == 0;
            let mut managed = 0;
            for j in i + 1..MAX_NR_ZONES {
                managed += self.zones[j].managed;
                self.zones[i].lowmem_reserve[j] = if clear { 0 } else { managed / ratio };
            }
        }
    }

    /// `zone_set_pageset_high_and_batch`: batch from the zone size, high_min from the low
    /// watermark and high_max from an eighth of the zone, both split across the CPUs.
    fn zone_pcp_update(&mut self, zi: usize) {
        let nr_cpus = self.cfg.nr_cpus as u64;
        let z = &mut self.zones[zi];
        // zone_batchsize: a quarter of min(managed / 1024, 1 MiB of pages), times 1.5, rounded
        // down to a power of two, minus one; at least 1.
        let quarter = ((z.managed >> 10).min((1 << 20) / 4096) / 4).max(1);
        let x = quarter + quarter / 2;
        let batch = ((1u64 << (63 - x.leading_zeros())) - 1).max(1);
        let high_min = (z.wmark_pages(Wmark::Low) / nr_cpus).max(batch << 2);
        let high_max = (z.managed / MIN_PCP_HIGH_FRACTION / nr_cpus).max(batch << 2);
        for pcp in &mut z.pcp {
            pcp.batch = batch;
            pcp.high_min = high_min;
            pcp.high_max = high_max;
        }
    }

    /// `__zone_watermark_unusable_free`.
    fn unusable_free(&self, zi: usize, order: u8, flags: AllocFlags) -> u64 {
        let mut unusable = (1u64 << order) - 1;
        if !flags.intersects(AllocFlags::RESERVES) {
            unusable += self.zones[zi].nr_free_highatomic;
        }
        unusable
    }

    /// `__zone_watermark_ok` / `zone_watermark_ok`.
    pub(crate) fn zone_watermark_ok(
        &self,
        zi: usize,
        order: u8,
        mark: u64,
        highest_zoneidx: usize,
        flags: AllocFlags,
    ) -> bool {
        let z = &self.zones[zi];
        let free = z.nr_free_pages as i64 - self.unusable_free(zi, order, flags) as i64;
        let mut min = mark as i64;
        if flags.intersects(AllocFlags::RESERVES) {
            if flags.contains(AllocFlags::MIN_RESERVE) {
                min -= min / 2;
                if flags.contains(AllocFlags::NON_BLOCK) {
                    min -= min / 4;
                }
            }
            if flags.contains(AllocFlags::OOM) {
                min -= min / 2;
            }
        }
        if free <= min + z.lowmem_reserve[highest_zoneidx] as i64 {
            return false;
        }
        if order == 0 {
            return true;
        }
        for o in order as usize..NR_ORDERS {
            let area = &z.free_area[o];
            if area.nr_free == 0 {
                continue;
            }
            if Migratetype::PCPTYPES
                .iter()
                .any(|&mt| !area.list(mt).is_empty())
            {
                return true;
            }
            if flags.intersects(AllocFlags::HIGHATOMIC | AllocFlags::OOM)
                && !area.list(Migratetype::HighAtomic).is_empty()
            {
                return true;
            }
        }
        false
    }

    /// `zone_watermark_fast`.
    pub(crate) fn zone_watermark_fast(
        &self,
        zi: usize,
        order: u8,
        mark: u64,
        highest_zoneidx: usize,
        flags: AllocFlags,
    ) -> bool {
        let z = &self.zones[zi];
        if order == 0 {
            let reserved = self.unusable_free(zi, 0, flags);
            let usable = z.nr_free_pages - reserved.min(z.nr_free_pages);
            if usable > mark + z.lowmem_reserve[highest_zoneidx] {
                return true;
            }
        }
        if self.zone_watermark_ok(zi, order, mark, highest_zoneidx, flags) {
            return true;
        }
        if order == 0
            && flags.contains(AllocFlags::MIN_RESERVE)
            && z.watermark_boost > 0
            && flags.wmark() == Wmark::Min
        {
            let mark = z.watermark[Wmark::Min as usize];
            return self.zone_watermark_ok(zi, order, mark, highest_zoneidx, flags);
        }
        false
    }

    /// `boost_watermark`: a fragmenting fallback raises the watermarks by a pageblock (up to
    /// `watermark_boost_factor` of the high mark) and, for callers that may, asks kswapd to
    /// reclaim the boost back.
    pub(crate) fn boost_watermark(&mut self, zi: usize, flags: AllocFlags) {
        let factor = self.cfg.watermark_boost_factor;
        let z = &mut self.zones[zi];
        if factor == 0 || PAGEBLOCK_NR_PAGES * 4 > z.managed {
            return;
        }
        let max_boost = z.watermark[Wmark::High as usize] * factor / 10000;
        if max_boost == 0 {
            return;
        }
        let max_boost = max_boost.max(PAGEBLOCK_NR_PAGES);
        z.watermark_boost = (z.watermark_boost + PAGEBLOCK_NR_PAGES).min(max_boost);
        if flags.contains(AllocFlags::KSWAPD) {
            z.boosted_watermark = true;
        }
    }

    /// `reserve_highatomic_pageblock`: after a successful high-order atomic allocation, keep its
    /// pageblock for such allocations, up to about 1% of the zone.
    pub(crate) fn reserve_highatomic_pageblock(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pfn: u64,
        order: u8,
    ) {
        let managed = self.zones[zi].managed;
        if managed / 100 < PAGEBLOCK_NR_PAGES {
            return;
        }
        let max_managed = (managed / 100).div_ceil(PAGEBLOCK_NR_PAGES) * PAGEBLOCK_NR_PAGES;
        if self.zones[zi].nr_reserved_highatomic >= max_managed {
            return;
        }
        let mt = self.blocks.get(pfn);
        if !mt.is_mergeable() {
            return;
        }
        if order < PAGEBLOCK_ORDER {
            if self
                .move_freepages_block(pages, zi, pfn, mt, Migratetype::HighAtomic)
                .is_none()
            {
                return;
            }
            self.zones[zi].nr_reserved_highatomic += PAGEBLOCK_NR_PAGES;
        } else {
            self.blocks.set_range(pfn, order, Migratetype::HighAtomic);
            self.zones[zi].nr_reserved_highatomic += 1 << order;
        }
    }

    /// `unreserve_highatomic_pageblock`: give a reserved pageblock back to `mt`, keeping at
    /// least one pageblock reserved unless `force`d (right before OOM). Whether one was.
    pub(crate) fn unreserve_highatomic_pageblock(
        &mut self,
        pages: &mut [Page],
        zonelist: &[usize],
        mt: Migratetype,
        force: Force,
    ) -> bool {
        for &zi in zonelist {
            if force == Force::No && self.zones[zi].nr_reserved_highatomic <= PAGEBLOCK_NR_PAGES {
                continue;
            }
            for order in 0..NR_ORDERS as u8 {
                let Some(pfn) = self.list_head(zi, order, Migratetype::HighAtomic) else {
                    continue;
                };
                let size = PAGEBLOCK_NR_PAGES.max(1 << order);
                // The reserve never underflows (the seed's warning).
                let size = size.min(self.zones[zi].nr_reserved_highatomic);
                self.zones[zi].nr_reserved_highatomic -= size;
                let moved = if order < PAGEBLOCK_ORDER {
                    self.move_freepages_block(pages, zi, pfn, Migratetype::HighAtomic, mt)
                        .unwrap_or(0)
                } else {
                    self.move_to_free_list(pages, zi, pfn, order, Migratetype::HighAtomic, mt);
                    self.blocks.set_range(pfn, order, mt);
                    1
                };
                if moved > 0 {
                    return true;
                }
            }
        }
        false
    }
}

/// Whether `unreserve_highatomic_pageblock` may empty the reserve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Force {
    No,
    Yes,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_square_root() {
        assert_eq!(int_sqrt(16 * 1024 * 1024), 4096);
        assert_eq!(int_sqrt(15), 3);
        assert_eq!(int_sqrt(16), 4);
    }
}
