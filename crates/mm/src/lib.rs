//! The model: Linux memory management as a deterministic, single-threaded machine that
//! implements `uapi::Kernel`. Modules mirror Linux's `mm/` files; each names the file it models.

mod anon_vma;
mod arch;
mod arena;
mod bench;
mod brk;
mod check;
mod fail;
mod filemap;
mod fork;
pub mod frag;
mod gap_tree;
mod gup;
mod machine;
mod madvise;
mod madvise_pages;
mod memory;
mod migrate;
mod mlock;
mod mm_struct;
mod mmap;
mod mprotect;
mod mremap;
mod mseal;
mod oom_kill;
mod pgtable;
pub mod phys;
mod pin;
mod proc;
mod referenced;
mod rmap;
mod shmem;
mod stats;
mod swap;
mod vma;
mod vma_merge;
mod vma_tree;
mod vmscan;

pub use machine::{Config, Machine, default_layout};
pub use phys::frames::Backing;
