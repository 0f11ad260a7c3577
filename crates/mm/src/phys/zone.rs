//! Zones (`include/linux/mmzone.h` `struct zone`, `mm/mm_init.c` zone sizing): the physical
//! ranges the allocator manages separately because some callers can only use some memory. On
//! x86-64: ZONE_DMA below 16 MiB, ZONE_DMA32 below 4 GiB, ZONE_NORMAL above, and ZONE_MOVABLE
//! when `movablecore` carves the top of memory out for movable allocations only. The model's
//! RAM is contiguous from PFN 0 (no PCI hole); its first frames are reserved like the low memory
//! and kernel image Linux keeps, so they are spanned and present but not managed.

use super::page::NONE;
use super::pageblock::{MIGRATE_TYPES, Migratetype};
use super::pcp::Pcp;

pub const MAX_PAGE_ORDER: u8 = 10;
pub const NR_ORDERS: usize = MAX_PAGE_ORDER as usize + 1;

/// `enum zone_type` (ZONE_DEVICE, which holds no RAM, is left out).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ZoneType {
    Dma = 0,
    Dma32 = 1,
    Normal = 2,
    Movable = 3,
}

pub const MAX_NR_ZONES: usize = 4;

/// The first PFN of ZONE_DMA32 and of ZONE_NORMAL (16 MiB and 4 GiB).
const DMA32_START_PFN: u64 = (16 << 20) >> 12;
const NORMAL_START_PFN: u64 = (4 << 30) >> 12;

impl ZoneType {
    pub const ALL: [ZoneType; MAX_NR_ZONES] = [
        ZoneType::Dma,
        ZoneType::Dma32,
        ZoneType::Normal,
        ZoneType::Movable,
    ];

    pub fn idx(self) -> usize {
        self as usize
    }

    /// The name /proc prints.
    pub fn name(self) -> &'static str {
        match self {
            ZoneType::Dma => "DMA",
            ZoneType::Dma32 => "DMA32",
            ZoneType::Normal => "Normal",
            ZoneType::Movable => "Movable",
        }
    }

    /// The vmstat suffix of `pgalloc_*`.
    pub fn key(self) -> &'static str {
        match self {
            ZoneType::Dma => "dma",
            ZoneType::Dma32 => "dma32",
            ZoneType::Normal => "normal",
            ZoneType::Movable => "movable",
        }
    }
}

/// One free list: an intrusive doubly linked list through `Page::prev`/`next`.
#[derive(Clone, Copy, Debug)]
pub struct FreeList {
    pub head: u32,
    pub tail: u32,
}

impl Default for FreeList {
    fn default() -> FreeList {
        FreeList {
            head: NONE,
            tail: NONE,
        }
    }
}

impl FreeList {
    pub fn is_empty(&self) -> bool {
        self.head == NONE
    }
}

/// `struct free_area`: the free blocks of one order, one list per migratetype.
#[derive(Clone, Copy, Debug, Default)]
pub struct FreeArea {
    pub lists: [FreeList; MIGRATE_TYPES],
    /// Blocks on all the lists (`nr_free`).
    pub nr_free: u64,
}

impl FreeArea {
    pub fn list(&self, mt: Migratetype) -> &FreeList {
        &self.lists[mt.idx()]
    }
}

pub struct Zone {
    pub ztype: ZoneType,
    pub start_pfn: u64,
    /// `spanned_pages`: the PFN range, holes included.
    pub spanned: u64,
    /// `present_pages`: RAM in the range.
    pub present: u64,
    /// `managed_pages`: what the buddy allocator was given.
    pub managed: u64,
    pub free_area: [FreeArea; NR_ORDERS],
    /// `NR_FREE_PAGES`: pages on the free lists, isolated ones excluded.
    pub nr_free_pages: u64,
    /// Free pages on MIGRATE_HIGHATOMIC lists (`nr_free_highatomic`).
    pub nr_free_highatomic: u64,
    /// `NR_FREE_PAGES_BLOCKS`: free pages in blocks of pageblock order or more.
    pub nr_free_pages_blocks: u64,
    /// `_watermark[min, low, high, promo]`.
    pub watermark: [u64; 4],
    pub watermark_boost: u64,
    /// `lowmem_reserve[]`: pages kept back from allocations that could use a higher zone.
    pub lowmem_reserve: [u64; MAX_NR_ZONES],
    pub nr_reserved_highatomic: u64,
    /// `ZONE_BELOW_HIGH`: a recent allocation found the zone below its high watermark.
    pub below_high: bool,
    /// `ZONE_BOOSTED_WATERMARK`: a fallback boosted the watermark; kswapd should run.
    pub boosted_watermark: bool,
    /// The per-CPU page lists, one set per simulated CPU.
    pub pcp: Vec<Pcp>,
}

impl Zone {
    fn new(ztype: ZoneType, start_pfn: u64, spanned: u64) -> Zone {
        Zone {
            ztype,
            start_pfn,
            spanned,
            present: spanned,
            managed: 0,
            free_area: [FreeArea::default(); NR_ORDERS],
            nr_free_pages: 0,
            nr_free_highatomic: 0,
            nr_free_pages_blocks: 0,
            watermark: [0; 4],
            watermark_boost: 0,
            lowmem_reserve: [0; MAX_NR_ZONES],
            nr_reserved_highatomic: 0,
            below_high: false,
            boosted_watermark: false,
            pcp: Vec::new(),
        }
    }

    /// A zone with no memory.
    pub fn empty(ztype: ZoneType) -> Zone {
        Zone::new(ztype, 0, 0)
    }

    pub fn end_pfn(&self) -> u64 {
        self.start_pfn + self.spanned
    }

    /// `populated_zone`.
    pub fn populated(&self) -> bool {
        self.present > 0
    }

    pub fn spans(&self, pfn: u64) -> bool {
        pfn >= self.start_pfn && pfn < self.end_pfn()
    }

    /// `wmark_pages`: a watermark plus the boost.
    pub fn wmark_pages(&self, w: super::gfp::Wmark) -> u64 {
        self.watermark[w as usize] + self.watermark_boost
    }
}

/// The zones of a machine with `nr_pages` of RAM from PFN 0, the top `movable_pages` of it in
/// ZONE_MOVABLE. Every zone type is present in the result, empty ones with no pages.
pub fn zones_for(nr_pages: u64, movable_pages: u64) -> Vec<Zone> {
    let movable_start = nr_pages - movable_pages.min(nr_pages);
    let bound = |lo: u64, hi: u64| (lo.min(movable_start), hi.min(movable_start));
    let ranges = [
        bound(0, DMA32_START_PFN),
        bound(DMA32_START_PFN, NORMAL_START_PFN),
        bound(NORMAL_START_PFN, nr_pages),
        (movable_start, nr_pages),
    ];
    ZoneType::ALL
        .iter()
        .zip(ranges)
        .map(|(&t, (lo, hi))| {
            let (lo, hi) = (lo.min(nr_pages), hi.min(nr_pages));
            if hi > lo {
                Zone::new(t, lo, hi - lo)
            } else {
                Zone::new(t, 0, 0)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_gib_has_dma_and_dma32_only() {
        let z = zones_for(262144, 0);
        assert_eq!((z[0].start_pfn, z[0].spanned), (0, 4096));
        assert_eq!((z[1].start_pfn, z[1].spanned), (4096, 262144 - 4096));
        assert!(!z[2].populated() && !z[3].populated());
    }

    #[test]
    fn eight_gib_with_movablecore() {
        let z = zones_for(2 << 20, 1 << 18);
        assert_eq!(z[1].end_pfn(), 1 << 20);
        assert_eq!(
            (z[2].start_pfn, z[2].end_pfn()),
            (1 << 20, (2 << 20) - (1 << 18))
        );
        assert_eq!(
            (z[3].start_pfn, z[3].end_pfn()),
            ((2 << 20) - (1 << 18), 2 << 20)
        );
    }
}
