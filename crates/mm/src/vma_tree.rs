//! The per-mm VMA index (the maple tree's job in `lib/maple_tree.c` / `mm/vma.c`): VMAs keyed
//! by start address, with lookups (`find_vma`, `find_vma_intersection`, prev/next) and the
//! free-gap searches behind `get_unmapped_area` (`unmapped_area`, `unmapped_area_topdown`).
//! An ordered map gives O(log n) lookups; the gap searches walk gaps in address order.

use crate::arena::Arena;
use crate::vma::{VmFlags, Vma, VmaId};
use std::collections::BTreeMap;
use std::ops::Bound;

#[derive(Default, Clone)]
pub struct VmaTree {
    by_start: BTreeMap<u64, VmaId>,
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
        self.by_start.len()
    }

    pub fn insert(&mut self, start: u64, id: VmaId) {
        let old = self.by_start.insert(start, id);
        debug_assert!(old.is_none(), "two VMAs start at {start:#x}");
    }

    pub fn remove(&mut self, start: u64) -> Option<VmaId> {
        self.by_start.remove(&start)
    }

    /// Moves a VMA's key after its start changed.
    pub fn rekey(&mut self, old_start: u64, new_start: u64) {
        if old_start != new_start {
            let id = self
                .by_start
                .remove(&old_start)
                .expect("rekey of a VMA not in the tree");
            self.insert(new_start, id);
        }
    }

    pub fn ids(&self) -> impl DoubleEndedIterator<Item = VmaId> + '_ {
        self.by_start.values().copied()
    }

    /// `find_vma`: the first VMA ending above `addr`.
    pub fn find_vma(&self, vmas: &Arena<Vma>, addr: u64) -> Option<VmaId> {
        if let Some((_, &id)) = self.by_start.range(..=addr).next_back()
            && vmas[id].end > addr
        {
            return Some(id);
        }
        self.by_start
            .range((Bound::Excluded(addr), Bound::Unbounded))
            .next()
            .map(|(_, &id)| id)
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
        self.by_start.range(..addr).next_back().map(|(_, &id)| id)
    }

    /// The first VMA starting above `addr`.
    pub fn next_of_addr(&self, addr: u64) -> Option<VmaId> {
        self.by_start
            .range((Bound::Excluded(addr), Bound::Unbounded))
            .next()
            .map(|(_, &id)| id)
    }

    /// The last VMA ending at or below `addr` (`vma_prev` from a gap at `addr`).
    pub fn prev_below(&self, vmas: &Arena<Vma>, addr: u64) -> Option<VmaId> {
        let (_, &id) = self.by_start.range(..addr).next_back()?;
        if vmas[id].end <= addr {
            Some(id)
        } else {
            self.prev(vmas, id)
        }
    }

    /// The highest gap inside [low, high) of at least `length`, as its end clamped to `high`
    /// (`vma_iter_area_highest`).
    fn area_highest(&self, vmas: &Arena<Vma>, low: u64, high: u64, length: u64) -> Option<u64> {
        if high <= low || high - low < length {
            return None;
        }
        let mut gap_end = high;
        for (_, &id) in self.by_start.range(..high).rev() {
            let v = &vmas[id];
            let gap_start = v.end.max(low);
            if gap_end > gap_start && gap_end - gap_start >= length {
                return Some(gap_end);
            }
            gap_end = gap_end.min(v.start);
            if gap_end <= low || gap_end - low < length {
                return None;
            }
        }
        Some(gap_end)
    }

    /// The lowest gap inside [low, high) of at least `length`, as its start clamped to `low`
    /// (`vma_iter_area_lowest`).
    fn area_lowest(&self, vmas: &Arena<Vma>, low: u64, high: u64, length: u64) -> Option<u64> {
        if high <= low || high - low < length {
            return None;
        }
        let mut gap_start = low;
        let first = self.find_vma(vmas, low);
        let iter = first
            .map(|f| self.by_start.range(vmas[f].start..))
            .into_iter()
            .flatten();
        for (_, &id) in iter {
            let v = &vmas[id];
            let gap_end = v.start.min(high);
            if gap_end > gap_start && gap_end - gap_start >= length {
                return Some(gap_start);
            }
            gap_start = gap_start.max(v.end);
            if gap_start >= high || high - gap_start < length {
                return None;
            }
        }
        Some(gap_start)
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
            let gap_end = self.area_highest(vmas, low_limit, high_limit, length)?;
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
            let gap_start = self.area_lowest(vmas, low_limit, high_limit, length)?;
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
