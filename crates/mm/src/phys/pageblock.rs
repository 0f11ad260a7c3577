//! Pageblocks and migratetypes (`include/linux/mmzone.h`, `include/linux/pageblock-flags.h`,
//! `mm/page_alloc.c` `set_pageblock_migratetype`): physical memory is cut into pageblocks of
//! 2^9 pages (2 MiB), each tagged with the mobility of what it should hold. Free pages sit on
//! the free list of their block's type; allocations that find their own type empty fall back to
//! other types' blocks, which is how fragmentation spreads.

/// `enum migratetype`, as configured on the reference kernel (no CMA, memory isolation on).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Migratetype {
    Unmovable = 0,
    Movable = 1,
    Reclaimable = 2,
    /// The high-order atomic reserve (`MIGRATE_HIGHATOMIC`, numerically MIGRATE_PCPTYPES).
    HighAtomic = 3,
    Isolate = 4,
}

/// Migratetypes with free lists.
pub const MIGRATE_TYPES: usize = 5;
/// The types with per-CPU lists: unmovable, movable, reclaimable.
pub const MIGRATE_PCPTYPES: usize = 3;

pub const PAGEBLOCK_ORDER: u8 = 9;
pub const PAGEBLOCK_NR_PAGES: u64 = 1 << PAGEBLOCK_ORDER;

impl Migratetype {
    pub const ALL: [Migratetype; MIGRATE_TYPES] = [
        Migratetype::Unmovable,
        Migratetype::Movable,
        Migratetype::Reclaimable,
        Migratetype::HighAtomic,
        Migratetype::Isolate,
    ];
    pub const PCPTYPES: [Migratetype; MIGRATE_PCPTYPES] = [
        Migratetype::Unmovable,
        Migratetype::Movable,
        Migratetype::Reclaimable,
    ];

    pub fn idx(self) -> usize {
        self as usize
    }

    pub fn from_idx(i: usize) -> Migratetype {
        Migratetype::ALL[i]
    }

    /// The name /proc/pagetypeinfo prints (`migratetype_names`).
    pub fn name(self) -> &'static str {
        match self {
            Migratetype::Unmovable => "Unmovable",
            Migratetype::Movable => "Movable",
            Migratetype::Reclaimable => "Reclaimable",
            Migratetype::HighAtomic => "HighAtomic",
            Migratetype::Isolate => "Isolate",
        }
    }

    /// A short lower-case name, for counter names (`mmlab_extfrag_…`).
    pub fn key(self) -> &'static str {
        match self {
            Migratetype::Unmovable => "unmovable",
            Migratetype::Movable => "movable",
            Migratetype::Reclaimable => "reclaimable",
            Migratetype::HighAtomic => "highatomic",
            Migratetype::Isolate => "isolate",
        }
    }

    /// `migratetype_is_mergeable`: free blocks of different pcp types merge across pageblocks.
    pub fn is_mergeable(self) -> bool {
        self.idx() < MIGRATE_PCPTYPES
    }

    /// The fallback preference of a pcp type (`fallbacks[]`).
    pub fn fallbacks(self) -> &'static [Migratetype] {
        match self {
            Migratetype::Unmovable => &[Migratetype::Reclaimable, Migratetype::Movable],
            Migratetype::Movable => &[Migratetype::Reclaimable, Migratetype::Unmovable],
            Migratetype::Reclaimable => &[Migratetype::Unmovable, Migratetype::Movable],
            _ => &[],
        }
    }
}

/// The migratetype of every pageblock, indexed by `pfn >> PAGEBLOCK_ORDER`.
pub struct Pageblocks {
    mt: Vec<Migratetype>,
}

impl Pageblocks {
    /// Every block starts movable, as `memmap_init_range` leaves them.
    pub fn new(nr_pages: u64) -> Pageblocks {
        Pageblocks {
            mt: vec![Migratetype::Movable; nr_pages.div_ceil(PAGEBLOCK_NR_PAGES) as usize],
        }
    }

    /// `get_pfnblock_migratetype`.
    pub fn get(&self, pfn: u64) -> Migratetype {
        self.mt[(pfn >> PAGEBLOCK_ORDER) as usize]
    }

    /// `set_pageblock_migratetype`.
    pub fn set(&mut self, pfn: u64, mt: Migratetype) {
        self.mt[(pfn >> PAGEBLOCK_ORDER) as usize] = mt;
    }

    /// `change_pageblock_range`: every pageblock of an order-`order` block (order >= 9).
    pub fn set_range(&mut self, pfn: u64, order: u8, mt: Migratetype) {
        let blocks = 1u64 << order.saturating_sub(PAGEBLOCK_ORDER);
        for b in 0..blocks {
            self.set(pfn + b * PAGEBLOCK_NR_PAGES, mt);
        }
    }

    pub fn len(&self) -> usize {
        self.mt.len()
    }

    pub fn is_empty(&self) -> bool {
        self.mt.is_empty()
    }
}

/// `pageblock_start_pfn`.
pub fn pageblock_start(pfn: u64) -> u64 {
    pfn & !(PAGEBLOCK_NR_PAGES - 1)
}
