//! A small program for `mmlab trace` to record (the fifth trace in `traces/`, and the one the
//! tests record afresh): threads with their own malloc arenas, large allocations that glibc
//! maps, grows with mremap and unmaps, a stack that grows past its initial VMA, and a child
//! started the way std starts processes (vfork-like, then exec). Only std, so it builds
//! wherever the project does.

use std::hint::black_box;

/// Recursion deep enough to grow the main stack well past the 132 KiB execve gives it.
fn deep(n: u32) -> u64 {
    let pad = black_box([n as u64; 64]);
    if n == 0 {
        return pad[0];
    }
    deep(n - 1) + pad[n as usize % 64]
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("child") {
        let v = black_box(vec![1u8; 3 << 20]);
        println!("child: {}", v.len());
        return;
    }
    println!("stack: {}", deep(2000));
    // A large allocation (mmap), grown (mremap), then freed (munmap).
    let mut big = black_box(vec![0u8; 8 << 20]);
    big.resize(24 << 20, 1);
    println!(
        "big: {}",
        big.iter().step_by(4096).map(|&b| b as u64).sum::<u64>()
    );
    drop(big);
    let threads: Vec<_> = (0..3)
        .map(|i| {
            std::thread::spawn(move || {
                let v = black_box(vec![i as u8; 1 << 20]);
                let small: Vec<Box<[u8; 64]>> =
                    (0..1000).map(|_| Box::new([i as u8; 64])).collect();
                v.len() + small.len()
            })
        })
        .collect();
    let total: usize = threads.into_iter().map(|t| t.join().unwrap_or(0)).sum();
    println!("threads: {total}");
    let exe = std::env::current_exe().expect("own path");
    let status = std::process::Command::new(exe)
        .arg("child")
        .status()
        .expect("child runs");
    println!("child exited: {status}");
}
