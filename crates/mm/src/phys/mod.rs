//! Physical memory: frame contents, per-frame descriptors, and the page allocator.

pub mod alloc;
pub mod buddy;
pub mod frames;
pub mod page;

/// A physical frame number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pfn(pub u32);

impl Pfn {
    pub fn idx(self) -> usize {
        self.0 as usize
    }
}
