//! The line parser of the scenario language (docs: ../shared/scenario-language.md and
//! docs/scenario-language-ext.md). One pass over the lines builds the steps and, at the same
//! time, checks the names: processes exist before they act and not after they exit, variables
//! are bound once and before use. So every error, syntactic or semantic, is found before
//! anything runs, and it points at a line and column.

// A parse error ends the parse, so its size costs nothing where it matters.
#![allow(clippy::result_large_err)]

use crate::ast::*;
use crate::error::ParseError;
use programs::fd_with_path;

mod programs;
use crate::lex::{
    Bound, Cur, PResult, parse_expr, parse_number, parse_string, problem, strip_comment,
};
use std::collections::BTreeMap;
use std::ops::Range;
use uapi::signal::{code_from_name, signo_from_name};
use uapi::{AccessKind, Errno, Signo};

/// Parses and checks a whole scenario. `file` names it in messages.
pub fn parse(file: &str, text: &str) -> Result<Scenario, ParseError> {
    let mut p = Parser {
        file,
        machine: MachineSpec::default(),
        machine_keys: BTreeMap::new(),
        files: Vec::new(),
        procs: Vec::new(),
        vars: BTreeMap::new(),
        steps: Vec::new(),
        block: None,
    };
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        p.line(i + 1, raw)?;
    }
    p.close_block()?;
    Ok(Scenario {
        file: file.to_string(),
        machine: p.machine,
        files: p.files,
        processes: p.procs.into_iter().map(|x| x.name).collect(),
        steps: p.steps,
    })
}

struct ProcInfo {
    name: String,
    exited: Option<usize>,
}

/// A `maps ==` or `exec` line waiting for its indented lines.
struct Block {
    step: usize,
    line: usize,
    raw: String,
    span: Range<usize>,
    specs: Vec<VmaSpec>,
    /// An `exec` block: its lines so far, smaps-style (first line number, text).
    exec: Option<(usize, String)>,
}

pub(crate) struct Parser<'f> {
    file: &'f str,
    machine: MachineSpec,
    machine_keys: BTreeMap<String, usize>,
    files: Vec<FileDecl>,
    procs: Vec<ProcInfo>,
    pub(crate) vars: Bound,
    steps: Vec<Step>,
    block: Option<Block>,
}

/// Whether an indented line continues an open block: two spaces or a tab.
fn block_indent(raw: &str) -> bool {
    raw.starts_with("  ") || raw.starts_with('\t') || raw.starts_with(" \t")
}

impl Parser<'_> {
    fn line(&mut self, lineno: usize, raw: &str) -> Result<(), ParseError> {
        let content = strip_comment(raw);
        if content.trim().is_empty() {
            return Ok(());
        }
        let file = self.file;
        let err = |p: crate::lex::Problem| {
            let e = ParseError::new(file, lineno, raw, p.span, p.msg);
            match p.note {
                Some(n) => e.with_note(n),
                None => e,
            }
        };
        if let Some(b) = self.block.as_mut()
            && block_indent(raw)
        {
            if let Some((first, text)) = b.exec.as_mut() {
                if text.is_empty() {
                    *first = lineno;
                }
                text.push_str(content.trim());
                text.push('\n');
                return Ok(());
            }
            let spec = crate::parse_obs::vma_spec(content, lineno, &self.vars, SpecForm::Block)
                .map_err(err)?;
            b.specs.push(spec);
            return Ok(());
        }
        self.close_block()?;
        self.op_line(lineno, raw, content).map_err(err)
    }

    /// Ends an open `maps ==` block, which must have at least one line.
    fn close_block(&mut self) -> Result<(), ParseError> {
        let Some(b) = self.block.take() else {
            return Ok(());
        };
        if let Some((first, text)) = b.exec {
            let vmas = uapi::observe::parse_smaps(&text).map_err(|e| {
                ParseError::new(self.file, first.max(b.line), &b.raw, b.span.clone(), e)
            })?;
            if vmas.is_empty() {
                return Err(ParseError::new(
                    self.file,
                    b.line,
                    &b.raw,
                    b.span,
                    "expected the program's VMAs, smaps-style, indented after `exec`".into(),
                )
                .with_note("each VMA: its maps line, then `VmFlags: …` (and `Anonymous: N kB`) indented further"));
            }
            if let Some(Step {
                op: Op::Exec { layout, .. },
                ..
            }) = self.steps.get_mut(b.step)
            {
                layout.vmas = vmas;
            }
            return Ok(());
        }
        if b.specs.is_empty() {
            return Err(ParseError::new(
                self.file,
                b.line,
                &b.raw,
                b.span,
                "expected indented lines `START-END PERMS [NAME]` after `maps ==`".into(),
            )
            .with_note("indent each expected VMA by two spaces or a tab"));
        }
        if let Some(Step {
            op: Op::Observe { expect, .. },
            ..
        }) = self.steps.get_mut(b.step)
        {
            *expect = Some(ObsExpect::VmaBlock(b.specs));
        }
        Ok(())
    }

    fn op_line(&mut self, lineno: usize, raw: &str, content: &str) -> PResult<()> {
        let mut c = Cur::new(content);
        c.skip_ws();
        let Some((name, nspan)) = c.ident() else {
            return Err(problem(
                c.next_token_span(),
                "expected a process name (`p: …`), `machine`, or a comment",
            ));
        };
        c.skip_ws();
        if !c.eat(':') {
            if name == "machine" {
                return self.machine_line(&mut c, nspan, lineno);
            }
            if name == "file" {
                return self.file_line(&mut c, nspan, lineno);
            }
            return Err(problem(
                c.here(),
                format!("expected `:` after the process name `{name}`"),
            ));
        }
        let is_exec = {
            let mut la = c.clone();
            la.skip_ws();
            la.ident().is_some_and(|(w, _)| w == "exec")
        };
        let actor = if is_exec {
            self.exec_actor(name, nspan)?
        } else {
            self.actor(name, nspan)?
        };
        c.skip_ws();
        let Some((cmd, cspan)) = c.ident() else {
            return Err(problem(c.next_token_span(), format!("expected an operation after `{name}:`"))
                .note("a syscall (mmap, munmap, mprotect, mremap, madvise, brk, mlock, mlock2, munlock, mseal, fork, exit), pin, unpin, migrate, touch, store, load, pinload, pinstore, memload, memstore, or an observation (maps, smaps, rollup, pagemap, meminfo, vmstat, buddyinfo, pagetypeinfo, zoneinfo)"));
        };
        let before_paren = c.pos;
        c.skip_ws();
        let op = if c.peek() == Some('(') {
            self.call_line(&mut c, cmd, cspan, actor, lineno)?
        } else {
            c.pos = before_paren;
            if matches!(cmd, "fork" | "exit" | "exit_group") || CallKind::from_name(cmd).is_some() {
                return Err(problem(c.here(), format!("expected `(` after `{cmd}`")));
            }
            self.command_line(&mut c, cmd, cspan, lineno)?
        };
        let source = content.trim().to_string();
        // `maps ==` comes back with an empty block: its lines follow on the next lines.
        let (op, block_span) = match op {
            Op::Observe {
                what,
                expect: Some(ObsExpect::VmaBlock(_)),
            } => {
                let at = content.find("==").unwrap_or(0);
                (Op::Observe { what, expect: None }, Some(at..at + 2))
            }
            Op::Exec { path, layout } => {
                let at = content.find("exec").unwrap_or(0);
                (Op::Exec { path, layout }, Some(at..at + 4))
            }
            op => (op, None),
        };
        self.steps.push(Step {
            line: lineno,
            source,
            actor,
            op,
        });
        if let Some(span) = block_span {
            let exec = matches!(self.steps.last().map(|s| &s.op), Some(Op::Exec { .. }))
                .then(|| (lineno, String::new()));
            self.block = Some(Block {
                step: self.steps.len() - 1,
                line: lineno,
                raw: raw.to_string(),
                span,
                specs: Vec::new(),
                exec,
            });
        }
        Ok(())
    }

    /// Resolves the acting process; the very first one is created here.
    fn actor(&mut self, name: &str, span: Range<usize>) -> PResult<ProcIdx> {
        if self.procs.is_empty() {
            self.procs.push(ProcInfo {
                name: name.to_string(),
                exited: None,
            });
            return Ok(0);
        }
        match self.procs.iter().position(|p| p.name == name) {
            None => Err(problem(span, format!("process `{name}` does not exist"))
                .note(format!("only the first process ({}) is created implicitly; others come from `fork() = {name}`", self.procs[0].name))),
            Some(i) => match self.procs[i].exited {
                Some(l) => Err(problem(span, format!("process `{name}` exited at line {l}"))),
                None => Ok(i),
            },
        }
    }

    fn machine_line(&mut self, c: &mut Cur<'_>, kw: Range<usize>, lineno: usize) -> PResult<()> {
        // The first operation line creates the first process.
        if !self.procs.is_empty() {
            return Err(problem(
                kw,
                "`machine` lines must come before any other line",
            ));
        }
        let mut any = false;
        while let Some((tok, span)) = c.token() {
            any = true;
            let Some((key, value)) = tok.split_once('=') else {
                return Err(problem(
                    span,
                    format!("expected `key=value`, found `{tok}`"),
                ));
            };
            let kspan = span.start..span.start + key.len();
            let vspan = kspan.end + 1..span.end;
            if let Some(l) = self.machine_keys.get(key) {
                return Err(problem(
                    kspan,
                    format!("machine setting `{key}` was already given at line {l}"),
                ));
            }
            match key {
                "ram" => {
                    let v = parse_number(value, vspan.clone())?;
                    if v == 0 {
                        return Err(problem(vspan, "ram must be larger than 0"));
                    }
                    self.machine.ram = Some(v);
                }
                "fail" => {
                    self.machine.fail =
                        Some(uapi::fail::FailSpec::parse(value).map_err(|e| problem(vspan, e))?);
                }
                _ => {
                    return Err(problem(kspan, format!("unknown machine setting `{key}`"))
                        .note("known settings: ram, fail"));
                }
            }
            self.machine_keys.insert(key.to_string(), lineno);
        }
        if !any {
            return Err(problem(
                c.pos..c.pos,
                "expected `key=value` settings after `machine`",
            )
            .note("for example: machine ram=1G"));
        }
        Ok(())
    }

    /// `name(args…) [= RESULT]`, the cursor on `(`.
    fn call_line(
        &mut self,
        c: &mut Cur<'_>,
        cmd: &str,
        cspan: Range<usize>,
        actor: ProcIdx,
        lineno: usize,
    ) -> PResult<Op> {
        let (args, paren) = arg_spans(c)?;
        match cmd {
            "fork" => {
                if let Some(a) = args.first() {
                    return Err(problem(a.clone(), "fork() takes no arguments"));
                }
                c.skip_ws();
                if !c.eat('=') || c.peek() == Some('=') {
                    return Err(problem(
                        c.here(),
                        "expected `= NAME` naming the child process after fork()",
                    ));
                }
                c.skip_ws();
                // Under failure injection fork can fail: `fork() = -1 ENOMEM`.
                if c.rest().starts_with("-1") {
                    let at = c.pos;
                    return match self.syscall_result(c)? {
                        ResultSpec::Errno(errno) => {
                            self.expect_end(c)?;
                            Ok(Op::ForkFails { errno })
                        }
                        _ => Err(problem(
                            at..c.pos,
                            "expected `= NAME` or `= -1 ERRNO` after fork()",
                        )),
                    };
                }
                let Some((child, span)) = c.ident() else {
                    return Err(problem(
                        c.next_token_span(),
                        "expected the child's process name after `fork() =` (or `-1 ERRNO`)",
                    ));
                };
                self.expect_end(c)?;
                if self.procs.iter().any(|p| p.name == child) {
                    return Err(problem(span, format!("process `{child}` already exists"))
                        .note("each process name is used once"));
                }
                self.procs.push(ProcInfo {
                    name: child.to_string(),
                    exited: None,
                });
                Ok(Op::Fork {
                    child: self.procs.len() - 1,
                })
            }
            "exit" | "exit_group" => {
                if args.len() > 1 {
                    return Err(problem(
                        paren,
                        format!("{cmd}() takes at most one argument (the status, ignored)"),
                    ));
                }
                if let Some(a) = args.first() {
                    parse_expr(c.s, a.clone(), &self.vars)?;
                }
                c.skip_ws();
                // strace prints `exit_group(0) = ?`.
                if c.eat('=') {
                    c.skip_ws();
                    if !c.eat('?') {
                        return Err(problem(
                            c.next_token_span(),
                            "exit() has no result; expected nothing or `= ?`",
                        ));
                    }
                }
                self.expect_end(c)?;
                // Later lines may no longer name this process.
                self.procs[actor].exited = Some(lineno);
                Ok(Op::Exit)
            }
            _ => {
                let Some(kind) = CallKind::from_name(cmd) else {
                    return Err(problem(cspan, format!("unknown syscall `{cmd}`"))
                        .note("v1 syscalls: mmap, munmap, mprotect, mremap, madvise, brk, mlock, mlock2, munlock, mseal, fork, exit; and openat, open, close, pin, unpin, migrate"));
                };
                let (args, path) = if kind == CallKind::Open {
                    let (path, flags) = self.open_args(c, cmd, &args, paren)?;
                    return self.finish_call(
                        c,
                        Call {
                            kind,
                            args: vec![flags],
                            path: Some(path),
                        },
                        lineno,
                    );
                } else {
                    let mut args = args;
                    let mut path = None;
                    // mmap's descriptor as strace -y prints it: `3</path/to/file>`.
                    if kind == CallKind::Mmap
                        && let Some(fd) = args.get(4).cloned()
                        && let Some((num, p)) = fd_with_path(&c.s[fd.clone()])
                    {
                        path = Some(p.to_string());
                        let lead = c.s[fd.clone()].len() - c.s[fd.clone()].trim_start().len();
                        args[4] = fd.start + lead..fd.start + lead + num.len();
                    }
                    (args, path)
                };
                let params = kind.params();
                if args.len() < kind.min_args() || args.len() > params.len() {
                    let want = if kind.min_args() == params.len() {
                        format!("{}", params.len())
                    } else {
                        format!("{} or {}", kind.min_args(), params.len())
                    };
                    return Err(problem(
                        paren,
                        format!(
                            "{cmd} takes {want} arguments ({}), found {}",
                            params.join(", "),
                            args.len()
                        ),
                    ));
                }
                let args = args
                    .into_iter()
                    .map(|a| parse_expr(c.s, a, &self.vars))
                    .collect::<PResult<Vec<_>>>()?;
                self.finish_call(c, Call { kind, args, path }, lineno)
            }
        }
    }

    /// The `[= RESULT]` after a call's arguments, and the end of the line.
    fn finish_call(&mut self, c: &mut Cur<'_>, call: Call, lineno: usize) -> PResult<Op> {
        c.skip_ws();
        let result = if c.rest().starts_with("==") {
            return Err(problem(
                c.pos..c.pos + 2,
                "a syscall's result is written `= RESULT`, not `==`",
            ));
        } else if c.eat('=') {
            self.syscall_result(c)?
        } else {
            ResultSpec::Success
        };
        self.expect_end(c)?;
        if let ResultSpec::Bind(v) = &result {
            self.vars.insert(v.clone(), lineno);
        }
        Ok(Op::Syscall { call, result })
    }

    /// After `=` on a syscall line.
    fn syscall_result(&self, c: &mut Cur<'_>) -> PResult<ResultSpec> {
        c.skip_ws();
        let start = c.pos;
        if c.eat('$') {
            let Some((name, span)) = c.ident() else {
                return Err(problem(start..c.pos, "expected a variable name after `$`"));
            };
            // `= $a` binds; `= $a+4K` is an expected value.
            let mut look = c.clone();
            look.skip_ws();
            if look.at_end() {
                if let Some(l) = self.vars.get(name) {
                    return Err(problem(
                        start..span.end,
                        format!("${name} is already bound (line {l})"),
                    )
                    .note("each variable is bound once; to expect its value write `= $name+0`"));
                }
                return Ok(ResultSpec::Bind(name.to_string()));
            }
            if !look.rest().starts_with(['+', '-', '|']) {
                c.pos = look.pos;
                return Err(problem(
                    c.next_token_span(),
                    "unexpected text after the result",
                ));
            }
            c.pos = start;
        }
        if let Some(rest) = c.rest().strip_prefix("-1")
            && rest.starts_with(char::is_whitespace)
        {
            c.pos += 2;
            c.skip_ws();
            let Some((name, span)) = c.ident() else {
                return Err(problem(
                    c.next_token_span(),
                    "expected an errno name after `-1` (`= -1 ENOMEM`)",
                ));
            };
            let errno = Errno::from_name(name)
                .ok_or_else(|| problem(span, format!("unknown errno `{name}`")))?;
            c.skip_ws();
            // strace's `(Cannot allocate memory)`: ignored.
            if c.peek() == Some('(') {
                let close = c
                    .rest()
                    .rfind(')')
                    .ok_or_else(|| problem(c.here(), "expected `)` closing the errno text"))?;
                c.pos += close + 1;
            }
            return Ok(ResultSpec::Errno(errno));
        }
        if c.rest().trim_end() == "-1" {
            return Err(problem(
                c.pos..c.pos + 2,
                "expected an errno name after `-1` (`= -1 ENOMEM`)",
            ));
        }
        if let Some(sig) = self.signal_spec(c)? {
            return Ok(ResultSpec::Signal(sig));
        }
        let span = c.pos..c.s.len();
        let e = parse_expr(c.s, span, &self.vars)?;
        c.pos = c.s.len();
        Ok(ResultSpec::Value(e))
    }

    /// `SIGSEGV [CODE] [at ADDR]` at the cursor, or `None` when the next word is no signal name.
    fn signal_spec(&self, c: &mut Cur<'_>) -> PResult<Option<SignalSpec>> {
        c.skip_ws();
        let save = c.pos;
        let Some((word, wspan)) = c.ident() else {
            return Ok(None);
        };
        let Some(signo) = signo_from_name(word) else {
            if word.starts_with("SIG") {
                return Err(problem(
                    wspan,
                    format!("unknown signal `{word}`; expected SIGSEGV, SIGBUS or SIGKILL"),
                ));
            }
            c.pos = save;
            return Ok(None);
        };
        c.skip_ws();
        let mut code = None;
        let cstart = c.pos;
        if let Some((cname, cspan)) = c.ident() {
            if cname == "at" {
                c.pos = cstart;
            } else {
                let expected = match signo {
                    Signo::Segv => "SEGV_MAPERR, SEGV_ACCERR, SEGV_BNDERR, SEGV_PKUERR",
                    Signo::Bus => {
                        "BUS_ADRALN, BUS_ADRERR, BUS_OBJERR, BUS_MCEERR_AR, BUS_MCEERR_AO"
                    }
                    Signo::Kill => "SI_KERNEL",
                };
                code = Some(code_from_name(signo, cname).ok_or_else(|| {
                    problem(cspan, format!("unknown si_code `{cname}` for {word}"))
                        .note(format!("expected one of {expected}"))
                })?);
            }
        }
        c.skip_ws();
        let mut addr = None;
        if c.rest().starts_with("at") && c.rest()[2..].starts_with(char::is_whitespace) {
            c.pos += 2;
            let Some((_, span)) = c.token() else {
                return Err(problem(
                    c.pos..c.pos,
                    "expected the faulting address after `at`",
                ));
            };
            addr = Some(parse_expr(c.s, span, &self.vars)?);
        }
        Ok(Some(SignalSpec { signo, code, addr }))
    }

    /// After `=` on a memory-access line: only a signal can be expected.
    fn access_signal(&self, c: &mut Cur<'_>) -> PResult<Option<SignalSpec>> {
        c.skip_ws();
        if c.at_end() {
            return Ok(None);
        }
        if c.rest().starts_with("==") || !c.eat('=') {
            return Err(problem(
                c.next_token_span(),
                "unexpected text; a memory access may end in `= SIGSEGV CODE` or `= SIGBUS CODE`",
            ));
        }
        let at = c.next_token_span();
        match self.signal_spec(c)? {
            Some(s) => {
                self.expect_end(c)?;
                Ok(Some(s))
            }
            None => Err(problem(
                at,
                "a memory access can only expect a signal: `= SIGSEGV SEGV_MAPERR` or `= SIGBUS BUS_ADRERR`",
            )),
        }
    }

    pub(crate) fn expect_end(&self, c: &mut Cur<'_>) -> PResult<()> {
        c.skip_ws();
        if c.at_end() {
            Ok(())
        } else {
            Err(problem(
                c.next_token_span(),
                "unexpected text at the end of the line",
            ))
        }
    }

    /// A required whitespace-separated expression token.
    pub(crate) fn expr_token(&self, c: &mut Cur<'_>, what: &str, usage: &str) -> PResult<Expr> {
        c.skip_ws();
        if c.at_end() || c.rest().starts_with('=') {
            return Err(problem(c.next_token_span(), format!("expected {what}"))
                .note(format!("usage: {usage}")));
        }
        let (_, span) = c.token().unwrap_or(("", c.pos..c.pos));
        parse_expr(c.s, span, &self.vars)
    }

    /// `touch`, `store`, `load` and the observations.
    fn command_line(
        &mut self,
        c: &mut Cur<'_>,
        cmd: &str,
        cspan: Range<usize>,
        lineno: usize,
    ) -> PResult<Op> {
        match cmd {
            "exec" => self.exec_line(c),
            "fail" => {
                let Some((tok, span)) = c.token() else {
                    return Err(
                        problem(c.pos..c.pos, "expected a failure spec after `fail`")
                            .note("never, nth=N[,site=S] or random=P%[,seed=N][,site=S]"),
                    );
                };
                let spec = uapi::fail::FailSpec::parse(tok).map_err(|e| problem(span, e))?;
                self.expect_end(c)?;
                Ok(Op::Fail { spec })
            }
            "touch" => {
                const U: &str = "touch ADDR LEN read|write";
                let addr = self.expr_token(c, "the address", U)?;
                let len = self.expr_token(c, "the length", U)?;
                c.skip_ws();
                let kind = match c.token() {
                    Some(("read", _)) => AccessKind::Read,
                    Some(("write", _)) => AccessKind::Write,
                    Some((t, span)) if !t.starts_with('=') => {
                        return Err(problem(
                            span,
                            format!("expected `read` or `write`, found `{t}`"),
                        ));
                    }
                    _ => {
                        return Err(problem(c.pos..c.pos, "expected `read` or `write`")
                            .note(format!("usage: {U}")));
                    }
                };
                let signal = self.access_signal(c)?;
                Ok(Op::Touch {
                    addr,
                    len,
                    kind,
                    signal,
                })
            }
            "store" => {
                const U: &str = "store ADDR LEN BYTE, or store ADDR \"text\"";
                let addr = self.expr_token(c, "the address", U)?;
                let data = self.store_data(c, U)?;
                let signal = self.access_signal(c)?;
                Ok(Op::Store { addr, data, signal })
            }
            "pinstore" => {
                const U: &str = "pinstore PIN OFFSET LEN BYTE, or pinstore PIN OFFSET \"text\"";
                let pin = self.expr_token(c, "the pin ($p from `pin(…) = $p`)", U)?;
                let offset = self.expr_token(c, "the offset into the pinned range", U)?;
                let data = self.store_data(c, U)?;
                self.expect_end(c)?;
                Ok(Op::PinStore { pin, offset, data })
            }
            "memstore" => {
                const U: &str =
                    "memstore ADDR LEN BYTE [= N | = -1 ERRNO], or memstore ADDR \"text\" [= …]";
                let addr = self.expr_token(c, "the address", U)?;
                let data = self.store_data(c, U)?;
                let result = self.count_result(c)?;
                Ok(Op::MemStore { addr, data, result })
            }
            "pinload" => {
                const U: &str = "pinload PIN OFFSET LEN [== BYTE | == \"text\"]";
                let pin = self.expr_token(c, "the pin ($p from `pin(…) = $p`)", U)?;
                let offset = self.expr_token(c, "the offset into the pinned range", U)?;
                let len = self.expr_token(c, "the length", U)?;
                let want = self.load_want(c, &len, U)?;
                self.expect_end(c)?;
                Ok(Op::PinLoad {
                    pin,
                    offset,
                    len,
                    want,
                })
            }
            "memload" => {
                const U: &str = "memload ADDR LEN [== BYTE | == \"text\"] [= N | = -1 ERRNO]";
                let addr = self.expr_token(c, "the address", U)?;
                let len = self.expr_token(c, "the length", U)?;
                let want = self.load_want(c, &len, U)?;
                let result = self.count_result(c)?;
                Ok(Op::MemLoad {
                    addr,
                    len,
                    want,
                    result,
                })
            }
            "load" => {
                const U: &str = "load ADDR LEN [== BYTE | == \"text\"]";
                let addr = self.expr_token(c, "the address", U)?;
                let len = self.expr_token(c, "the length", U)?;
                c.skip_ws();
                let eq = c.pos..c.pos + 2;
                let want = self.load_want(c, &len, U)?;
                let signal = self.access_signal(c)?;
                if want.is_some() && signal.is_some() {
                    return Err(problem(
                        eq,
                        "a load that expects a signal reads nothing to compare",
                    ));
                }
                Ok(Op::Load {
                    addr,
                    len,
                    want,
                    signal,
                })
            }
            _ => crate::parse_obs::observation(self, c, cmd, cspan, lineno),
        }
    }
}

impl Parser<'_> {
    /// `LEN BYTE` or `"text"`: what a store-like line writes.
    fn store_data(&self, c: &mut Cur<'_>, usage: &str) -> PResult<StoreData> {
        c.skip_ws();
        if c.peek() == Some('"') {
            return Ok(StoreData::Bytes(parse_string(c)?));
        }
        let len = self.expr_token(c, "the length", usage)?;
        let byte = byte_token(c, usage)?;
        Ok(StoreData::Fill { len, byte })
    }

    /// An optional `== BYTE` or `== "text"` after a load-like line's length.
    fn load_want(&self, c: &mut Cur<'_>, len: &Expr, usage: &str) -> PResult<Option<LoadWant>> {
        c.skip_ws();
        if !c.eat_str("==") {
            return Ok(None);
        }
        c.skip_ws();
        let wstart = c.pos;
        if c.peek() != Some('"') {
            return Ok(Some(LoadWant::Byte(byte_token(c, usage)?)));
        }
        let b = parse_string(c)?;
        if let Some(n) = len.constant()
            && n != b.len() as u64
        {
            return Err(problem(
                wstart..c.pos,
                format!("the text is {} bytes but the load reads {n}", b.len()),
            ));
        }
        Ok(Some(LoadWant::Bytes(b)))
    }

    /// The optional `= N` or `= -1 ERRNO` ending a /proc/PID/mem access line.
    fn count_result(&self, c: &mut Cur<'_>) -> PResult<CountSpec> {
        c.skip_ws();
        if c.at_end() {
            return Ok(CountSpec::Any);
        }
        if c.rest().starts_with("==") || !c.eat('=') {
            return Err(problem(
                c.next_token_span(),
                "unexpected text; expected `= N` (bytes transferred) or `= -1 ERRNO`",
            ));
        }
        let at = c.next_token_span();
        match self.syscall_result(c)? {
            ResultSpec::Value(e) => {
                self.expect_end(c)?;
                Ok(CountSpec::Count(e))
            }
            ResultSpec::Errno(e) => {
                self.expect_end(c)?;
                Ok(CountSpec::Errno(e))
            }
            _ => Err(problem(
                at,
                "/proc/PID/mem access returns a byte count or an errno: `= N` or `= -1 EIO`",
            )),
        }
    }
}

/// Whether a block line or a single-line `maps ADDR ==` is being parsed (messages differ).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum SpecForm {
    Inline,
    Block,
}

/// A byte value written as a number 0..=255.
fn byte_token(c: &mut Cur<'_>, usage: &str) -> PResult<u8> {
    c.skip_ws();
    match c.token() {
        Some((t, span)) if !t.starts_with('=') => {
            let v = parse_number(t, span.clone())?;
            u8::try_from(v)
                .map_err(|_| problem(span, format!("a byte is 0..=255 (0xff), found {t}")))
        }
        _ => Err(problem(c.pos..c.pos, "expected a byte value (0..=255)")
            .note(format!("usage: {usage}"))),
    }
}

/// With the cursor on `(`: the spans of the comma-separated arguments and of the whole
/// parenthesised list; leaves the cursor after `)`. A string literal, or the `<path>` after
/// a descriptor, is one piece whatever commas or parentheses it holds.
fn arg_spans(c: &mut Cur<'_>) -> PResult<(Vec<Range<usize>>, Range<usize>)> {
    let open = c.pos;
    c.pos += 1;
    let mut depth = 0usize;
    let mut args = Vec::new();
    let mut start = c.pos;
    loop {
        let Some(ch) = c.peek() else {
            return Err(problem(
                c.pos..c.pos,
                "expected `)` closing the argument list",
            ));
        };
        match ch {
            '"' => {
                // Skip the literal; parse_string reports an unterminated one later.
                c.pos += 1;
                while let Some(q) = c.peek() {
                    c.pos += q.len_utf8();
                    match q {
                        '\\' => {
                            if let Some(e) = c.peek() {
                                c.pos += e.len_utf8();
                            }
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                continue;
            }
            '<' if c.s[start..c.pos].trim().bytes().all(|b| b.is_ascii_digit())
                && !c.s[start..c.pos].trim().is_empty() =>
            {
                // strace -y: the path runs to the `>` that ends the argument.
                let rest = &c.s[c.pos..];
                let end = rest
                    .char_indices()
                    .filter(|&(_, ch)| ch == '>')
                    .map(|(i, _)| i)
                    .find(|&i| {
                        let after = rest[i + 1..].trim_start();
                        after.starts_with(',') || after.starts_with(')')
                    });
                if let Some(i) = end {
                    c.pos += i + 1;
                    continue;
                }
            }
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            ')' | ',' if depth == 0 => {
                let arg = start..c.pos;
                let empty = c.s[arg.clone()].trim().is_empty();
                if ch == ',' || !empty || !args.is_empty() {
                    if empty {
                        return Err(problem(arg.start..c.pos + 1, "expected an argument"));
                    }
                    args.push(arg);
                }
                c.pos += 1;
                if ch == ')' {
                    return Ok((args, open..c.pos));
                }
                start = c.pos;
                continue;
            }
            _ => {}
        }
        c.pos += ch.len_utf8();
    }
}
