//! `mmlab trace` and `mmlab replay`: a real program's memory syscalls, recorded on the host
//! (`oracle::trace`), written as a scenario that replays on the model.
//!
//! The scenario starts each process with an `exec` line carrying its address space right after
//! execve (smaps-style: maps line, VmFlags, Anonymous), declares every file mapped with its
//! recorded identity (`file` lines), gives every memory syscall in strace's syntax with its
//! result as an expectation (file descriptors as strace -y prints them), and ends each process
//! with a `maps ==` block of its maps just before it exited. Stack growth, which faults and
//! not syscalls make, is replayed as a read of the new lowest stack page where the recording
//! first saw it. So `mmlab run` on the trace checks
//! every address the kernel chose and the final layout; `mmlab replay` does the same and
//! reports the first divergence. Syscalls the model does not have are written under their
//! own names, and the parser names them.

use oracle::trace::{Event, FileInfo, MEMORY_SYSCALLS, Recording};
use std::collections::BTreeMap;
use std::fmt::Write;
use uapi::consts::{ConstKind, format};
use uapi::{Errno, Syscall};

/// The scenario name of process `i`.
fn proc_name(i: usize) -> String {
    if i == 0 { "p".into() } else { format!("p{i}") }
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The result as a scenario expectation.
fn result(nr: u64, ret: i64) -> String {
    if (-4095..0).contains(&ret) {
        return match Errno::from_raw(-ret as i32) {
            Some(e) => format!("-1 {}", e.name()),
            None => format!("{ret}"),
        };
    }
    match nr {
        // Addresses.
        9 | 12 | 25 | 30 => format!("{:#x}", ret as u64),
        _ => format!("{ret}"),
    }
}

/// One memory syscall as strace prints it (with -y for an mmap of a file).
fn call_text(nr: u64, a: &[u64; 6], file: Option<&FileInfo>) -> String {
    let sys = match nr {
        9 => Some(Syscall::Mmap {
            addr: a[0],
            len: a[1],
            prot: a[2],
            flags: a[3],
            fd: a[4] as i32 as i64,
            off: a[5],
        }),
        10 => Some(Syscall::Mprotect {
            addr: a[0],
            len: a[1],
            prot: a[2],
        }),
        11 => Some(Syscall::Munmap {
            addr: a[0],
            len: a[1],
        }),
        12 => Some(Syscall::Brk { addr: a[0] }),
        25 => Some(Syscall::Mremap {
            old_addr: a[0],
            old_len: a[1],
            new_len: a[2],
            flags: a[3],
            new_addr: a[4],
        }),
        28 => Some(Syscall::Madvise {
            addr: a[0],
            len: a[1],
            advice: a[2],
        }),
        149 => Some(Syscall::Mlock {
            addr: a[0],
            len: a[1],
        }),
        150 => Some(Syscall::Munlock {
            addr: a[0],
            len: a[1],
        }),
        325 => Some(Syscall::Mlock2 {
            addr: a[0],
            len: a[1],
            flags: a[2],
        }),
        462 => Some(Syscall::Mseal {
            addr: a[0],
            len: a[1],
            flags: a[2],
        }),
        _ => None,
    };
    match (sys, file) {
        (Some(Syscall::Mmap { .. }), Some(f)) => format!(
            "mmap({}, {}, {}, {}, {}<{}>, {:#x})",
            if a[0] == 0 {
                "NULL".to_string()
            } else {
                format!("{:#x}", a[0])
            },
            a[1],
            format(ConstKind::Prot, a[2]),
            format(ConstKind::MapFlags, a[3]),
            a[4] as i32,
            f.path,
            a[5]
        ),
        (Some(s), _) => s.to_string(),
        (None, _) => {
            let name = MEMORY_SYSCALLS
                .iter()
                .find(|&&(n, _)| n == nr)
                .map_or("syscall", |&(_, name)| name);
            let args: Vec<String> = a.iter().map(|v| format!("{v:#x}")).collect();
            format!("{name}({})", args.join(", "))
        }
    }
}

/// The recording as a scenario.
pub fn render(rec: &Recording) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# mmlab trace of: {}", rec.argv.join(" "));
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let _ = writeln!(
        out,
        "# recorded on Linux {} with address-space randomisation off; the program {}.",
        release.trim(),
        if rec.status.is_empty() {
            "did not finish"
        } else {
            &rec.status
        }
    );
    let _ = writeln!(
        out,
        "# Replay it on the model with `mmlab replay FILE` (or `mmlab run FILE`)."
    );
    // Files, declared once each with the identity they were first mapped with.
    let mut files: BTreeMap<&str, &FileInfo> = BTreeMap::new();
    for e in &rec.events {
        if let Event::Syscall { file: Some(f), .. } = e
            && f.regular
        {
            files.entry(f.path.as_str()).or_insert(f);
        }
    }
    for f in files.values() {
        // The access mode is what a mapping can see of the open flags.
        let mode = f.open_flags & uapi::consts::O_ACCMODE;
        let _ = writeln!(
            out,
            "file {} dev={:02x}:{:02x} ino={} size={} flags={}",
            quote(&f.path),
            f.dev_major,
            f.dev_minor,
            f.ino,
            f.size_bytes,
            format(ConstKind::OpenFlags, mode)
        );
    }
    for e in &rec.events {
        match e {
            Event::Exec {
                proc,
                path,
                smaps,
                start_brk,
                mmap_base,
                mmap_min_addr,
            } => {
                let _ = writeln!(
                    out,
                    "{}: exec {} start_brk={start_brk:#x} mmap_base={mmap_base:#x} mmap_min_addr={mmap_min_addr}",
                    proc_name(*proc),
                    quote(path)
                );
                for v in uapi::observe::parse_smaps(smaps).unwrap_or_default() {
                    let _ = writeln!(out, "  {}", v.maps);
                    let _ = writeln!(out, "    VmFlags: {}", v.vm_flags.join(" "));
                    let _ = writeln!(
                        out,
                        "    Anonymous: {} kB",
                        v.field("Anonymous").unwrap_or(0)
                    );
                }
            }
            Event::Syscall {
                proc,
                nr,
                args,
                ret,
                file,
            } => {
                let _ = writeln!(
                    out,
                    "{}: {} = {}",
                    proc_name(*proc),
                    call_text(*nr, args, file.as_ref()),
                    result(*nr, *ret)
                );
            }
            Event::StackGrowth { proc, start } => {
                // The program's own accesses grew its stack; a read of the new lowest page
                // grows it in the model the same way.
                let _ = writeln!(out, "{}: touch {start:#x} 1 read", proc_name(*proc));
            }
            Event::Fork { parent, child } => {
                let _ = writeln!(
                    out,
                    "{}: fork() = {}",
                    proc_name(*parent),
                    proc_name(*child)
                );
            }
            Event::Exit { proc, maps } => {
                let name = proc_name(*proc);
                let _ = writeln!(out, "{name}: maps ==");
                for line in maps.lines().filter(|l| !l.is_empty()) {
                    let _ = writeln!(out, "  {line}");
                }
                let _ = writeln!(out, "{name}: exit_group(0) = ?");
            }
        }
    }
    out
}
