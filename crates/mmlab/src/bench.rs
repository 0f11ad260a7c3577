//! `mmlab bench`: the same memory-management work on the model and on the host kernel, in
//! alternation (host, model, host, model …) after one unmeasured warm-up round, each timed
//! where it runs (inside the host
//! worker; around the model's call), reported as medians and as the median of the per-pair
//! host/model ratios. Absolute times drift on shared machines; ratios measured side by side in
//! one run do not. The run also measures this machine's limits — 4 KiB memset and memcpy to
//! memory — and shows each fault path as a multiple of its limit.

use std::time::Instant;
use uapi::bench::{Bench, TimedOp};
use uapi::consts::*;
use uapi::{AccessKind, Error, PAGE_SIZE, Pid, Syscall};

/// What a benchmark's figure is per.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Unit {
    #[serde(rename = "ns/page")]
    PerPage,
    #[serde(rename = "ns/op")]
    PerOp,
}

impl Unit {
    fn label(self) -> &'static str {
        match self {
            Unit::PerPage => "ns/page",
            Unit::PerOp => "ns/op",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    WriteFault,
    ReadFault,
    Fork,
    CowFault,
    Munmap,
    MadvDontneed,
    MmapMunmap4k,
    MprotectSplitMerge,
}

const CASES: [Case; 8] = [
    Case::WriteFault,
    Case::ReadFault,
    Case::Fork,
    Case::CowFault,
    Case::Munmap,
    Case::MadvDontneed,
    Case::MmapMunmap4k,
    Case::MprotectSplitMerge,
];

/// Iterations of the per-operation loops.
const LOOP_COUNT: u64 = 10_000;
/// Pages of the VMA whose middle page mprotect toggles.
const TOGGLE_PAGES: u64 = 64;

impl Case {
    fn name(self) -> &'static str {
        match self {
            Case::WriteFault => "write_fault",
            Case::ReadFault => "read_fault",
            Case::Fork => "fork",
            Case::CowFault => "cow_fault",
            Case::Munmap => "munmap",
            Case::MadvDontneed => "madv_dontneed",
            Case::MmapMunmap4k => "mmap_munmap_4k",
            Case::MprotectSplitMerge => "mprotect_split_merge",
        }
    }

    fn describe(self, size: u64) -> String {
        let mib = size >> 20;
        match self {
            Case::WriteFault => format!("anonymous write fault ({mib} MiB)"),
            Case::ReadFault => format!("read fault, zero page ({mib} MiB)"),
            Case::Fork => format!("fork with {mib} MiB touched"),
            Case::CowFault => format!("COW fault in the child ({mib} MiB)"),
            Case::Munmap => format!("munmap of {mib} MiB touched"),
            Case::MadvDontneed => format!("MADV_DONTNEED of {mib} MiB touched"),
            Case::MmapMunmap4k => "mmap + munmap of 4 KiB".to_string(),
            Case::MprotectSplitMerge => "mprotect split + merge (64-page VMA)".to_string(),
        }
    }

    fn unit(self) -> Unit {
        match self {
            Case::WriteFault | Case::ReadFault | Case::CowFault => Unit::PerPage,
            _ => Unit::PerOp,
        }
    }

    /// Sets up, runs the timed operation and returns its cost in `unit()`s.
    fn run<K: Bench>(self, k: &mut K, size: u64) -> Result<f64, Error> {
        let p = k.spawn(None)?;
        let r = self.run_in(k, p, size);
        // Tear down whatever processes the case left, whether or not it succeeded.
        let _ = k.exit(p);
        r.map(|(ns, children)| {
            for c in children {
                let _ = k.exit(c);
            }
            ns
        })
    }

    fn run_in<K: Bench>(self, k: &mut K, p: Pid, size: u64) -> Result<(f64, Vec<Pid>), Error> {
        let pages = (size / PAGE_SIZE) as f64;
        let anon = |k: &mut K, len: u64| {
            k.syscall(
                p,
                &Syscall::Mmap {
                    addr: 0,
                    len,
                    prot: PROT_READ | PROT_WRITE,
                    flags: MAP_PRIVATE | MAP_ANONYMOUS,
                    fd: -1,
                    off: 0,
                },
            )
        };
        let touch = |addr: u64, len: u64, kind: AccessKind| TimedOp::Touch { addr, len, kind };
        let ns = |t: uapi::bench::Timed| t.elapsed_ns as f64;
        match self {
            Case::WriteFault | Case::ReadFault => {
                let a = anon(k, size)?;
                let kind = if self == Case::WriteFault {
                    AccessKind::Write
                } else {
                    AccessKind::Read
                };
                Ok((ns(k.timed(p, &touch(a, size, kind))?) / pages, vec![]))
            }
            Case::Fork => {
                let a = anon(k, size)?;
                k.touch(p, a, size, AccessKind::Write)?;
                let t = k.timed(p, &TimedOp::Fork)?;
                Ok((ns(t), vec![t.value as Pid]))
            }
            Case::CowFault => {
                let a = anon(k, size)?;
                k.touch(p, a, size, AccessKind::Write)?;
                let c = k.fork(p)?;
                let t = k.timed(c, &touch(a, size, AccessKind::Write))?;
                Ok((ns(t) / pages, vec![c]))
            }
            Case::Munmap | Case::MadvDontneed => {
                let a = anon(k, size)?;
                k.touch(p, a, size, AccessKind::Write)?;
                let call = if self == Case::Munmap {
                    Syscall::Munmap { addr: a, len: size }
                } else {
                    Syscall::Madvise {
                        addr: a,
                        len: size,
                        advice: MADV_DONTNEED,
                    }
                };
                Ok((ns(k.timed(p, &TimedOp::Syscall(call))?), vec![]))
            }
            Case::MmapMunmap4k => {
                let t = k.timed(
                    p,
                    &TimedOp::MmapMunmapLoop {
                        count: LOOP_COUNT,
                        len: PAGE_SIZE,
                    },
                )?;
                Ok((ns(t) / LOOP_COUNT as f64, vec![]))
            }
            Case::MprotectSplitMerge => {
                let len = TOGGLE_PAGES * PAGE_SIZE;
                let a = anon(k, len)?;
                k.touch(p, a, len, AccessKind::Write)?;
                let mid = a + TOGGLE_PAGES / 2 * PAGE_SIZE;
                let t = k.timed(
                    p,
                    &TimedOp::MprotectToggleLoop {
                        addr: mid,
                        count: LOOP_COUNT,
                    },
                )?;
                Ok((ns(t) / LOOP_COUNT as f64, vec![]))
            }
        }
    }

    /// The target the issue sets, if any: what `host/model` or `model/limit` must reach.
    fn target(self) -> Option<Target> {
        match self {
            Case::WriteFault => Some(Target::AtMostTimesLimit(2.0, Limit::Memset)),
            Case::CowFault => Some(Target::AtMostTimesLimit(2.0, Limit::Memcpy)),
            Case::ReadFault => Some(Target::AtLeastTimesHost(10.0)),
            Case::Fork => Some(Target::AtLeastTimesHost(3.0)),
            Case::Munmap => Some(Target::AtLeastTimesHost(5.0)),
            Case::MmapMunmap4k | Case::MprotectSplitMerge => Some(Target::AtLeastTimesHost(5.0)),
            Case::MadvDontneed => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    Memset,
    Memcpy,
}

#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Target {
    /// host/model ratio at least this.
    AtLeastTimesHost(f64),
    /// model figure at most this multiple of the limit.
    AtMostTimesLimit(f64, Limit),
}

#[derive(Debug, serde::Serialize)]
pub struct Pair {
    pub host_ns: f64,
    pub model_ns: f64,
    pub ratio: f64,
}

#[derive(Debug, serde::Serialize)]
pub struct Row {
    pub name: &'static str,
    pub description: String,
    pub unit: Unit,
    pub host_ns: f64,
    pub model_ns: f64,
    /// Median of the per-pair host/model ratios (> 1: the model is faster).
    pub ratio: f64,
    /// The figures as multiples of this machine's limit, for fault paths.
    pub host_times_limit: Option<f64>,
    pub model_times_limit: Option<f64>,
    pub target: Option<Target>,
    pub target_met: Option<bool>,
    pub pairs: Vec<Pair>,
}

#[derive(Debug, serde::Serialize)]
pub struct Limits {
    pub memset_4k_ns: f64,
    pub memcpy_4k_ns: f64,
}

#[derive(Debug, serde::Serialize)]
pub struct Report {
    pub size_bytes: u64,
    pub pairs: usize,
    pub limits: Limits,
    pub benchmarks: Vec<Row>,
    pub seconds: f64,
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// 4 KiB memset and memcpy over `size` bytes of already-backed memory, per 4 KiB: the cost
/// of zeroing and copying a page that is not in the cache, as page faults pay it.
fn measure_limits(size: u64, repeats: usize) -> Limits {
    let n = size as usize;
    let mut dst = vec![1u8; n];
    let src = vec![2u8; n];
    let chunks = (n / PAGE_SIZE as usize) as f64;
    let (mut set, mut cpy) = (Vec::new(), Vec::new());
    for _ in 0..repeats {
        let t = Instant::now();
        for c in dst.chunks_mut(PAGE_SIZE as usize) {
            c.fill(std::hint::black_box(0));
        }
        set.push(t.elapsed().as_nanos() as f64 / chunks);
        let t = Instant::now();
        for (d, s) in dst
            .chunks_mut(PAGE_SIZE as usize)
            .zip(src.chunks(PAGE_SIZE as usize))
        {
            d.copy_from_slice(s);
        }
        cpy.push(t.elapsed().as_nanos() as f64 / chunks);
        std::hint::black_box(&dst);
    }
    Limits {
        memset_4k_ns: median(&mut set),
        memcpy_4k_ns: median(&mut cpy),
    }
}

/// Runs every benchmark, `pairs` host/model pairs each.
pub fn run(
    size: u64,
    pairs: usize,
    mut new_host: impl FnMut() -> Result<oracle::Host, String>,
    mut progress: impl FnMut(&str),
) -> Result<Report, String> {
    let start = Instant::now();
    progress("measuring memset/memcpy limits");
    let limits = measure_limits(size, pairs.max(3));
    // Room for the mapping, a full COW copy of it, page tables and the loops' mappings.
    let ram = (3 * size + (64 << 20)).next_multiple_of(1 << 20);
    let mut rows = Vec::new();
    for case in CASES {
        progress(case.name());
        let mut model = mm::Machine::new(mm::Config {
            ram_bytes: ram,
            backing: mm::Backing::Prefaulted,
            ..mm::Config::default()
        })?;
        let mut host = new_host()?;
        // One unmeasured round each first: a fresh worker's and a fresh machine's first run
        // pay one-off costs (the host refilling its per-CPU page lists, caches) that are not
        // what the benchmark is about.
        case.run(&mut host, size)
            .map_err(|e| format!("{} on the host: {e}", case.name()))?;
        case.run(&mut model, size)
            .map_err(|e| format!("{} on the model: {e}", case.name()))?;
        let mut ps = Vec::new();
        for _ in 0..pairs {
            let h = case
                .run(&mut host, size)
                .map_err(|e| format!("{} on the host: {e}", case.name()))?;
            let m = case
                .run(&mut model, size)
                .map_err(|e| format!("{} on the model: {e}", case.name()))?;
            ps.push(Pair {
                host_ns: h,
                model_ns: m,
                ratio: h / m,
            });
        }
        let host_ns = median(&mut ps.iter().map(|p| p.host_ns).collect::<Vec<_>>());
        let model_ns = median(&mut ps.iter().map(|p| p.model_ns).collect::<Vec<_>>());
        let ratio = median(&mut ps.iter().map(|p| p.ratio).collect::<Vec<_>>());
        let limit = match case {
            Case::WriteFault => Some(limits.memset_4k_ns),
            Case::CowFault => Some(limits.memcpy_4k_ns),
            _ => None,
        };
        let target = case.target();
        let target_met = target.map(|t| match t {
            Target::AtLeastTimesHost(x) => ratio >= x,
            Target::AtMostTimesLimit(x, _) => limit.is_some_and(|l| model_ns <= x * l),
        });
        rows.push(Row {
            name: case.name(),
            description: case.describe(size),
            unit: case.unit(),
            host_ns,
            model_ns,
            ratio,
            host_times_limit: limit.map(|l| host_ns / l),
            model_times_limit: limit.map(|l| model_ns / l),
            target,
            target_met,
            pairs: ps,
        });
    }
    Ok(Report {
        size_bytes: size,
        pairs,
        limits,
        benchmarks: rows,
        seconds: start.elapsed().as_secs_f64(),
    })
}

fn fmt_ns(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e4 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

/// The table `mmlab bench` prints.
pub fn render(r: &Report) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "mmlab bench: {} MiB, {} host/model pairs; ratio = median of per-pair host/model (> 1: the model is faster)\n",
        r.size_bytes >> 20,
        r.pairs
    );
    let _ = writeln!(
        s,
        "{:<40} {:>8} {:>12} {:>12} {:>9}   target",
        "benchmark", "unit", "host", "model", "ratio"
    );
    for row in &r.benchmarks {
        let target = match (row.target, row.target_met) {
            (Some(Target::AtLeastTimesHost(x)), Some(met)) => {
                format!("ratio >= {x}: {}", if met { "met" } else { "NOT met" })
            }
            (Some(Target::AtMostTimesLimit(x, l)), Some(met)) => {
                let l = if l == Limit::Memset {
                    "memset"
                } else {
                    "memcpy"
                };
                format!("model <= {x}x {l}: {}", if met { "met" } else { "NOT met" })
            }
            _ => String::new(),
        };
        let _ = writeln!(
            s,
            "{:<40} {:>8} {:>12} {:>12} {:>8.2}x   {target}",
            row.description,
            row.unit.label(),
            fmt_ns(row.host_ns),
            fmt_ns(row.model_ns),
            row.ratio
        );
    }
    let _ = writeln!(
        s,
        "\nthis machine's limits: memset 4 KiB {}, memcpy 4 KiB {} (to memory, not cache)",
        fmt_ns(r.limits.memset_4k_ns),
        fmt_ns(r.limits.memcpy_4k_ns)
    );
    for row in &r.benchmarks {
        if let (Some(h), Some(m)) = (row.host_times_limit, row.model_times_limit) {
            let l = if row.name == "write_fault" {
                "memset"
            } else {
                "memcpy"
            };
            let _ = writeln!(
                s,
                "{:<40} host {h:.2}x {l}, model {m:.2}x {l}",
                row.description
            );
        }
    }
    let _ = writeln!(s, "\nbench: {:.1} s", r.seconds);
    s
}
