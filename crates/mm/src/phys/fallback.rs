//! Migratetype fallback (`mm/page_alloc.c` `__rmqueue`, `__rmqueue_claim`, `__rmqueue_steal`,
//! `try_to_claim_block`): what the allocator does when the requested type's lists are empty.
//!
//! Linux 6.18 (`FallbackPolicy::ClaimOrSmallest`, after "mm: page_alloc: don't steal single
//! pages from biggest buddy"): first try to *claim* a whole pageblock of a fallback type,
//! scanning from the largest free buddy down (a free pageblock-sized buddy is taken outright; a
//! partly used block is converted when at least half of it is free or compatible); only
//! movable requests below order 4 skip claiming. If no block can be claimed, *steal* the
//! request from the smallest fallback buddy, leaving the block's type alone (pollution).
//!
//! Before it (`FallbackPolicy::LargestBuddy`, 6.10 to 6.14): one scan from the largest buddy
//! down took the first fallback block found and, when the whole block could not be claimed,
//! took the request from that largest buddy anyway; only small movable requests went looking
//! for the smallest buddy instead. That fractured large free blocks for single pages.
//!
//! Each fallback is counted like the `mm_page_alloc_extfrag` tracepoint the seed's table was
//! made from: a block claimed from a free pageblock-sized buddy, a partly used block claimed
//! ("steal"), or a page taken from a block that keeps its type ("pollute").

use super::gfp::AllocFlags;
use super::page::Page;
use super::page_alloc::PageAlloc;
use super::pageblock::{MIGRATE_PCPTYPES, Migratetype, PAGEBLOCK_NR_PAGES, PAGEBLOCK_ORDER};
use super::zone::MAX_PAGE_ORDER;

/// Which fallback rules the allocator follows (a configuration switch, for A/B runs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FallbackPolicy {
    /// Linux 6.15 and later: claim a whole block, or steal from the smallest buddy.
    #[default]
    ClaimOrSmallest,
    /// Linux 6.10–6.14: fall back from the largest buddy, taking single pages from it.
    LargestBuddy,
}

/// What a fallback did to the block it took from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtfragKind {
    /// A free block of pageblock order or more changed type (a "claimer").
    Claim,
    /// A partly used pageblock changed type.
    Steal,
    /// A page was taken and the block kept its type.
    Pollute,
}

/// Fallback events per (kind, requested type, block type), pcp types only.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExtfragCounts {
    pub counts: [[[u64; MIGRATE_PCPTYPES]; MIGRATE_PCPTYPES]; 3],
}

impl ExtfragCounts {
    pub fn get(&self, kind: ExtfragKind, want: Migratetype, from: Migratetype) -> u64 {
        self.counts[kind as usize][want.idx()][from.idx()]
    }

    fn add(&mut self, kind: ExtfragKind, want: Migratetype, from: Migratetype) {
        if want.idx() < MIGRATE_PCPTYPES && from.idx() < MIGRATE_PCPTYPES {
            self.counts[kind as usize][want.idx()][from.idx()] += 1;
        }
    }
}

/// `enum rmqueue_mode`: where the previous `__rmqueue` of a bulk refill found pages (a
/// successful claim refills the requested type, so it returns to `Normal`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RmqueueMode {
    Normal,
    Steal,
}

/// `should_try_claim_block`.
fn should_try_claim_block(order: u8, start: Migratetype) -> bool {
    order >= PAGEBLOCK_ORDER
        || order >= PAGEBLOCK_ORDER / 2
        || matches!(start, Migratetype::Reclaimable | Migratetype::Unmovable)
}

impl PageAlloc {
    /// `find_suitable_fallback` without the claim test: the first fallback type with a free
    /// block of `order`.
    fn fallback_at(&self, zi: usize, order: u8, start: Migratetype) -> Option<Migratetype> {
        let area = &self.zones[zi].free_area[order as usize];
        if area.nr_free == 0 {
            return None;
        }
        start
            .fallbacks()
            .iter()
            .copied()
            .find(|&mt| !area.list(mt).is_empty())
    }

    fn count_extfrag(&mut self, current: u8, start: Migratetype, from: Migratetype, claimed: bool) {
        let kind = if !claimed {
            ExtfragKind::Pollute
        } else if current >= PAGEBLOCK_ORDER {
            ExtfragKind::Claim
        } else {
            ExtfragKind::Steal
        };
        self.stats.extfrag.add(kind, start, from);
    }

    /// `__rmqueue`: the requested type, then the fallbacks, in the configured policy.
    pub(crate) fn rmqueue(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        order: u8,
        mt: Migratetype,
        flags: AllocFlags,
        mode: &mut RmqueueMode,
    ) -> Option<u64> {
        if *mode == RmqueueMode::Normal
            && let Some(p) = self.rmqueue_smallest(pages, zi, order, mt)
        {
            return Some(p);
        }
        if self.cfg.policy == super::fallback::FallbackPolicy::LargestBuddy {
            return self.rmqueue_fallback_largest(pages, zi, order, mt, flags);
        }
        if *mode != RmqueueMode::Steal
            && let Some(p) = self.rmqueue_claim(pages, zi, order, mt, flags)
        {
            *mode = RmqueueMode::Normal;
            return Some(p);
        }
        if !flags.contains(AllocFlags::NOFRAGMENT)
            && let Some(p) = self.rmqueue_steal(pages, zi, order, mt)
        {
            *mode = RmqueueMode::Steal;
            return Some(p);
        }
        None
    }

    /// `__rmqueue_claim`.
    fn rmqueue_claim(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        order: u8,
        start: Migratetype,
        flags: AllocFlags,
    ) -> Option<u64> {
        let min_order = if order < PAGEBLOCK_ORDER && flags.contains(AllocFlags::NOFRAGMENT) {
            PAGEBLOCK_ORDER
        } else {
            order
        };
        let mut current = MAX_PAGE_ORDER;
        loop {
            if current < min_order {
                return None;
            }
            if !should_try_claim_block(current, start) {
                return None;
            }
            if let Some(from) = self.fallback_at(zi, current, start) {
                let head = self.list_head(zi, current, from).expect("non-empty list");
                if let Some(p) =
                    self.try_to_claim_block(pages, zi, head, current, order, start, from, flags)
                {
                    self.count_extfrag(current, start, from, true);
                    return Some(p);
                }
            }
            if current == 0 {
                return None;
            }
            current -= 1;
        }
    }

    /// `__rmqueue_steal`: the request from the smallest fallback buddy, block type unchanged.
    fn rmqueue_steal(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        order: u8,
        start: Migratetype,
    ) -> Option<u64> {
        for current in order..=MAX_PAGE_ORDER {
            let Some(from) = self.fallback_at(zi, current, start) else {
                continue;
            };
            let pfn = self.list_head(zi, current, from).expect("non-empty list");
            self.page_del_and_expand(pages, zi, pfn, order, current, from);
            self.count_extfrag(current, start, from, false);
            return Some(pfn);
        }
        None
    }

    /// `try_to_claim_block` (6.15+), or, with `single_page` fallback (6.14's
    /// `steal_suitable_fallback`), the request taken from this very buddy when the block cannot
    /// be claimed.
    #[allow(clippy::too_many_arguments)]
    fn try_to_claim_block(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        pfn: u64,
        current: u8,
        order: u8,
        start: Migratetype,
        block: Migratetype,
        flags: AllocFlags,
    ) -> Option<u64> {
        if current >= PAGEBLOCK_ORDER {
            self.del_from_free_list(pages, zi, pfn, current, block);
            self.blocks.set_range(pfn, current, start);
            let added = self.expand(pages, zi, pfn, order, current, start);
            self.account_freepages(zi, -(1i64 << current), block);
            self.account_freepages(zi, added as i64, start);
            return Some(pfn);
        }
        self.boost_watermark(zi, flags);
        let (block_start, free, movable) = self.prep_move_freepages_block(pages, zi, pfn)?;
        let alike = if start == Migratetype::Movable {
            movable
        } else if block == Migratetype::Movable {
            PAGEBLOCK_NR_PAGES - (free + movable)
        } else {
            0
        };
        if free + alike < PAGEBLOCK_NR_PAGES / 2 {
            return None;
        }
        self.move_freepages_block_at(pages, zi, block_start, block, start);
        self.blocks.set(block_start, start);
        self.rmqueue_smallest(pages, zi, order, start)
    }

    /// 6.10–6.14's `__rmqueue_fallback`.
    fn rmqueue_fallback_largest(
        &mut self,
        pages: &mut [Page],
        zi: usize,
        order: u8,
        start: Migratetype,
        flags: AllocFlags,
    ) -> Option<u64> {
        let min_order = if order < PAGEBLOCK_ORDER && flags.contains(AllocFlags::NOFRAGMENT) {
            PAGEBLOCK_ORDER
        } else {
            order
        };
        let mut found = None;
        for current in (min_order..=MAX_PAGE_ORDER).rev() {
            let Some(from) = self.fallback_at(zi, current, start) else {
                continue;
            };
            let can_steal = should_try_claim_block(current, start);
            if !can_steal && start == Migratetype::Movable && current > order {
                // find_smallest: movable requests that cannot claim take the smallest buddy.
                found = (order..=MAX_PAGE_ORDER).find_map(|o| {
                    self.fallback_at(zi, o, start)
                        .map(|mt| (o, mt, should_try_claim_block(o, start)))
                });
                break;
            }
            found = Some((current, from, can_steal));
            break;
        }
        let (current, from, whole_block) = found?;
        let pfn = self.list_head(zi, current, from).expect("non-empty list");
        // steal_suitable_fallback
        if from != Migratetype::HighAtomic {
            if current >= PAGEBLOCK_ORDER {
                let p = self.try_to_claim_block(pages, zi, pfn, current, order, start, from, flags);
                self.count_extfrag(current, start, from, true);
                return p;
            }
            self.boost_watermark(zi, flags);
            if whole_block
                && let Some((block_start, free, movable)) =
                    self.prep_move_freepages_block(pages, zi, pfn)
            {
                let alike = if start == Migratetype::Movable {
                    movable
                } else if from == Migratetype::Movable {
                    PAGEBLOCK_NR_PAGES - (free + movable)
                } else {
                    0
                };
                if free + alike >= PAGEBLOCK_NR_PAGES / 2 {
                    self.move_freepages_block_at(pages, zi, block_start, from, start);
                    self.blocks.set(block_start, start);
                    self.count_extfrag(current, start, from, true);
                    return self.rmqueue_smallest(pages, zi, order, start);
                }
            }
        }
        // single_page: the request from this buddy, its block unchanged.
        self.page_del_and_expand(pages, zi, pfn, order, current, from);
        self.count_extfrag(current, start, from, false);
        Some(pfn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_small_movable_requests_skip_claiming() {
        assert!(!should_try_claim_block(0, Migratetype::Movable));
        assert!(!should_try_claim_block(3, Migratetype::Movable));
        assert!(should_try_claim_block(4, Migratetype::Movable));
        assert!(should_try_claim_block(0, Migratetype::Unmovable));
        assert!(should_try_claim_block(0, Migratetype::Reclaimable));
    }
}
