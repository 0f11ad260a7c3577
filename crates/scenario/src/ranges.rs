//! The address ranges a scenario has mapped so far (from mmap, mremap and brk results), kept
//! as a sorted list of disjoint page-aligned intervals. The differ compares pagemap and smaps
//! over these, including ranges unmapped since (they must read as empty on both sides).

use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RangeSet {
    /// Sorted, disjoint, non-adjacent `[start, end)` pairs.
    ranges: Vec<(u64, u64)>,
}

impl RangeSet {
    /// Adds `[start, end)`, rounded out to pages; empty or inverted ranges are ignored.
    pub fn insert(&mut self, start: u64, end: u64) {
        let start = start & !(uapi::PAGE_SIZE - 1);
        let end = uapi::page_align(end).unwrap_or(!(uapi::PAGE_SIZE - 1));
        if end <= start {
            return;
        }
        let (mut s, mut e) = (start, end);
        // Absorb every range that overlaps or touches the new one.
        self.ranges.retain(|&(a, b)| {
            if b < s || a > e {
                true
            } else {
                s = s.min(a);
                e = e.max(b);
                false
            }
        });
        let at = self.ranges.partition_point(|&(a, _)| a < s);
        self.ranges.insert(at, (s, e));
    }

    pub fn iter(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.ranges.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Whether `[start, end)` overlaps any range.
    pub fn overlaps(&self, start: u64, end: u64) -> bool {
        self.ranges.iter().any(|&(a, b)| a < end && start < b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_and_sorts() {
        let mut r = RangeSet::default();
        r.insert(0x5000, 0x6000);
        r.insert(0x1000, 0x2001);
        r.insert(0x3000, 0x3000);
        assert_eq!(
            r.iter().collect::<Vec<_>>(),
            vec![(0x1000, 0x3000), (0x5000, 0x6000)]
        );
        r.insert(0x3000, 0x5000);
        assert_eq!(r.iter().collect::<Vec<_>>(), vec![(0x1000, 0x6000)]);
        assert!(r.overlaps(0x5fff, 0x7000));
        assert!(!r.overlaps(0x6000, 0x7000));
    }
}
