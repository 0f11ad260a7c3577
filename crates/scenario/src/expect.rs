//! Observation lines at run time: read what the kernel shows (/proc files, pagemap,
//! kpageflags), keep the part the line asked for, decode pagemap entries, and check the
//! line's `==` expectations against it. Frame labels (`@A`) live here too: they persist across
//! lines and processes for the whole run.

use crate::ast::*;
use crate::record::{Observation, Outcome, PageRow, StepRecord};
use std::collections::BTreeMap;
use uapi::observe::{MapsEntry, ProcFile, kpf, pagemap as pm, parse_maps};
use uapi::{Kernel, Pid};

/// Most pages one `pagemap` line may ask for.
pub const MAX_PAGEMAP_PAGES: u64 = 1 << 16;

/// Frame identities seen in a run: the scenario's `@LABEL`s and display numbers.
#[derive(Debug, Default)]
pub(crate) struct Frames {
    by_label: BTreeMap<String, u64>,
    by_pfn: BTreeMap<u64, String>,
    /// PFN -> display number, in order of first appearance.
    seen: BTreeMap<u64, usize>,
}

impl Frames {
    /// Numbers a frame on first sight.
    fn number(&mut self, pfn: u64) -> usize {
        let n = self.seen.len() + 1;
        *self.seen.entry(pfn).or_insert(n)
    }

    fn display(&mut self, pfn: u64) -> String {
        let n = self.number(pfn);
        match self.by_pfn.get(&pfn) {
            Some(l) => format!("f{n} @{l}"),
            None => format!("f{n}"),
        }
    }

    /// How a message names a frame.
    fn name(&self, pfn: u64) -> String {
        match (self.seen.get(&pfn), self.by_pfn.get(&pfn)) {
            (_, Some(l)) => format!("@{l}'s frame"),
            (Some(n), None) => format!("frame f{n}"),
            (None, None) => "a frame not seen before".to_string(),
        }
    }
}

pub(crate) struct Ctx<'a, K: Kernel> {
    pub kernel: &'a mut K,
    pub pid: Pid,
    pub frames: &'a mut Frames,
    pub vars: &'a crate::exec::Vars,
    /// The ranges the scenario mapped so far, for the scenario rollup.
    pub ranges: &'a crate::ranges::RangeSet,
}

impl<K: Kernel> Ctx<'_, K> {
    fn eval(&self, e: &Expr) -> Result<u64, String> {
        crate::exec::eval(self.vars, e)
    }

    fn read(&mut self, f: ProcFile, rec: &mut StepRecord) -> Option<String> {
        match self.kernel.read_proc(self.pid, f) {
            Ok(t) => Some(t),
            Err(e) => {
                rec.outcome = Outcome::from_error(&e);
                rec.fail(format!("reading {}: {e}", f.path()));
                None
            }
        }
    }
}

fn text(rec: &mut StepRecord, file: &str, text: String) {
    rec.observation = Some(Observation::Text {
        file: file.to_string(),
        text,
    });
}

/// Runs one observation line and checks its expectation.
pub(crate) fn observe<K: Kernel>(
    ctx: &mut Ctx<'_, K>,
    what: &Observe,
    expect: Option<&ObsExpect>,
    rec: &mut StepRecord,
) {
    let file = match what {
        Observe::Maps { addr } => return maps(ctx, addr.as_ref(), expect, rec),
        Observe::Smaps { addr } => return smaps(ctx, addr, expect, rec),
        Observe::Pagemap { addr, npages } => return pagemap(ctx, addr, npages, expect, rec),
        Observe::Rollup => return rollup(ctx, expect, rec),
        Observe::Meminfo => ProcFile::Meminfo,
        Observe::Vmstat => ProcFile::Vmstat,
        Observe::Buddyinfo => ProcFile::Buddyinfo,
        Observe::Pagetypeinfo => ProcFile::Pagetypeinfo,
        Observe::Zoneinfo => ProcFile::Zoneinfo,
    };
    // Machine-wide files: /proc/meminfo is shown as `meminfo`, as the line names it.
    let name = file.path().trim_start_matches("/proc/");
    rec.op = name.to_string();
    let Some(t) = ctx.read(file, rec) else { return };
    if let Some(ObsExpect::Fields(specs)) = expect {
        check_fields(&parse_fields(&t), specs, None, rec);
    }
    text(rec, name, t);
}

/// smaps fields that describe the VMA rather than count pages: not summed.
const NOT_SUMMED: &[&str] = &["Size", "KernelPageSize", "MMUPageSize"];

/// `rollup`: shows smaps_rollup as Linux prints it, then the scenario rollup (smaps fields
/// summed over the VMAs overlapping the ranges the scenario mapped), which is what `==`
/// compares: the real rollup also counts the host worker's own memory, which no scenario can
/// predict.
fn rollup<K: Kernel>(ctx: &mut Ctx<'_, K>, expect: Option<&ObsExpect>, rec: &mut StepRecord) {
    rec.op = "rollup".into();
    let Some(mut t) = ctx.read(ProcFile::SmapsRollup, rec) else {
        return;
    };
    let Some(smaps) = ctx.read(ProcFile::Smaps, rec) else {
        return;
    };
    let mut sum: Vec<Field> = Vec::new();
    let mut vmas = 0;
    for (_, lines) in smaps_blocks(&smaps)
        .iter()
        .filter(|(e, _)| ctx.ranges.overlaps(e.start, e.end))
    {
        vmas += 1;
        for f in parse_fields(&lines[1..].join("\n")) {
            if !f.kb || NOT_SUMMED.contains(&f.name.as_str()) {
                continue;
            }
            match sum.iter_mut().find(|s| s.name == f.name) {
                Some(s) => s.value = s.value.saturating_add(f.value),
                None => sum.push(f),
            }
        }
    }
    if let Some(ObsExpect::Fields(specs)) = expect {
        check_fields(&sum, specs, None, rec);
    }
    if !t.ends_with('\n') {
        t.push('\n');
    }
    t.push_str(&format!(
        "scenario rollup ({vmas} VMAs overlapping the ranges the scenario mapped):\n"
    ));
    for f in &sum {
        t.push_str(&format!(
            "{:<16}{:>8} kB\n",
            format!("{}:", f.name),
            f.value
        ));
    }
    text(rec, "smaps_rollup", t);
}

fn maps<K: Kernel>(
    ctx: &mut Ctx<'_, K>,
    addr: Option<&Expr>,
    expect: Option<&ObsExpect>,
    rec: &mut StepRecord,
) {
    let addr = match addr.map(|a| ctx.eval(a)).transpose() {
        Ok(a) => a,
        Err(e) => return rec.not_run(e),
    };
    rec.op = addr.map_or("maps".into(), |a| format!("maps {a:#x}"));
    let Some(t) = ctx.read(ProcFile::Maps, rec) else {
        return;
    };
    let entries = match parse_maps(&t) {
        Ok(v) => v,
        Err(e) => {
            rec.fail(format!("cannot parse maps: {e}"));
            return text(rec, "maps", t);
        }
    };
    let Some(a) = addr else {
        if let Some(ObsExpect::VmaBlock(specs)) = expect {
            check_block(ctx, &entries, specs, rec);
        }
        return text(rec, "maps", t);
    };
    let hit = entries.iter().find(|e| e.start <= a && a < e.end);
    match expect {
        Some(ObsExpect::Vma(None)) => {
            if let Some(e) = hit {
                rec.fail(format!("expected no VMA at {a:#x}, found `{}`", short(e)));
            }
        }
        Some(ObsExpect::Vma(Some(spec))) => match (eval_spec(ctx, spec), hit) {
            (Err(e), _) => rec.fail(e),
            (Ok(want), None) => {
                rec.fail(format!("no VMA contains {a:#x}; expected `{}`", want.text))
            }
            (Ok(want), Some(e)) if !want.matches(e) => {
                rec.fail(format!(
                    "the VMA containing {a:#x} is `{}`; expected `{}`",
                    short(e),
                    want.text
                ));
            }
            _ => {}
        },
        _ => {}
    }
    let shown = hit.map_or(format!("(no VMA contains {a:#x})"), |e| e.to_string());
    text(rec, "maps", shown);
}

/// A VMA spec with its addresses evaluated.
struct Want<'s> {
    start: u64,
    end: u64,
    spec: &'s VmaSpec,
    text: String,
}

impl Want<'_> {
    fn matches(&self, e: &MapsEntry) -> bool {
        e.start == self.start
            && e.end == self.end
            && e.perms() == self.spec.perms
            && self.spec.name.as_ref().is_none_or(|n| *n == e.name)
            && self.spec.ident.is_none_or(|i| {
                (i.offset, i.dev_major, i.dev_minor, i.inode)
                    == (e.offset, e.dev_major, e.dev_minor, e.inode)
            })
    }
}

fn eval_spec<'s, K: Kernel>(ctx: &Ctx<'_, K>, spec: &'s VmaSpec) -> Result<Want<'s>, String> {
    let start = ctx.eval(&spec.start)?;
    let end = ctx.eval(&spec.end)?;
    let mut text = format!("{start:x}-{end:x} {}", spec.perms);
    if let Some(i) = &spec.ident {
        text.push_str(&format!(
            " {:08x} {:02x}:{:02x} {}",
            i.offset, i.dev_major, i.dev_minor, i.inode
        ));
    }
    if let Some(n) = &spec.name {
        text.push(' ');
        text.push_str(n);
    }
    Ok(Want {
        start,
        end,
        spec,
        text,
    })
}

/// A maps line without the padding, for messages.
fn short(e: &MapsEntry) -> String {
    let mut s = format!("{:x}-{:x} {}", e.start, e.end, e.perms());
    if e.inode != 0 || e.offset != 0 {
        s.push_str(&format!(
            " {:08x} {:02x}:{:02x} {}",
            e.offset, e.dev_major, e.dev_minor, e.inode
        ));
    }
    if !e.name.is_empty() {
        s.push(' ');
        s.push_str(&e.name);
    }
    s
}

fn check_block<K: Kernel>(
    ctx: &Ctx<'_, K>,
    entries: &[MapsEntry],
    specs: &[VmaSpec],
    rec: &mut StepRecord,
) {
    let wants = match specs
        .iter()
        .map(|s| eval_spec(ctx, s))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(w) => w,
        Err(e) => return rec.fail(e),
    };
    let Some(first) = wants.first() else { return };
    let Some(at) = entries.iter().position(|e| e.start == first.start) else {
        return rec.fail(format!(
            "no VMA starts at {:x} (line {}: expected `{}`)",
            first.start, first.spec.line, first.text
        ));
    };
    for (k, w) in wants.iter().enumerate() {
        match entries.get(at + k) {
            Some(e) if w.matches(e) => {}
            Some(e) => {
                return rec.fail(format!(
                    "line {}: expected `{}`, found `{}`",
                    w.spec.line,
                    w.text,
                    short(e)
                ));
            }
            None => {
                return rec.fail(format!(
                    "line {}: expected `{}`, but the maps end before it",
                    w.spec.line, w.text
                ));
            }
        }
    }
}

/// Splits smaps text into (maps entry, its lines) blocks.
fn smaps_blocks(text: &str) -> Vec<(MapsEntry, Vec<&str>)> {
    let mut out: Vec<(MapsEntry, Vec<&str>)> = Vec::new();
    for line in text.lines() {
        let first = line.split_whitespace().next().unwrap_or("");
        if first.contains('-')
            && !first.ends_with(':')
            && let Ok(e) = MapsEntry::parse(line)
        {
            out.push((e, vec![line]));
            continue;
        }
        if let Some(b) = out.last_mut() {
            b.1.push(line);
        }
    }
    out
}

fn smaps<K: Kernel>(
    ctx: &mut Ctx<'_, K>,
    addr: &Expr,
    expect: Option<&ObsExpect>,
    rec: &mut StepRecord,
) {
    let a = match ctx.eval(addr) {
        Ok(a) => a,
        Err(e) => return rec.not_run(e),
    };
    rec.op = format!("smaps {a:#x}");
    let Some(t) = ctx.read(ProcFile::Smaps, rec) else {
        return;
    };
    let blocks = smaps_blocks(&t);
    let Some((_, lines)) = blocks.iter().find(|(e, _)| e.start <= a && a < e.end) else {
        rec.fail(format!("no VMA contains {a:#x}"));
        return text(rec, "smaps", format!("(no VMA contains {a:#x})"));
    };
    if let Some(ObsExpect::Fields(specs)) = expect {
        let flags: Vec<String> = lines
            .iter()
            .find_map(|l| l.strip_prefix("VmFlags:"))
            .map(|f| f.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default();
        check_fields(
            &parse_fields(&lines[1..].join("\n")),
            specs,
            Some(&flags),
            rec,
        );
    }
    text(rec, "smaps", lines.join("\n"));
}

/// One `Name: value [kB]` (or vmstat's `name value`) line.
pub(crate) struct Field {
    pub name: String,
    pub value: u64,
    /// Printed in kB.
    pub kb: bool,
}

pub(crate) fn parse_fields(text: &str) -> Vec<Field> {
    text.lines()
        .filter_map(|l| {
            let (name, rest) = match l.split_once(':') {
                Some((n, r)) => (n.trim(), r),
                None => {
                    let mut it = l.splitn(2, char::is_whitespace);
                    (it.next()?.trim(), it.next()?)
                }
            };
            let mut it = rest.split_whitespace();
            let value = it.next()?.parse().ok()?;
            Some(Field {
                name: name.to_string(),
                value,
                kb: it.next() == Some("kB"),
            })
        })
        .collect()
}

fn check_fields(
    fields: &[Field],
    specs: &[FieldSpec],
    flags: Option<&[String]>,
    rec: &mut StepRecord,
) {
    for s in specs {
        match s {
            FieldSpec::Flag { code, present } => {
                let has = flags.is_some_and(|f| f.iter().any(|x| x == code));
                if has != *present {
                    let want = if *present { "set" } else { "clear" };
                    rec.fail(format!(
                        "expected VmFlags `{code}` {want}; VmFlags: {}",
                        flags.unwrap_or_default().join(" ")
                    ));
                }
            }
            FieldSpec::Eq { name, value } => {
                let Some(f) = fields.iter().find(|f| f.name == *name) else {
                    rec.fail(format!("no field `{name}`"));
                    continue;
                };
                if f.kb {
                    if value % 1024 != 0 {
                        rec.fail(format!(
                            "{name} is shown in kB; {value} bytes is not a whole number of kB"
                        ));
                    } else if value / 1024 != f.value {
                        rec.fail(format!(
                            "expected {name} = {} kB, found {} kB",
                            value / 1024,
                            f.value
                        ));
                    }
                } else if *value != f.value {
                    rec.fail(format!("expected {name} = {value}, found {}", f.value));
                }
            }
        }
    }
}

/// The page words of a pagemap entry and its frame's kpageflags (when known).
pub(crate) fn page_words(entry: u64, kflags: Option<u64>) -> PageWords {
    let mut w = 0;
    for (bit, word) in [
        (pm::PRESENT, PageWords::PRESENT),
        (pm::SWAP, PageWords::SWAP),
        (pm::FILE, PageWords::FILE),
        (pm::MMAP_EXCLUSIVE, PageWords::EXCL),
        (pm::GUARD_REGION, PageWords::GUARD),
    ] {
        if entry & bit != 0 {
            w |= word;
        }
    }
    if let Some(k) = kflags.filter(|_| entry & pm::PRESENT != 0) {
        let k = crate::snapshot::compared_kpf(k);
        for (bit, word) in [
            (kpf::ZERO_PAGE, PageWords::ZERO),
            (kpf::ANON_EXCLUSIVE, PageWords::AX),
            (kpf::ANON, PageWords::ANON),
        ] {
            if k & (1 << bit) != 0 {
                w |= word;
            }
        }
    }
    PageWords(w)
}

/// The display words of a page: pagemap bits, then kpageflags words.
pub(crate) fn flag_words(entry: u64, kflags: Option<u64>) -> Vec<String> {
    let mut out: Vec<String> = [
        (pm::PRESENT, "present"),
        (pm::SWAP, "swap"),
        (pm::FILE, "file"),
        (pm::MMAP_EXCLUSIVE, "excl"),
        (pm::SOFT_DIRTY, "soft-dirty"),
        (pm::UFFD_WP, "uffd-wp"),
        (pm::GUARD_REGION, "guard"),
    ]
    .iter()
    .filter(|(b, _)| entry & b != 0)
    .map(|(_, n)| n.to_string())
    .collect();
    let w = page_words(entry, kflags);
    for (bit, name) in [
        (PageWords::ANON, "anon"),
        (PageWords::ZERO, "zero"),
        (PageWords::AX, "ax"),
    ] {
        if w.has(bit) {
            out.push(name.into());
        }
    }
    if out.is_empty() {
        out.push("none".into());
    }
    out
}

fn pfn_of(entry: u64) -> Option<u64> {
    (entry & pm::PRESENT != 0).then_some(entry & pm::PFN_MASK)
}

fn pagemap<K: Kernel>(
    ctx: &mut Ctx<'_, K>,
    addr: &Expr,
    npages: &Expr,
    expect: Option<&ObsExpect>,
    rec: &mut StepRecord,
) {
    let (addr, n) = match (ctx.eval(addr), ctx.eval(npages)) {
        (Ok(a), Ok(n)) => (a & !(uapi::PAGE_SIZE - 1), n),
        (Err(e), _) | (_, Err(e)) => return rec.not_run(e),
    };
    rec.op = format!("pagemap {addr:#x} {n}");
    if n > MAX_PAGEMAP_PAGES {
        return rec.not_run(format!(
            "{n} pages is over the {MAX_PAGEMAP_PAGES}-page limit of one pagemap line"
        ));
    }
    let entries = match ctx.kernel.pagemap(ctx.pid, addr, n) {
        Ok(v) => v,
        Err(e) => {
            rec.outcome = Outcome::from_error(&e);
            return rec.fail(format!("reading pagemap: {e}"));
        }
    };
    if entries.len() as u64 != n {
        rec.fail(format!(
            "asked for {n} pagemap entries, the kernel returned {}",
            entries.len()
        ));
    }
    let mut pfns: Vec<u64> = entries
        .iter()
        .filter_map(|&e| pfn_of(e))
        .filter(|&p| p != 0)
        .collect();
    pfns.sort_unstable();
    pfns.dedup();
    let kflags: Result<BTreeMap<u64, u64>, String> = if pfns.is_empty() {
        Ok(BTreeMap::new())
    } else {
        match ctx.kernel.kpageflags(&pfns) {
            Ok(v) if v.len() == pfns.len() => Ok(pfns.iter().copied().zip(v).collect()),
            Ok(v) => Err(format!(
                "asked for {} kpageflags entries, got {}",
                pfns.len(),
                v.len()
            )),
            Err(e) => Err(e.to_string()),
        }
    };
    let kf = |e: u64| pfn_of(e).and_then(|p| kflags.as_ref().ok().and_then(|m| m.get(&p).copied()));
    let is_zero = |k: Option<u64>| k.is_some_and(|k| k & (1 << kpf::ZERO_PAGE) != 0);
    // Number the frames first so that failure messages can name them.
    for &e in &entries {
        if let Some(p) = pfn_of(e).filter(|&p| p != 0 && !is_zero(kf(e))) {
            ctx.frames.number(p);
        }
    }
    if let Some(ObsExpect::Pages(specs)) = expect {
        if specs.len() != entries.len() {
            rec.fail(format!(
                "expected {} page tokens, the kernel returned {} pages",
                specs.len(),
                entries.len()
            ));
        }
        for (i, (spec, &e)) in specs.iter().zip(&entries).enumerate() {
            let a = addr.wrapping_add((i as u64).wrapping_mul(uapi::PAGE_SIZE));
            check_page(ctx.frames, a, e, kf(e), kflags.as_ref().err(), spec, rec);
        }
    }
    let mut rows = Vec::with_capacity(entries.len());
    for (i, &e) in entries.iter().enumerate() {
        let k = kf(e);
        let frame = pfn_of(e).map(|p| match p {
            0 => "pfn hidden".to_string(),
            _ if is_zero(k) => "zero page".to_string(),
            _ => ctx.frames.display(p),
        });
        rows.push(PageRow {
            addr: addr.wrapping_add((i as u64).wrapping_mul(uapi::PAGE_SIZE)),
            entry: e,
            flags: flag_words(e, k),
            frame,
        });
    }
    if let Err(e) = &kflags {
        rec.fail(format!("reading kpageflags: {e}"));
    }
    rec.observation = Some(Observation::Pagemap { pages: rows });
}

fn check_page(
    frames: &mut Frames,
    addr: u64,
    entry: u64,
    kflags: Option<u64>,
    kerr: Option<&String>,
    spec: &PageSpec,
    rec: &mut StepRecord,
) {
    let present = entry & pm::PRESENT != 0;
    let pfn = entry & pm::PFN_MASK;
    if present && kflags.is_none() {
        let why = if pfn == 0 {
            "the PFN is hidden (reading it needs CAP_SYS_ADMIN)".to_string()
        } else {
            kerr.cloned().unwrap_or_default()
        };
        return rec.fail(format!(
            "page {addr:#x}: cannot check `{}`: no kpageflags ({why})",
            spec.text
        ));
    }
    let got = page_words(entry, kflags);
    let want = spec.words;
    let missing = want.0 & !got.0;
    let extra = got.0 & PageWords::STRICT & !want.0;
    if missing != 0 || extra != 0 {
        let shown = PageWords(got.0 & (PageWords::STRICT | want.0 | PageWords::ANON));
        rec.fail(format!(
            "page {addr:#x}: expected {}, found {}",
            spec.text,
            shown.render()
        ));
    }
    let Some(label) = &spec.label else { return };
    if !present {
        return rec.fail(format!(
            "page {addr:#x}: @{label} names a frame, but the page is not present"
        ));
    }
    match (
        frames.by_label.get(label).copied(),
        frames.by_pfn.get(&pfn).cloned(),
    ) {
        (Some(p), _) if p == pfn => {}
        (Some(_), _) => rec.fail(format!(
            "page {addr:#x}: expected @{label}'s frame, found {}",
            frames.name(pfn)
        )),
        (None, Some(other)) => {
            rec.fail(format!(
                "page {addr:#x}: expected a new frame @{label}, found @{other}'s frame"
            ));
        }
        (None, None) => {
            frames.by_label.insert(label.clone(), pfn);
            frames.by_pfn.insert(pfn, label.clone());
        }
    }
}
