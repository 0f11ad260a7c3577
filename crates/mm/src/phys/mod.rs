//! Physical memory: frame contents, per-frame descriptors, and the page allocator (zones,
//! pageblocks and migratetypes, buddy free lists, fallback policy, per-CPU lists, watermarks).

pub mod alloc;
mod alloc_check;
pub mod buddy;
pub mod fallback;
pub mod frames;
pub mod gfp;
pub mod page;
pub mod page_alloc;
pub mod pageblock;
pub mod pcp;
pub mod watermark;
pub mod zone;

#[cfg(test)]
mod tests;

/// A physical frame number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pfn(pub u32);

impl Pfn {
    pub fn idx(self) -> usize {
        self.0 as usize
    }
}
