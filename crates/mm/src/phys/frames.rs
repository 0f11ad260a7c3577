//! Physical RAM: the contents of every simulated frame, held in one zero-initialised host
//! allocation. The host backs it lazily (a large zeroed allocation is an anonymous mapping), so
//! a 1 GiB machine costs host memory only for the frames the model has touched.
//!
//! This is one of the few modules with `unsafe`: byte views of the word-aligned storage.

use super::Pfn;
use uapi::PAGE_SIZE;

const WORDS_PER_PAGE: usize = (PAGE_SIZE / 8) as usize;

/// When the host provides the memory behind simulated RAM.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Backing {
    /// On first use of each frame (cheap to create; first touches pay a host page fault).
    #[default]
    Lazy,
    /// All at once when the machine is made, so timings see only the model's own work, as on
    /// a real machine whose RAM exists before anything runs.
    Prefaulted,
}

pub struct Frames {
    /// Stored as words so page tables are read and written as aligned `u64`s.
    words: Vec<u64>,
}

impl Frames {
    pub fn new(nr_frames: u64, backing: Backing) -> Frames {
        let mut words = vec![0u64; nr_frames as usize * WORDS_PER_PAGE];
        if backing == Backing::Prefaulted {
            // One store per page makes the host back it now. The value is opaque to the
            // optimiser, which would otherwise drop zero stores into zeroed memory.
            for page in words.chunks_mut(WORDS_PER_PAGE) {
                page[0] = std::hint::black_box(0);
            }
        }
        dont_fork(&words);
        Frames { words }
    }

    fn range(pfn: Pfn) -> std::ops::Range<usize> {
        let start = pfn.0 as usize * WORDS_PER_PAGE;
        start..start + WORDS_PER_PAGE
    }

    pub fn words(&self, pfn: Pfn) -> &[u64; WORDS_PER_PAGE] {
        self.words[Self::range(pfn)]
            .try_into()
            .expect("a frame is exactly one page")
    }

    pub fn words_mut(&mut self, pfn: Pfn) -> &mut [u64; WORDS_PER_PAGE] {
        (&mut self.words[Self::range(pfn)])
            .try_into()
            .expect("a frame is exactly one page")
    }

    pub fn bytes(&self, pfn: Pfn) -> &[u8] {
        let w = &self.words[Self::range(pfn)];
        // SAFETY: `w` is a live, initialised slice of u64; u8 has no alignment requirement and
        // every bit pattern is a valid u8, so viewing the same memory as PAGE_SIZE bytes is sound.
        // The returned borrow keeps `self` borrowed for as long as the view lives.
        unsafe { std::slice::from_raw_parts(w.as_ptr().cast::<u8>(), PAGE_SIZE as usize) }
    }

    pub fn bytes_mut(&mut self, pfn: Pfn) -> &mut [u8] {
        let w = &mut self.words[Self::range(pfn)];
        // SAFETY: as in `bytes`; the unique borrow of `self` makes this the only view.
        unsafe { std::slice::from_raw_parts_mut(w.as_mut_ptr().cast::<u8>(), PAGE_SIZE as usize) }
    }

    /// `clear_page`.
    pub fn zero(&mut self, pfn: Pfn) {
        self.words_mut(pfn).fill(0);
    }

    /// `copy_page`.
    pub fn copy(&mut self, dst: Pfn, src: Pfn) {
        self.words
            .copy_within(Self::range(src), Self::range(dst).start);
    }
}

/// Keeps simulated RAM out of forks of the process that holds the model (the host oracle forks
/// to start its workers). Otherwise every fork would copy the page tables of all of RAM and
/// write-protect it, and the model's next write to each frame would take a host COW fault.
fn dont_fork(words: &[u64]) {
    let page = PAGE_SIZE as usize;
    let start = (words.as_ptr() as usize).next_multiple_of(page);
    let end = (words.as_ptr() as usize + std::mem::size_of_val(words)) / page * page;
    if end > start {
        // SAFETY: [start, end) lies inside the allocation `words` owns, page aligned; madvise
        // only changes how the host kernel copies that range on fork, never its contents. A
        // failure (e.g. an old kernel) costs speed, not correctness, so it is ignored.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTFORK);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_words_alias() {
        let mut f = Frames::new(4, Backing::Prefaulted);
        f.bytes_mut(Pfn(2))[8] = 0xab;
        assert_eq!(f.words(Pfn(2))[1], 0xab);
        f.copy(Pfn(3), Pfn(2));
        assert_eq!(f.bytes(Pfn(3))[8], 0xab);
        f.zero(Pfn(2));
        assert!(f.bytes(Pfn(2)).iter().all(|&b| b == 0));
        assert_eq!(f.bytes(Pfn(3)).len(), 4096);
    }
}
