//! Prints what a fresh host worker looks like: its maps with each VMA's Rss and VmFlags,
//! `mmap_base`, brk, and where the first `mmap(NULL, 4K)` lands. Needs root and a built
//! worker (`cargo build -p oracle`): `cargo run -p oracle --example host-layout`. With
//! `--smaps` it prints the worker's raw /proc/self/smaps instead (the model's default layout,
//! crates/mm/src/default_layout.smaps, is such a capture).

use oracle::Host;
use uapi::consts::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE};
use uapi::{Kernel, Syscall};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    Host::available()?;
    let mut h = oracle::Host::new()?;
    let p = h.spawn(None)?;
    if std::env::args().any(|a| a == "--smaps") {
        print!("{}", h.read_proc(p, uapi::observe::ProcFile::Smaps)?);
        return Ok(());
    }
    let l = h.layout(p)?;
    for v in &l.vmas {
        let rss = v.field("Rss").unwrap_or(0);
        println!(
            "{}\n    Rss {rss} kB, VmFlags {}",
            v.maps,
            v.vm_flags.join(" ")
        );
    }
    println!(
        "mmap_base {:#x}, start_brk {:#x}, brk {:#x}, mmap_min_addr {:#x}",
        l.mmap_base, l.start_brk, l.brk, l.mmap_min_addr
    );
    let call = Syscall::Mmap {
        addr: 0,
        len: 4096,
        prot: PROT_READ | PROT_WRITE,
        flags: MAP_PRIVATE | MAP_ANONYMOUS,
        fd: -1,
        off: 0,
    };
    println!("{call} = {:#x}", h.syscall(p, &call)?);
    Ok(())
}
