//! `mmlab frag`: the thpchallenge fragmentation workload (`mm::frag`) under both fallback
//! policies, summed over several seeds as the seed patch's table sums four runs, printed side by
//! side: the `mm_page_alloc_extfrag` events per (requested, fallen-back-to) migratetype pair,
//! the huge-page success rate of the THP test, and the movable pageblocks left polluted.

use mm::frag::{Background, FragConfig, FragReport, TABLE_ORDER, thpchallenge};
use mm::phys::fallback::{ExtfragKind, FallbackPolicy};
use mm::phys::pageblock::Migratetype;
use std::fmt::Write;

const MIN_RAM: u64 = 64 << 20;
const MAX_RAM: u64 = 64 << 30;

/// The two policies, in the order they are printed.
const POLICIES: [FallbackPolicy; 2] = [
    FallbackPolicy::LargestBuddy,
    FallbackPolicy::ClaimOrSmallest,
];

const KINDS: [(ExtfragKind, &str); 3] = [
    (ExtfragKind::Pollute, "pollute"),
    (ExtfragKind::Steal, "steal"),
    (ExtfragKind::Claim, "claim"),
];

#[derive(serde::Serialize)]
pub struct Report {
    background: &'static str,
    ram_bytes: u64,
    seeds: Vec<u64>,
    policies: Vec<PolicyReport>,
    seconds: f64,
}

#[derive(serde::Serialize)]
struct Event {
    kind: &'static str,
    requested: &'static str,
    from: &'static str,
    count: u64,
}

#[derive(serde::Serialize)]
struct PolicyReport {
    policy: &'static str,
    events: Vec<Event>,
    thp_attempts: u64,
    thp_success: u64,
    movable_blocks_with_unmovable: u64,
    movable_blocks_with_reclaimable: u64,
    pageblocks_unmovable: u64,
    pageblocks_movable: u64,
    pageblocks_reclaimable: u64,
    reclaimed_pages: u64,
    #[serde(skip)]
    raw: FragReport,
}

fn policy_name(p: FallbackPolicy) -> &'static str {
    match p {
        FallbackPolicy::LargestBuddy => "largest-buddy",
        FallbackPolicy::ClaimOrSmallest => "claim-or-smallest",
    }
}

pub fn background_name(b: Background) -> &'static str {
    match b {
        Background::Fio => "fio",
        Background::KernelBuild => "kernel-build",
    }
}

/// Runs `runs` seeds from `seed` under both policies, the two policies of a seed in parallel.
pub fn run(background: Background, ram_bytes: u64, seed: u64, runs: u64) -> Result<Report, String> {
    if !(MIN_RAM..=MAX_RAM).contains(&ram_bytes) {
        return Err(format!(
            "--ram must be between {}M and {}G: the THP test needs room for a few huge pages, \
             and each policy's run holds a 64-byte descriptor per simulated page",
            MIN_RAM >> 20,
            MAX_RAM >> 30
        ));
    }
    let start = std::time::Instant::now();
    let seeds: Vec<u64> = (seed..seed + runs).collect();
    let mut sums = [FragReport::default(), FragReport::default()];
    for &s in &seeds {
        let cfg = FragConfig {
            ram_bytes,
            seed: s,
            background,
            ..FragConfig::default()
        };
        let results = std::thread::scope(|scope| {
            let handles = POLICIES.map(|p| scope.spawn(move || thpchallenge(&cfg, p)));
            handles.map(|h| h.join().unwrap_or(None))
        });
        for (sum, r) in sums.iter_mut().zip(results) {
            let r = r.ok_or_else(|| {
                format!(
                    "{} MiB is too small for the workload: memory ran out before the THP test",
                    ram_bytes >> 20
                )
            })?;
            sum.add(&r);
        }
    }
    let policies = POLICIES
        .iter()
        .zip(sums)
        .map(|(&p, r)| PolicyReport {
            policy: policy_name(p),
            events: KINDS
                .iter()
                .flat_map(|&(kind, kname)| {
                    let r = &r;
                    TABLE_ORDER.iter().flat_map(move |&want| {
                        want.fallbacks().iter().map(move |&from| Event {
                            kind: kname,
                            requested: want.key(),
                            from: from.key(),
                            count: r.extfrag.get(kind, want, from),
                        })
                    })
                })
                .collect(),
            thp_attempts: r.thp_attempts,
            thp_success: r.thp_success,
            movable_blocks_with_unmovable: r.movable_blocks_with_unmovable,
            movable_blocks_with_reclaimable: r.movable_blocks_with_reclaimable,
            pageblocks_unmovable: r.blocks[Migratetype::Unmovable.idx()],
            pageblocks_movable: r.blocks[Migratetype::Movable.idx()],
            pageblocks_reclaimable: r.blocks[Migratetype::Reclaimable.idx()],
            reclaimed_pages: r.reclaimed,
            raw: r,
        })
        .collect();
    Ok(Report {
        background: background_name(background),
        ram_bytes,
        seeds,
        policies,
        seconds: start.elapsed().as_secs_f64(),
    })
}

fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "-".into();
    }
    format!("{:.1}%", part as f64 * 100.0 / whole as f64)
}

fn change(old: u64, new: u64) -> String {
    if old == 0 {
        return String::new();
    }
    format!("{:+.0}%", (new as f64 - old as f64) * 100.0 / old as f64)
}

/// The table, in the layout of the seed patch's (`@pollute[unmovable from movable]`).
pub fn render(r: &Report) -> String {
    let mut out = String::new();
    let (old, new) = (&r.policies[0], &r.policies[1]);
    let _ = writeln!(
        out,
        "mmlab frag: thpchallenge with a {} background on a {} MiB model, {} run(s) (seeds {}..={}), summed\n",
        r.background,
        r.ram_bytes >> 20,
        r.seeds.len(),
        r.seeds.first().copied().unwrap_or(0),
        r.seeds.last().copied().unwrap_or(0),
    );
    let _ = writeln!(
        out,
        "{:<40} {:>14} {:>18} {:>8}",
        "mm_page_alloc_extfrag events", "largest buddy", "claim or smallest", "change"
    );
    let _ = writeln!(out, "{:<40} {:>14} {:>18}", "", "(6.10-6.14)", "(6.15+)");
    for (i, (a, b)) in old.events.iter().zip(&new.events).enumerate() {
        if i % 6 == 0 {
            out.push('\n');
        }
        let label = format!("@{}[{} from {}]", a.kind, a.requested, a.from);
        let _ = writeln!(
            out,
            "{label:<40} {:>14} {:>18} {:>8}",
            a.count,
            b.count,
            change(a.count, b.count)
        );
    }
    let from_movable = |p: &PolicyReport| -> u64 {
        p.events
            .iter()
            .filter(|e| e.kind != "claim" && e.from == "movable")
            .map(|e| e.count)
            .sum()
    };
    let (fo, fnw) = (from_movable(old), from_movable(new));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<40} {:>14} {:>18} {:>8}",
        "pollute+steal from movable blocks",
        fo,
        fnw,
        change(fo, fnw)
    );
    for (label, get) in [
        (
            "movable blocks holding unmovable pages",
            (|p: &PolicyReport| p.movable_blocks_with_unmovable) as fn(&PolicyReport) -> u64,
        ),
        ("movable blocks holding reclaimable pages", |p| {
            p.movable_blocks_with_reclaimable
        }),
    ] {
        let (a, b) = (get(old), get(new));
        let _ = writeln!(out, "{label:<40} {a:>14} {b:>18} {:>8}", change(a, b));
    }
    let _ = writeln!(
        out,
        "{:<40} {:>14} {:>18}",
        "THP faults that got a huge page",
        format!(
            "{} ({})",
            old.thp_success,
            percent(old.thp_success, old.thp_attempts)
        ),
        format!(
            "{} ({})",
            new.thp_success,
            percent(new.thp_success, new.thp_attempts)
        ),
    );
    let _ = writeln!(
        out,
        "{:<40} {:>14} {:>18}",
        "THP faults", old.thp_attempts, new.thp_attempts
    );
    let _ = writeln!(
        out,
        "{:<40} {:>14} {:>18}",
        "pageblocks unmovable/reclaimable (end)",
        format!(
            "{}/{}",
            old.pageblocks_unmovable, old.pageblocks_reclaimable
        ),
        format!(
            "{}/{}",
            new.pageblocks_unmovable, new.pageblocks_reclaimable
        ),
    );
    let _ = writeln!(
        out,
        "{:<40} {:>14} {:>18}",
        "page cache pages reclaimed", old.reclaimed_pages, new.reclaimed_pages
    );
    let slab = |p: &PolicyReport| -> String {
        let pages: u64 = p.raw.slab_pages.iter().map(|s| s.1).sum();
        format!("{} MiB", (pages * 4096) >> 20)
    };
    let _ = writeln!(
        out,
        "{:<40} {:>14} {:>18}",
        "slab after the run (summed)",
        slab(old),
        slab(new)
    );
    let _ = writeln!(out, "\nfrag: {:.1} s", r.seconds);
    out
}
