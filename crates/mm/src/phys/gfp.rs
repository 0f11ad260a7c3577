//! Allocation intent (`include/linux/gfp_types.h`, `include/linux/gfp.h`, the `ALLOC_*` flags of
//! `mm/internal.h`): what a caller asks of the page allocator, which zones it may use, which
//! migratetype its pages get, and how far into the reserves it may dig. Only the bits the model
//! acts on are here; the numeric values are the model's own.

use super::zone::ZoneType;
use crate::phys::pageblock::Migratetype;

bitflags::bitflags! {
    /// `gfp_t`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Gfp: u32 {
        const DMA = 1 << 0;
        const HIGHMEM = 1 << 1;
        const DMA32 = 1 << 2;
        const MOVABLE = 1 << 3;
        const RECLAIMABLE = 1 << 4;
        /// Access to the reserves below the min watermark (ALLOC_MIN_RESERVE).
        const HIGH = 1 << 5;
        const IO = 1 << 6;
        const FS = 1 << 7;
        const ZERO = 1 << 8;
        const DIRECT_RECLAIM = 1 << 10;
        const KSWAPD_RECLAIM = 1 << 11;
        const NOWARN = 1 << 13;
        const NOMEMALLOC = 1 << 19;
        const HARDWALL = 1 << 20;
        const ACCOUNT = 1 << 22;

        const RECLAIM = Self::DIRECT_RECLAIM.bits() | Self::KSWAPD_RECLAIM.bits();
        const KERNEL = Self::RECLAIM.bits() | Self::IO.bits() | Self::FS.bits();
        const KERNEL_ACCOUNT = Self::KERNEL.bits() | Self::ACCOUNT.bits();
        const ATOMIC = Self::HIGH.bits() | Self::KSWAPD_RECLAIM.bits();
        const NOWAIT = Self::KSWAPD_RECLAIM.bits() | Self::NOWARN.bits();
        const USER = Self::RECLAIM.bits()
            | Self::IO.bits()
            | Self::FS.bits()
            | Self::HARDWALL.bits();
        const HIGHUSER = Self::USER.bits() | Self::HIGHMEM.bits();
        /// User pages: movable, from any zone up to ZONE_MOVABLE.
        const HIGHUSER_MOVABLE = Self::HIGHUSER.bits() | Self::MOVABLE.bits();
        /// Huge page faults without `defrag` (`GFP_TRANSHUGE_LIGHT`): no reclaim, no reserves.
        const TRANSHUGE_LIGHT = (Self::HIGHUSER_MOVABLE.bits() & !Self::RECLAIM.bits())
            | Self::NOMEMALLOC.bits()
            | Self::NOWARN.bits();
        /// Page tables of user address spaces (`GFP_PGTABLE_USER`).
        const PGTABLE_USER = Self::KERNEL_ACCOUNT.bits() | Self::ZERO.bits();
    }
}

impl Gfp {
    /// `gfp_migratetype`.
    pub fn migratetype(self) -> Migratetype {
        if self.contains(Gfp::MOVABLE) {
            Migratetype::Movable
        } else if self.contains(Gfp::RECLAIMABLE) {
            Migratetype::Reclaimable
        } else {
            Migratetype::Unmovable
        }
    }

    /// `gfp_zone`: the highest zone the allocation may use.
    pub fn zone(self) -> ZoneType {
        if self.contains(Gfp::DMA) {
            ZoneType::Dma
        } else if self.contains(Gfp::DMA32) {
            ZoneType::Dma32
        } else if self.contains(Gfp::MOVABLE | Gfp::HIGHMEM) {
            ZoneType::Movable
        } else {
            ZoneType::Normal
        }
    }
}

bitflags::bitflags! {
    /// `ALLOC_*` (`mm/internal.h`). The low two bits select the watermark (min, low, high).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct AllocFlags: u32 {
        const WMARK_LOW = 0x01;
        const WMARK_HIGH = 0x02;
        const NO_WATERMARKS = 0x04;
        const OOM = 0x08;
        const NON_BLOCK = 0x10;
        const MIN_RESERVE = 0x20;
        const CPUSET = 0x40;
        const NOFRAGMENT = 0x100;
        const HIGHATOMIC = 0x200;
        const KSWAPD = 0x800;
        const RESERVES = Self::NON_BLOCK.bits()
            | Self::MIN_RESERVE.bits()
            | Self::HIGHATOMIC.bits()
            | Self::OOM.bits();
    }
}

/// Watermark indices (`enum zone_watermarks`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wmark {
    Min = 0,
    Low = 1,
    High = 2,
    Promo = 3,
}

impl AllocFlags {
    /// `alloc_flags & ALLOC_WMARK_MASK`.
    pub fn wmark(self) -> Wmark {
        match self.bits() & 0x03 {
            0 => Wmark::Min,
            1 => Wmark::Low,
            _ => Wmark::High,
        }
    }

    /// `gfp_to_alloc_flags` (the slow path's flags).
    pub fn from_gfp_slowpath(gfp: Gfp, order: u8) -> AllocFlags {
        let mut f = AllocFlags::CPUSET;
        if gfp.contains(Gfp::HIGH) {
            f |= AllocFlags::MIN_RESERVE;
        }
        if gfp.contains(Gfp::KSWAPD_RECLAIM) {
            f |= AllocFlags::KSWAPD;
        }
        if !gfp.contains(Gfp::DIRECT_RECLAIM) {
            if !gfp.contains(Gfp::NOMEMALLOC) {
                f |= AllocFlags::NON_BLOCK;
                if order > 0 && f.contains(AllocFlags::MIN_RESERVE) {
                    f |= AllocFlags::HIGHATOMIC;
                }
            }
            if f.contains(AllocFlags::MIN_RESERVE) {
                f -= AllocFlags::CPUSET;
            }
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_pages_are_movable_and_may_use_every_zone() {
        assert_eq!(Gfp::HIGHUSER_MOVABLE.migratetype(), Migratetype::Movable);
        assert_eq!(Gfp::HIGHUSER_MOVABLE.zone(), ZoneType::Movable);
        assert_eq!(Gfp::PGTABLE_USER.migratetype(), Migratetype::Unmovable);
        assert_eq!(Gfp::PGTABLE_USER.zone(), ZoneType::Normal);
        assert_eq!(
            (Gfp::KERNEL | Gfp::RECLAIMABLE).migratetype(),
            Migratetype::Reclaimable
        );
        assert_eq!((Gfp::KERNEL | Gfp::DMA32).zone(), ZoneType::Dma32);
    }

    #[test]
    fn atomic_high_order_requests_may_use_the_highatomic_reserve() {
        let f = AllocFlags::from_gfp_slowpath(Gfp::ATOMIC, 2);
        assert!(f.contains(AllocFlags::HIGHATOMIC | AllocFlags::NON_BLOCK));
        assert!(f.contains(AllocFlags::MIN_RESERVE));
        assert!(!f.contains(AllocFlags::CPUSET));
        assert_eq!(f.wmark(), Wmark::Min);
        let k = AllocFlags::from_gfp_slowpath(Gfp::KERNEL, 2);
        assert!(!k.intersects(AllocFlags::RESERVES));
        assert_eq!(AllocFlags::WMARK_LOW.wmark(), Wmark::Low);
    }
}
