//! The per-mm VMA index (the maple tree's job in `lib/maple_tree.c` / `mm/vma.c`): VMAs keyed
//! by start address, with lookups (`find_vma`, `find_vma_intersection`, prev/next) and the
//! free-gap searches behind `get_unmapped_area` (`unmapped_area`, `unmapped_area_topdown`).
//! Lookups and the gap searches are O(log n), as with the maple tree's per-node gap records.

use crate::arena::Arena;
use crate::gap_tree::GapTree;
use crate::vma::{VmFlags, Vma, VmaId};

/// VMAs by start address, with their ends, in a tree that also indexes the free gaps between
/// them (see `gap_tree`). It mirrors the VMAs' ranges: every change of a VMA's range goes
/// through `set_range`.
#[derive(Default, Clone)]
pub struct VmaTree {
    ranges: GapTree<VmaId>,
}

/// `struct vm_unmapped_area_info`.
#[derive(Clone, Copy, Debug, Default)]
pub struct UnmappedAreaInfo {
    pub length: u64,
    pub low_limit: u64,
    pub high_limit: u64,
    pub align_mask: u64,
    pub align_offset: u64,
    pub start_gap: u64,
}

impl VmaTree {
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// Links a VMA, at the range it has now.
    pub fn insert(&mut self, vmas: &Arena<Vma>, id: VmaId) {
        let v = &vmas[id];
        debug_assert!(
            self.ranges
                .floor(v.start)
                .is_none_or(|(s, _, _)| s != v.start),
            "two VMAs start at {:#x}",
            v.start
        );
        self.ranges.insert(v.start, v.end, id);
    }

    pub fn remove(&mut self, start: u64) -> Option<VmaId> {
        self.ranges.remove(start)
    }

    /// Follows a VMA whose range changed from starting at `old_start` to [start, end).
    pub fn set_range(&mut self, old_start: u64, start: u64, end: u64) {
        self.ranges.set_range(old_start, start, end);
    }

    /// Every (start, end, VMA) the tree records, in address order.
    pub fn ranges(&self) -> impl Iterator<Item = (u64, u64, VmaId)> + '_ {
        self.ranges.iter()
    }

    /// Every VMA in address order.
    pub fn ids(&self) -> impl Iterator<Item = VmaId> + '_ {
        self.ranges.iter().map(|(_, _, id)| id)
    }

    /// `find_vma`: the first VMA ending above `addr`.
    pub fn find_vma(&self, vmas: &Arena<Vma>, addr: u64) -> Option<VmaId> {
        let _ = vmas;
        if let Some((_, end, id)) = self.ranges.floor(addr)
            && end > addr
        {
            return Some(id);
        }
        self.ranges.higher(addr).map(|(_, _, id)| id)
    }

    /// The VMA containing `addr`.
    pub fn lookup(&self, vmas: &Arena<Vma>, addr: u64) -> Option<VmaId> {
        self.find_vma(vmas, addr)
            .filter(|&id| vmas[id].start <= addr)
    }

    /// `find_vma_intersection`: the first VMA overlapping [start, end).
    pub fn find_intersection(&self, vmas: &Arena<Vma>, start: u64, end: u64) -> Option<VmaId> {
        self.find_vma(vmas, start)
            .filter(|&id| vmas[id].start < end)
    }

    pub fn prev(&self, vmas: &Arena<Vma>, id: VmaId) -> Option<VmaId> {
        self.prev_of_addr(vmas[id].start)
    }

    pub fn next(&self, vmas: &Arena<Vma>, id: VmaId) -> Option<VmaId> {
        self.next_of_addr(vmas[id].start)
    }

    /// The last VMA starting below `addr`.
    pub fn prev_of_addr(&self, addr: u64) -> Option<VmaId> {
        self.ranges.lower(addr).map(|(_, _, id)| id)
    }

    /// The first VMA starting above `addr`.
    pub fn next_of_addr(&self, addr: u64) -> Option<VmaId> {
        self.ranges.higher(addr).map(|(_, _, id)| id)
    }

    /// The last VMA ending at or below `addr` (`vma_prev` from a gap at `addr`).
    pub fn prev_below(&self, vmas: &Arena<Vma>, addr: u64) -> Option<VmaId> {
        let (_, end, id) = self.ranges.lower(addr)?;
        if end <= addr {
            Some(id)
        } else {
            self.prev(vmas, id)
        }
    }

    /// The highest gap inside [low, high) of at least `length`, as its end clamped to `high`
    /// (`vma_iter_area_highest`).
    fn area_highest(&self, low: u64, high: u64, length: u64) -> Option<u64> {
        self.ranges.area_highest(low, high, length)
    }

    /// The lowest gap inside [low, high) of at least `length`, as its start clamped to `low`
    /// (`vma_iter_area_lowest`).
    fn area_lowest(&self, low: u64, high: u64, length: u64) -> Option<u64> {
        self.ranges.area_lowest(low, high, length)
    }

    /// `unmapped_area_topdown`: the highest suitable gap, the mapping at its top, aligned down;
    /// a gap directly below a stack must leave `stack_guard_gap` clear.
    pub fn unmapped_area_topdown(
        &self,
        vmas: &Arena<Vma>,
        info: &UnmappedAreaInfo,
        mmap_min_addr: u64,
        stack_guard_gap: u64,
    ) -> Option<u64> {
        let length = info
            .length
            .checked_add(info.align_mask)?
            .checked_add(info.start_gap)?;
        let low_limit = info.low_limit.max(mmap_min_addr);
        let mut high_limit = info.high_limit;
        loop {
            let gap_end = self.area_highest(low_limit, high_limit, length)?;
            let mut gap = gap_end - info.length;
            gap -= gap.wrapping_sub(info.align_offset) & info.align_mask;
            // The VMA just above the gap, if it is a stack, needs its guard gap kept clear.
            if let Some(next) = self.next_of_addr(gap_end - 1)
                && vmas[next].flags.intersects(VmFlags::STARTGAP)
            {
                let start_gap = vm_start_gap(&vmas[next], stack_guard_gap);
                if start_gap < gap_end {
                    high_limit = start_gap;
                    continue;
                }
            }
            return Some(gap);
        }
    }

    /// `unmapped_area`: the lowest suitable gap, the mapping at its bottom, aligned up.
    pub fn unmapped_area(
        &self,
        vmas: &Arena<Vma>,
        info: &UnmappedAreaInfo,
        mmap_min_addr: u64,
        stack_guard_gap: u64,
    ) -> Option<u64> {
        let length = info
            .length
            .checked_add(info.align_mask)?
            .checked_add(info.start_gap)?;
        let mut low_limit = info.low_limit.max(mmap_min_addr);
        let high_limit = info.high_limit;
        loop {
            let gap_start = self.area_lowest(low_limit, high_limit, length)?;
            let mut gap = gap_start + info.start_gap;
            gap += info.align_offset.wrapping_sub(gap) & info.align_mask;
            if let Some(next) = self.find_vma(vmas, gap_start)
                && vmas[next].flags.intersects(VmFlags::STARTGAP)
                && vm_start_gap(&vmas[next], stack_guard_gap) < gap + length - 1
            {
                low_limit = vmas[next].end;
                continue;
            }
            return Some(gap);
        }
    }
}

/// `vm_start_gap`: the lowest address a neighbour below may reach.
pub fn vm_start_gap(vma: &Vma, stack_guard_gap: u64) -> u64 {
    let mut start = vma.start;
    if vma.flags.contains(VmFlags::GROWSDOWN) {
        start = start.saturating_sub(stack_guard_gap);
    }
    if vma.flags.contains(VmFlags::SHADOW_STACK) {
        start = start.saturating_sub(uapi::PAGE_SIZE);
    }
    start
}
