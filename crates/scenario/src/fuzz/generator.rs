//! The generator of `fuzz-diff`: a proptest reference state machine
//! (`proptest_state_machine::ReferenceStateMachine`) whose transitions are scenario lines. The
//! state is only what keeps a sequence *well formed* — which processes are alive, which
//! variables are bound and how many bytes from them the generator may address — not a model of
//! memory: deciding what the kernel does is the job of the two kernels being compared. Every
//! address stays inside memory the scenario itself reserved (the window `$w`, or a range an
//! earlier mmap, mremap or brk returned), so an operation can never reach the host worker's own
//! mappings; the deliberately invalid arguments are chosen so that Linux rejects them before it
//! looks at any VMA (misaligned starts, zero lengths, lengths that wrap past 2^64).

use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::Union;
use proptest_state_machine::ReferenceStateMachine;
use std::cell::RefCell;
use std::collections::BTreeSet;

const PAGE: u64 = 4096;
/// The window every sequence reserves first: 1 MiB, unmapped again at once.
pub const WINDOW_PAGES: u64 = 256;
/// At most this many processes are alive at once.
pub const MAX_LIVE: usize = 4;
/// Longest range most operations take, in pages.
const MAX_PAGES: u64 = 16;
/// How far above a `brk(NULL)` result the generator may grow the heap and touch it.
const BRK_PAGES: u64 = 16;
/// The process every sequence starts with.
pub const FIRST: &str = "p";
/// The window's variable.
pub const WINDOW: &str = "w";
/// Addresses outside everything the scenario owns: unmapped low memory (nothing of the worker
/// lives there) and TASK_SIZE itself. Only used with lengths that keep them away from real
/// mappings.
const WILD: &[u64] = &[0x10000, uapi::TASK_SIZE];

/// The pseudo-variable an `openat` line "binds": file mappings may follow it. The descriptor
/// is 3, the lowest one a process without other files gets.
pub const FD_VAR: &str = "fd3";

thread_local! {
    /// The regular file sequences may open and map (`fuzz-diff --file`). Proptest builds a
    /// state machine's first state without arguments, so the option reaches the generator
    /// here; it is set for the duration of one `fuzz` run.
    static FILE_PATH: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Lets sequences generated on this thread open `path` read-only and map it (`None`: anonymous
/// memory only).
pub fn set_file(path: Option<String>) {
    FILE_PATH.with(|f| *f.borrow_mut() = path);
}

fn file_path() -> Option<String> {
    FILE_PATH.with(|f| f.borrow().clone())
}

/// The lines every sequence starts with: reserve the window, remember it, give it back. Later
/// lines address `$w+OFFSET`, which is free memory the host worker never uses.
pub fn prelude() -> [String; 2] {
    [
        format!(
            "{FIRST}: mmap(NULL, {}, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = ${WINDOW}",
            size(WINDOW_PAGES * PAGE)
        ),
        format!(
            "{FIRST}: munmap(${WINDOW}, {}) = 0",
            size(WINDOW_PAGES * PAGE)
        ),
    ]
}

/// What a line does, as far as well-formedness goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum What {
    Syscall,
    /// touch, store or load.
    Access,
    /// `fork() = CHILD`
    Fork(String),
    Exit,
    /// `openat(…) = 3`: the file of `--file`, read-only.
    Open,
}

/// A variable a line binds (`= $name`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bind {
    pub name: String,
    /// Bytes from the bound address that later lines may address; `None` for a `brk(NULL)`
    /// result, which is the base of the heap's growth instead.
    pub span: Option<u64>,
}

/// One generated scenario line, without its result unless it binds or forks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub actor: String,
    /// The operation as written after `ACTOR: ` (`mmap(NULL, 8K, …)`, `touch $w+4K 8K read`).
    pub op: String,
    pub what: What,
    pub bind: Option<Bind>,
    /// Variables the operation's arguments name.
    pub uses: Vec<String>,
}

impl Line {
    fn new(op: String, what: What, uses: Vec<String>) -> Line {
        Line {
            actor: String::new(),
            op,
            what,
            bind: None,
            uses,
        }
    }

    fn binding(mut self, name: String, span: Option<u64>) -> Line {
        self.bind = Some(Bind { name, span });
        self
    }

    /// The line as the scenario file holds it; `result` (`-1 EINVAL`, `SIGSEGV SEGV_MAPERR`)
    /// replaces the binding of a line whose variable nothing uses.
    pub fn render(&self, result: Option<&str>) -> String {
        let tail = match (&self.what, &self.bind, result) {
            (What::Fork(child), _, _) => format!(" = {child}"),
            (What::Open, _, _) => " = 3".to_string(),
            (_, _, Some(r)) => format!(" = {r}"),
            (_, Some(b), None) => format!(" = ${}", b.name),
            (_, None, None) => String::new(),
        };
        format!("{}: {}{tail}", self.actor, self.op)
    }
}

/// What keeps a sequence well formed.
#[derive(Clone, Debug)]
pub struct GenState {
    /// Live processes, in creation order.
    pub live: Vec<String>,
    /// Every process name used so far (names are never reused).
    names: BTreeSet<String>,
    /// Every variable bound so far.
    bound: BTreeSet<String>,
    /// Address variables and how many pages from them may be addressed.
    regions: Vec<(String, u64)>,
    /// `brk(NULL)` results.
    brks: Vec<String>,
    /// Counter for fresh names; it grows with every transition, so names stay unique however
    /// the sequence is shrunk later.
    next: u32,
}

impl GenState {
    pub fn new() -> GenState {
        GenState {
            live: vec![FIRST.to_string()],
            names: BTreeSet::from([FIRST.to_string()]),
            bound: BTreeSet::from([WINDOW.to_string()]),
            regions: Vec::new(),
            brks: Vec::new(),
            next: 0,
        }
    }

    /// Whether `line` may follow the lines that led to this state.
    pub fn allows(&self, line: &Line) -> bool {
        let fresh = line
            .bind
            .as_ref()
            .is_none_or(|b| !self.bound.contains(&b.name));
        let what_ok = match &line.what {
            What::Fork(child) => self.live.len() < MAX_LIVE && !self.names.contains(child),
            What::Exit => self.live.len() >= 2,
            What::Open => !self.bound.contains(FD_VAR),
            What::Syscall | What::Access => true,
        };
        self.live.contains(&line.actor)
            && line.uses.iter().all(|u| self.bound.contains(u))
            && fresh
            && what_ok
    }

    /// The state after `line`.
    pub fn apply(&mut self, line: &Line) {
        self.next += 1;
        if let Some(b) = &line.bind {
            self.bound.insert(b.name.clone());
            match b.span {
                Some(bytes) => self.regions.push((b.name.clone(), bytes / PAGE)),
                None => self.brks.push(b.name.clone()),
            }
        }
        match &line.what {
            What::Fork(child) => {
                self.live.push(child.clone());
                self.names.insert(child.clone());
            }
            What::Exit => self.live.retain(|p| *p != line.actor),
            What::Open => {
                self.bound.insert(FD_VAR.to_string());
            }
            What::Syscall | What::Access => {}
        }
    }

    fn fresh(&self, prefix: &str) -> String {
        format!("{prefix}{}", self.next)
    }
}

impl Default for GenState {
    fn default() -> GenState {
        GenState::new()
    }
}

/// Keeps the lines of `lines` that are still well formed in order, dropping every line that
/// depends on one dropped before it (a use of its variable, a step of its forked process).
pub fn repair(lines: &[Line]) -> Vec<Line> {
    let mut s = GenState::new();
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        if s.allows(l) {
            s.apply(l);
            out.push(l.clone());
        }
    }
    out
}

/// The reference state machine proptest drives.
pub struct Gen;

impl ReferenceStateMachine for Gen {
    type State = GenState;
    type Transition = Line;

    fn init_state() -> BoxedStrategy<GenState> {
        Just(GenState::new()).boxed()
    }

    fn transitions(s: &GenState) -> BoxedStrategy<Line> {
        (select(s.live.clone()), ops(s))
            .prop_map(|(actor, mut line)| {
                line.actor = actor;
                line
            })
            .boxed()
    }

    fn apply(mut s: GenState, line: &Line) -> GenState {
        s.apply(line);
        s
    }

    fn preconditions(s: &GenState, line: &Line) -> bool {
        s.allows(line)
    }
}

/// Every operation the state allows, weighted. Earlier alternatives are what a line shrinks
/// towards, so the plain accesses come first.
fn ops(s: &GenState) -> BoxedStrategy<Line> {
    let mut v: Vec<(u32, BoxedStrategy<Line>)> = vec![
        (12, touch(s)),
        (6, store_or_load(s, true)),
        (5, store_or_load(s, false)),
        (14, mmap(s)),
        (6, munmap(s)),
        (8, mprotect(s)),
        (8, mremap(s)),
        (10, madvise(s)),
        (3, mlock(s)),
        (1, mseal(s)),
        (2, brk(s)),
    ];
    if let Some(path) = file_path().filter(|_| !s.bound.contains(FD_VAR)) {
        let op = format!("openat(AT_FDCWD, \"{path}\", O_RDONLY)");
        v.push((3, Just(Line::new(op, What::Open, vec![])).boxed()));
    }
    if s.live.len() < MAX_LIVE {
        let child = s.fresh("c");
        v.push((
            3,
            Just(Line::new("fork()".into(), What::Fork(child), vec![])).boxed(),
        ));
    }
    if s.live.len() >= 2 {
        v.push((
            1,
            Just(Line::new("exit()".into(), What::Exit, vec![])).boxed(),
        ));
    }
    Union::new_weighted(v).boxed()
}

/// `4K`, `1M`, `100`, and `-4K` for lengths that wrap.
fn size(n: u64) -> String {
    if n > 1 << 62 {
        return format!("-{}", size(n.wrapping_neg()));
    }
    if n != 0 && n.is_multiple_of(1 << 20) {
        format!("{}M", n >> 20)
    } else if n != 0 && n.is_multiple_of(1024) {
        format!("{}K", n >> 10)
    } else {
        n.to_string()
    }
}

/// What an address is relative to.
#[derive(Clone, Debug)]
enum Base {
    Var(String),
    Abs(u64),
}

/// A range: `base + off + skew`, `len` bytes.
#[derive(Clone, Debug)]
struct Span {
    base: Base,
    off: u64,
    /// Bytes added to a page-aligned start (a misaligned argument).
    skew: u64,
    len: u64,
}

impl Span {
    /// The start as one word: `$w+12K`, `$m3+4K+2048`, `0x10000`.
    fn addr(&self) -> String {
        let mut t = match &self.base {
            Base::Var(v) => format!("${v}"),
            Base::Abs(a) => return format!("{:#x}", a + self.off + self.skew),
        };
        if self.off > 0 {
            t += &format!("+{}", size(self.off));
        }
        if self.skew > 0 {
            t += &format!("+{}", self.skew);
        }
        t
    }

    fn len(&self) -> String {
        size(self.len)
    }

    fn uses(&self) -> Vec<String> {
        match &self.base {
            Base::Var(v) => vec![v.clone()],
            Base::Abs(_) => vec![],
        }
    }
}

/// A region the scenario owns: a variable and how many pages from it are its.
fn region(s: &GenState) -> BoxedStrategy<(String, u64)> {
    let mut v: Vec<(u32, BoxedStrategy<(String, u64)>)> =
        vec![(3, Just((WINDOW.to_string(), WINDOW_PAGES)).boxed())];
    if !s.regions.is_empty() {
        v.push((3, select(s.regions.clone()).boxed()));
    }
    if !s.brks.is_empty() {
        v.push((
            1,
            select(s.brks.clone()).prop_map(|b| (b, BRK_PAGES)).boxed(),
        ));
    }
    Union::new_weighted(v).boxed()
}

/// A page-aligned range of 1..=`max` pages inside an owned region. Window offsets favour the
/// bottom (where MAP_FIXED mappings pile up and overlap) and the top (where NULL-hint mmaps
/// land once the window is free again).
fn span(s: &GenState, max: u64) -> BoxedStrategy<Span> {
    region(s)
        .prop_flat_map(move |(var, pages)| {
            let off = if var == WINDOW {
                prop_oneof![
                    3 => 0..64u64,
                    2 => WINDOW_PAGES - 64..WINDOW_PAGES,
                    1 => 0..WINDOW_PAGES,
                ]
                .boxed()
            } else {
                (0..pages).boxed()
            };
            (Just(var), Just(pages), off, 1..=max)
        })
        .prop_map(|(var, pages, off, len)| Span {
            base: Base::Var(var),
            off: off * PAGE,
            skew: 0,
            len: len.min(pages - off) * PAGE,
        })
        .boxed()
}

/// How an argument pair is spoiled, for errno coverage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Odd {
    No,
    /// The start is not page-aligned.
    Misaligned,
    ZeroLen,
    /// The length ends inside a page.
    PartialPage,
    /// The length wraps the address space (`-4K`): rejected before any VMA is looked at.
    Huge,
    /// An address the scenario does not own (and nothing else maps).
    Wild,
}

fn odd() -> impl Strategy<Value = Odd> {
    prop_oneof![
        40 => Just(Odd::No),
        2 => Just(Odd::Misaligned),
        2 => Just(Odd::ZeroLen),
        2 => Just(Odd::PartialPage),
        1 => Just(Odd::Huge),
        2 => Just(Odd::Wild),
    ]
}

/// A range, possibly spoiled.
fn odd_span(s: &GenState, max: u64) -> BoxedStrategy<(Span, Odd)> {
    (span(s, max), odd(), select(WILD))
        .prop_map(|(mut sp, odd, wild)| {
            match odd {
                Odd::No => {}
                Odd::Misaligned => sp.skew = PAGE / 2,
                Odd::ZeroLen => sp.len = 0,
                Odd::PartialPage => sp.len = sp.len - PAGE + 1000,
                Odd::Huge => sp.len = PAGE.wrapping_neg(),
                Odd::Wild => {
                    sp.base = Base::Abs(wild);
                    sp.off = 0;
                }
            }
            (sp, odd)
        })
        .boxed()
}

fn prot() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        1 => Just("PROT_NONE"),
        2 => Just("PROT_READ"),
        4 => Just("PROT_READ|PROT_WRITE"),
        1 => Just("PROT_READ|PROT_WRITE|PROT_EXEC"),
    ]
}

fn touch(s: &GenState) -> BoxedStrategy<Line> {
    (span(s, MAX_PAGES), any::<bool>(), 0..12u32, select(WILD))
        .prop_map(|(mut sp, write, wild, at)| {
            // One touch in twelve goes where nothing is mapped.
            if wild == 0 {
                sp.base = Base::Abs(at);
                sp.off = 0;
            }
            let kind = if write { "write" } else { "read" };
            let op = format!("touch {} {} {kind}", sp.addr(), sp.len());
            Line::new(op, What::Access, sp.uses())
        })
        .boxed()
}

/// `store ADDR LEN BYTE` or `load ADDR LEN`: up to two pages, any start, possibly crossing a
/// page boundary.
fn store_or_load(s: &GenState, store: bool) -> BoxedStrategy<Line> {
    (span(s, 2), 0..PAGE, 1..=2 * PAGE, 1..=255u8)
        .prop_map(move |(mut sp, skew, n, byte)| {
            sp.skew = skew.min(sp.len - 1);
            let n = n.min(sp.len - sp.skew);
            let op = if store {
                format!("store {} {n} {byte:#04x}", sp.addr())
            } else {
                format!("load {} {n}", sp.addr())
            };
            Line::new(op, What::Access, sp.uses())
        })
        .boxed()
}

#[derive(Clone, Copy, Debug)]
enum Placement {
    Null,
    Hint,
    Fixed,
    NoReplace,
}

fn mmap(s: &GenState) -> BoxedStrategy<Line> {
    let placement = prop_oneof![
        4 => Just(Placement::Null),
        2 => Just(Placement::Hint),
        4 => Just(Placement::Fixed),
        2 => Just(Placement::NoReplace),
    ];
    let extra = prop_oneof![
        12 => Just(""),
        1 => Just("|MAP_POPULATE"),
        1 => Just("|MAP_NORESERVE"),
        1 => Just("|MAP_GROWSDOWN"),
        1 => Just("|MAP_LOCKED"),
    ];
    let kind = prop_oneof![3 => Just("MAP_PRIVATE"), 1 => Just("MAP_SHARED")];
    // Once the file is open, a third of the mappings map it, at a page offset from 0 to 4
    // (with pattern-3p.bin, offset 3 is its partial last page and 4 lies past its end).
    let source = if s.bound.contains(FD_VAR) {
        prop_oneof![2 => Just(None), 1 => (0..5u64).prop_map(Some)].boxed()
    } else {
        Just(None).boxed()
    };
    let name = s.fresh("m");
    (
        odd_span(s, MAX_PAGES),
        placement,
        prot(),
        kind,
        extra,
        source,
    )
        .prop_map(move |((sp, odd), placement, prot, kind, extra, source)| {
            let (addr, fixed, mut uses) = match placement {
                Placement::Null => ("NULL".to_string(), "", vec![]),
                Placement::Hint => (sp.addr(), "", sp.uses()),
                Placement::Fixed => (sp.addr(), "|MAP_FIXED", sp.uses()),
                Placement::NoReplace => (sp.addr(), "|MAP_FIXED_NOREPLACE", sp.uses()),
            };
            let (anon, fd, off) = match source {
                None => ("|MAP_ANONYMOUS", "-1".to_string(), "0".to_string()),
                Some(page) => {
                    uses.push(FD_VAR.to_string());
                    ("", "3".to_string(), size(page * PAGE))
                }
            };
            let op = format!(
                "mmap({addr}, {}, {prot}, {kind}{anon}{fixed}{extra}, {fd}, {off})",
                sp.len()
            );
            let line = Line::new(op, What::Syscall, uses);
            // Only a mapping that can succeed is worth a variable to address later.
            if odd == Odd::No {
                line.binding(name.clone(), Some(sp.len))
            } else {
                line
            }
        })
        .boxed()
}

fn munmap(s: &GenState) -> BoxedStrategy<Line> {
    odd_span(s, MAX_PAGES)
        .prop_map(|(sp, _)| {
            let op = format!("munmap({}, {})", sp.addr(), sp.len());
            Line::new(op, What::Syscall, sp.uses())
        })
        .boxed()
}

fn mprotect(s: &GenState) -> BoxedStrategy<Line> {
    let grows = prop_oneof![8 => Just(""), 1 => Just("|PROT_GROWSDOWN")];
    (odd_span(s, MAX_PAGES), prot(), grows)
        .prop_map(|((sp, _), prot, grows)| {
            let op = format!("mprotect({}, {}, {prot}{grows})", sp.addr(), sp.len());
            Line::new(op, What::Syscall, sp.uses())
        })
        .boxed()
}

const ADVICE: &[(u32, &str)] = &[
    (6, "MADV_DONTNEED"),
    (3, "MADV_FREE"),
    (2, "MADV_COLD"),
    (2, "MADV_PAGEOUT"),
    (2, "MADV_WILLNEED"),
    (2, "MADV_REMOVE"),
    (2, "MADV_DONTFORK"),
    (2, "MADV_DOFORK"),
    (2, "MADV_WIPEONFORK"),
    (2, "MADV_KEEPONFORK"),
    (1, "MADV_RANDOM"),
    (1, "MADV_SEQUENTIAL"),
    (1, "MADV_NORMAL"),
    (1, "MADV_HUGEPAGE"),
    (1, "MADV_NOHUGEPAGE"),
    (1, "MADV_DONTDUMP"),
    (1, "MADV_DODUMP"),
    (1, "MADV_MERGEABLE"),
    (1, "MADV_UNMERGEABLE"),
    (3, "MADV_GUARD_INSTALL"),
    (2, "MADV_GUARD_REMOVE"),
    (3, "MADV_POPULATE_READ"),
    (3, "MADV_POPULATE_WRITE"),
];

fn madvise(s: &GenState) -> BoxedStrategy<Line> {
    let advice = Union::new_weighted(ADVICE.iter().map(|&(w, a)| (w, Just(a).boxed())).collect());
    (odd_span(s, MAX_PAGES), advice)
        .prop_map(|((sp, _), advice)| {
            let op = format!("madvise({}, {}, {advice})", sp.addr(), sp.len());
            Line::new(op, What::Syscall, sp.uses())
        })
        .boxed()
}

fn mlock(s: &GenState) -> BoxedStrategy<Line> {
    let call = prop_oneof![
        3 => Just("mlock"),
        2 => Just("mlock2"),
        3 => Just("munlock"),
    ];
    let flags = prop_oneof![4 => Just("0"), 3 => Just("MLOCK_ONFAULT"), 1 => Just("2")];
    (odd_span(s, MAX_PAGES), call, flags)
        .prop_map(|((sp, _), call, flags)| {
            let op = if call == "mlock2" {
                format!("mlock2({}, {}, {flags})", sp.addr(), sp.len())
            } else {
                format!("{call}({}, {})", sp.addr(), sp.len())
            };
            Line::new(op, What::Syscall, sp.uses())
        })
        .boxed()
}

fn mseal(s: &GenState) -> BoxedStrategy<Line> {
    (
        odd_span(s, MAX_PAGES),
        prop_oneof![6 => Just(0u64), 1 => Just(1u64)],
    )
        .prop_map(|((sp, _), flags)| {
            let op = format!("mseal({}, {}, {flags})", sp.addr(), sp.len());
            Line::new(op, What::Syscall, sp.uses())
        })
        .boxed()
}

fn brk(s: &GenState) -> BoxedStrategy<Line> {
    let name = s.fresh("b");
    let query =
        Just(Line::new("brk(NULL)".into(), What::Syscall, vec![]).binding(name, None)).boxed();
    if s.brks.is_empty() {
        return query;
    }
    // Only upwards from a brk(NULL) result: below the first one is the worker's own heap.
    let set = (select(s.brks.clone()), 0..=BRK_PAGES)
        .prop_map(|(b, pages)| {
            let to = if pages == 0 {
                format!("${b}")
            } else {
                format!("${b}+{}", size(pages * PAGE))
            };
            Line::new(format!("brk({to})"), What::Syscall, vec![b])
        })
        .boxed();
    // Below the heap's start: Linux answers with the current break.
    let low = Just(Line::new("brk(0x1000)".into(), What::Syscall, vec![])).boxed();
    prop_oneof![2 => query, 6 => set, 1 => low].boxed()
}

#[derive(Clone, Copy, Debug)]
enum Remap {
    /// Shrink or grow where it is.
    InPlace,
    MayMove,
    /// MAYMOVE|FIXED to a window address; with equal lengths this may move several VMAs.
    Fixed,
    DontUnmap,
    DontUnmapFixed,
    /// old_size 0: duplicate a shared mapping.
    Duplicate,
    /// A flag combination Linux rejects.
    BadFlags,
}

fn mremap(s: &GenState) -> BoxedStrategy<Line> {
    let form = prop_oneof![
        3 => Just(Remap::InPlace),
        3 => Just(Remap::MayMove),
        3 => Just(Remap::Fixed),
        1 => Just(Remap::DontUnmap),
        1 => Just(Remap::DontUnmapFixed),
        1 => Just(Remap::Duplicate),
        1 => Just(Remap::BadFlags),
    ];
    let bad = prop_oneof![
        Just("MREMAP_FIXED"),
        Just("MREMAP_DONTUNMAP"),
        Just("MREMAP_MAYMOVE|8"),
    ];
    let name = s.fresh("r");
    (
        odd_span(s, MAX_PAGES),
        form,
        1..=2 * MAX_PAGES,
        any::<bool>(),
        0..WINDOW_PAGES - 2 * MAX_PAGES,
        bad,
    )
        .prop_map(move |((mut sp, odd), form, new, same, to, bad)| {
            // A wrapping old size could make a shrink unmap far beyond the scenario's memory
            // on kernels that unmap the tail before checking it; keep mremap's sizes real.
            if odd == Odd::Huge {
                sp.len = PAGE;
            }
            let old = sp.len;
            let new = if same { old } else { new * PAGE };
            let target = format!("${WINDOW}+{}", size(to * PAGE));
            let (a, o) = (sp.addr(), sp.len());
            let mut uses = sp.uses();
            let (op, moves, new) = match form {
                Remap::InPlace => (format!("mremap({a}, {o}, {}, 0)", size(new)), false, new),
                Remap::MayMove => (
                    format!("mremap({a}, {o}, {}, MREMAP_MAYMOVE)", size(new)),
                    true,
                    new,
                ),
                Remap::Fixed => (
                    format!(
                        "mremap({a}, {o}, {}, MREMAP_MAYMOVE|MREMAP_FIXED, {target})",
                        size(new)
                    ),
                    true,
                    new,
                ),
                Remap::DontUnmap => (
                    format!("mremap({a}, {o}, {o}, MREMAP_MAYMOVE|MREMAP_DONTUNMAP)"),
                    true,
                    old,
                ),
                Remap::DontUnmapFixed => (
                    format!(
                        "mremap({a}, {o}, {o}, MREMAP_MAYMOVE|MREMAP_DONTUNMAP|MREMAP_FIXED, {target})"
                    ),
                    true,
                    old,
                ),
                Remap::Duplicate => (
                    format!("mremap({a}, 0, {}, MREMAP_MAYMOVE)", size(new)),
                    true,
                    new,
                ),
                Remap::BadFlags => (
                    format!("mremap({a}, {o}, {}, {bad}, {target})", size(new)),
                    false,
                    new,
                ),
            };
            if matches!(form, Remap::Fixed | Remap::DontUnmapFixed | Remap::BadFlags)
                && !uses.iter().any(|u| u == WINDOW)
            {
                uses.push(WINDOW.to_string());
            }
            let line = Line::new(op, What::Syscall, uses);
            if moves && odd == Odd::No && new > 0 {
                line.binding(name.clone(), Some(new))
            } else {
                line
            }
        })
        .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_render_as_the_parser_reads_them() {
        assert_eq!(size(4096), "4K");
        assert_eq!(size(1 << 20), "1M");
        assert_eq!(size(5000), "5000");
        assert_eq!(size(0), "0");
        assert_eq!(size(PAGE.wrapping_neg()), "-4K");
    }

    #[test]
    fn repair_drops_what_depends_on_a_dropped_line() {
        let mut mmap =
            Line::new("mmap(…)".into(), What::Syscall, vec![]).binding("m0".into(), Some(PAGE));
        mmap.actor = FIRST.into();
        let mut fork = Line::new("fork()".into(), What::Fork("c1".into()), vec![]);
        fork.actor = FIRST.into();
        let mut child_touch = Line::new("touch $w 4K read".into(), What::Access, vec!["w".into()]);
        child_touch.actor = "c1".into();
        let mut uses_m0 = Line::new("touch $m0 4K read".into(), What::Access, vec!["m0".into()]);
        uses_m0.actor = FIRST.into();
        let all = vec![
            mmap.clone(),
            fork.clone(),
            child_touch.clone(),
            uses_m0.clone(),
        ];
        assert_eq!(repair(&all), all);
        assert_eq!(repair(&all[1..]), vec![fork, child_touch]);
        assert_eq!(
            repair(&[all[0].clone(), all[2].clone(), all[3].clone()]),
            vec![mmap, uses_m0]
        );
    }
}
