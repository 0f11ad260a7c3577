//! Architecture-specific encodings. Only x86-64 (4-level paging, 4 KiB base pages) is modelled.

pub mod x86_64;
