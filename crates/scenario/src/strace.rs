//! Plain strace output (`strace -f [-y] -e trace=memory[,process] PROGRAM`) as a scenario, for
//! `mmlab replay`. strace does not show the address space the program started with, so the
//! model starts the process with its own fresh layout and addresses are checked only where that
//! cannot matter: each address a NULL-hint mmap (or brk, or a moving mremap) returned becomes a
//! variable, later arguments inside such a range are written relative to it, and results are
//! expected exactly where they follow from the arguments (MAP_FIXED, errors, 0 for success).
//! A call on an address of the unknown initial layout (the program's own binary, ld.so) cannot
//! be replayed and becomes a comment saying so, as does anything else the import cannot
//! follow (a file mapping without strace -y's path, a process that execs).

use std::collections::BTreeMap;
use std::fmt::Write;

/// Whether a text looks like strace output rather than a scenario: its first line that is
/// not blank is a syscall line, optionally after a pid (`1234  mmap(…`, `[pid 1234] mmap(…`).
pub fn looks_like_strace(text: &str) -> bool {
    let Some(first) = text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return false;
    };
    let (_, rest) = split_pid(first);
    let name_end = rest.find('(').unwrap_or(0);
    name_end > 0
        && rest[..name_end]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// `[pid 12]`, `12 ` or nothing, then the rest.
fn split_pid(line: &str) -> (Option<u32>, &str) {
    if let Some(rest) = line.strip_prefix("[pid")
        && let Some((num, rest)) = rest.split_once(']')
    {
        return (num.trim().parse().ok(), rest.trim_start());
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(char::is_whitespace) {
        return (line[..digits].parse().ok(), line[digits..].trim_start());
    }
    (None, line)
}

/// An address range the replay knows by a variable.
struct Known {
    start: u64,
    end: u64,
    var: String,
}

struct Importer {
    out: String,
    /// pid -> scenario process name, for processes being replayed.
    procs: BTreeMap<u32, String>,
    /// Processes whose lines are no longer replayed (they exec'd), with why.
    dropped: BTreeMap<u32, String>,
    first_pid: Option<u32>,
    known: Vec<Known>,
    nvars: usize,
    brk_var: Option<(u64, String)>,
    /// Calls left unfinished by a thread switch: pid -> the text before `<unfinished ...>`.
    unfinished: BTreeMap<u32, String>,
    skipped: usize,
    imported: usize,
}

/// Converts strace output to a scenario. Lines strace prints that are not syscalls (signals,
/// exits) are kept as comments.
pub fn import(text: &str) -> String {
    let mut im = Importer {
        out: String::from(
            "# imported from strace output: the starting layout is the model's own, so only\n\
             # addresses relative to what the program mapped itself are checked\n",
        ),
        procs: BTreeMap::new(),
        dropped: BTreeMap::new(),
        first_pid: None,
        known: Vec::new(),
        nvars: 0,
        brk_var: None,
        unfinished: BTreeMap::new(),
        skipped: 0,
        imported: 0,
    };
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let (pid, rest) = split_pid(line);
        let pid = pid.unwrap_or(0);
        if rest.starts_with("+++") || rest.starts_with("---") {
            let _ = writeln!(im.out, "# {line}");
            continue;
        }
        // A call split by another thread's: `mmap(… <unfinished ...>` then
        // `<... mmap resumed>, …) = …`.
        if let Some(head) = rest.strip_suffix("<unfinished ...>") {
            im.unfinished.insert(pid, head.trim_end().to_string());
            continue;
        }
        let joined;
        let rest = if let Some(tail) = rest.strip_prefix("<...") {
            let tail = tail.split_once("resumed>").map_or(tail, |(_, t)| t);
            let head = im.unfinished.remove(&pid).unwrap_or_default();
            joined = format!("{head}{tail}");
            joined.as_str()
        } else {
            rest
        };
        im.line(pid, rest);
    }
    let _ = writeln!(
        im.out,
        "# {} syscalls imported, {} left as comments",
        im.imported, im.skipped
    );
    im.out
}

/// A syscall line split into name, argument texts and result text.
fn split_call(s: &str) -> Option<(&str, Vec<&str>, &str)> {
    let open = s.find('(')?;
    let name = &s[..open];
    let eq = s.rfind(") = ")?;
    let args_text = &s[open + 1..eq];
    let result = s[eq + 4..].trim();
    let mut args = Vec::new();
    let (mut depth, mut start, mut in_str) = (0usize, 0usize, false);
    let bytes = args_text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'(' | b'[' | b'{' | b'<' if !in_str => depth += 1,
            b')' | b']' | b'}' | b'>' if !in_str => depth = depth.saturating_sub(1),
            b',' if !in_str && depth == 0 => {
                args.push(args_text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if !args_text.trim().is_empty() {
        args.push(args_text[start..].trim());
    }
    Some((name, args, result))
}

fn number(s: &str) -> Option<u64> {
    let s = s.trim();
    if s == "NULL" {
        return Some(0);
    }
    match s.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).ok(),
        None => s.parse().ok(),
    }
}

/// The value of a flags argument (`PROT_READ|PROT_WRITE`, `MAP_PRIVATE|0x80000`).
fn flags(s: &str) -> u64 {
    s.split('|')
        .map(|w| {
            uapi::consts::value_of(w.trim())
                .or_else(|| number(w))
                .unwrap_or(0)
        })
        .fold(0, |a, b| a | b)
}

impl Importer {
    fn skip(&mut self, name: &str, line: &str, why: &str) {
        self.skipped += 1;
        let _ = writeln!(self.out, "# {name}: not replayed ({why}): {line}");
    }

    /// An address argument, relative to a known range when it lies in one.
    fn addr(&self, v: u64) -> Option<String> {
        if v == 0 {
            return Some("NULL".into());
        }
        self.known
            .iter()
            .rev()
            .find(|k| k.start <= v && v < k.end.max(k.start + 1))
            .map(|k| {
                if v == k.start {
                    format!("${}", k.var)
                } else {
                    format!("${}+{:#x}", k.var, v - k.start)
                }
            })
    }

    /// An address as an expected result (`$m1+0`: a bare `$m1` would bind it again).
    fn expected(&self, v: u64) -> String {
        match self.addr(v) {
            Some(a) if a.starts_with('$') && !a.contains('+') => format!("{a}+0"),
            Some(a) => a,
            None => format!("{v:#x}"),
        }
    }

    fn bind(&mut self, start: u64, len: u64) -> String {
        self.nvars += 1;
        let var = format!("m{}", self.nvars);
        self.known.push(Known {
            start,
            end: start.saturating_add(len),
            var: var.clone(),
        });
        var
    }

    fn line(&mut self, pid: u32, text: &str) {
        let Some((name, args, result)) = split_call(text) else {
            self.skip("?", text, "not a syscall line");
            return;
        };
        if self.first_pid.is_none() {
            self.first_pid = Some(pid);
            self.procs.insert(pid, "p".into());
        }
        if let Some(why) = self.dropped.get(&pid) {
            let why = why.clone();
            self.skip(name, text, &why);
            return;
        }
        let proc = match self.procs.get(&pid) {
            Some(p) => p.clone(),
            // Without process lines, another pid is taken for a thread of the first process.
            None => self.procs[&self.first_pid.unwrap_or(0)].clone(),
        };
        let err = result
            .strip_prefix("-1 ")
            .and_then(|r| r.split_whitespace().next())
            .map(str::to_string);
        let value = number(result.split_whitespace().next().unwrap_or(""));
        match name {
            "execve" => {
                if pid != self.first_pid.unwrap_or(0) || self.imported > 0 {
                    self.dropped.insert(
                        pid,
                        "this process exec'd a program whose layout strace does not show".into(),
                    );
                }
                let _ = writeln!(self.out, "# {text}");
            }
            "clone" | "clone3" | "fork" | "vfork" => {
                let Some(child) = value else {
                    let _ = writeln!(self.out, "# {text}");
                    return;
                };
                let f = flags(
                    args.iter()
                        .find_map(|a| a.strip_prefix("flags="))
                        .unwrap_or(if name == "vfork" { "CLONE_VM" } else { "0" }),
                );
                const CLONE_VM: u64 = 0x100;
                const CLONE_THREAD: u64 = 0x10000;
                if f & CLONE_THREAD != 0 || f & CLONE_VM != 0 {
                    self.procs.insert(child as u32, proc);
                } else {
                    let child_name = format!("p{}", self.procs.len());
                    let _ = writeln!(self.out, "{proc}: fork() = {child_name}");
                    self.procs.insert(child as u32, child_name);
                    self.imported += 1;
                }
            }
            "mmap" => self.mmap(&proc, text, &args, err.as_deref(), value),
            "munmap" | "mprotect" | "madvise" | "mlock" | "munlock" | "mlock2" | "mseal" => {
                let Some(addr) = args.first().and_then(|a| number(a)) else {
                    return self.skip(name, text, "unreadable address");
                };
                let Some(a) = self.addr(addr) else {
                    return self.skip(name, text, "an address of the unknown starting layout");
                };
                let rest: Vec<&str> = args[1..].to_vec();
                let want = match &err {
                    Some(e) => format!("-1 {e}"),
                    None => result.to_string(),
                };
                let _ = writeln!(
                    self.out,
                    "{proc}: {name}({a}, {}) = {want}",
                    rest.join(", ")
                );
                self.imported += 1;
            }
            "mremap" => self.mremap(&proc, text, &args, err.as_deref(), value),
            "brk" => self.brk(&proc, text, &args, value),
            _ => self.skip(name, text, "not a memory syscall the model has"),
        }
    }

    fn mmap(
        &mut self,
        proc: &str,
        text: &str,
        args: &[&str],
        err: Option<&str>,
        value: Option<u64>,
    ) {
        if args.len() != 6 {
            return self.skip("mmap", text, "expected six arguments");
        }
        let hint = number(args[0]).unwrap_or(0);
        let len = number(args[1]).unwrap_or(0);
        let f = flags(args[3]);
        let fixed = f & (uapi::consts::MAP_FIXED | uapi::consts::MAP_FIXED_NOREPLACE) != 0;
        let Some(a) = self.addr(hint) else {
            return self.skip("mmap", text, "an address of the unknown starting layout");
        };
        let anon = f & uapi::consts::MAP_ANONYMOUS != 0;
        if !anon && !args[4].contains('<') {
            return self.skip("mmap", text, "a file mapping without strace -y's path");
        }
        let call = format!(
            "mmap({a}, {}, {}, {}, {}, {})",
            args[1], args[2], args[3], args[4], args[5]
        );
        let want = match (err, value) {
            (Some(e), _) => format!("-1 {e}"),
            (None, Some(v)) if fixed && hint != 0 => {
                let want = self.expected(v);
                let end = v.saturating_add(uapi::page_align(len).unwrap_or(len));
                // A range a variable already covers needs no new one.
                if !self.known.iter().any(|k| k.start <= v && end <= k.end) {
                    self.bind(v, end - v);
                }
                want
            }
            (None, Some(v)) => format!("${}", self.bind(v, uapi::page_align(len).unwrap_or(len))),
            (None, None) => return self.skip("mmap", text, "unreadable result"),
        };
        let _ = writeln!(self.out, "{proc}: {call} = {want}");
        self.imported += 1;
    }

    fn mremap(
        &mut self,
        proc: &str,
        text: &str,
        args: &[&str],
        err: Option<&str>,
        value: Option<u64>,
    ) {
        let Some(old) = args.first().and_then(|a| number(a)) else {
            return self.skip("mremap", text, "unreadable address");
        };
        let Some(a) = self.addr(old) else {
            return self.skip("mremap", text, "an address of the unknown starting layout");
        };
        let mut rest: Vec<String> = args[1..].iter().map(|s| s.to_string()).collect();
        if let Some(new) = args.get(4).and_then(|a| number(a)) {
            match self.addr(new) {
                Some(n) => rest[3] = n,
                None => {
                    return self.skip("mremap", text, "an address of the unknown starting layout");
                }
            }
        }
        let new_len = args.get(2).and_then(|a| number(a)).unwrap_or(0);
        let want = match (err, value) {
            (Some(e), _) => format!("-1 {e}"),
            (None, Some(v)) if v == old => {
                let w = self.expected(v);
                self.bind(v, new_len);
                w
            }
            (None, Some(v)) => format!("${}", self.bind(v, new_len)),
            (None, None) => return self.skip("mremap", text, "unreadable result"),
        };
        let _ = writeln!(
            self.out,
            "{proc}: mremap({a}, {}) = {want}",
            rest.join(", ")
        );
        self.imported += 1;
    }

    fn brk(&mut self, proc: &str, text: &str, args: &[&str], value: Option<u64>) {
        let Some(v) = value else {
            return self.skip("brk", text, "unreadable result");
        };
        let arg = args.first().and_then(|a| number(a)).unwrap_or(0);
        match (&self.brk_var, arg) {
            (None, 0) => {
                self.nvars += 1;
                let var = format!("brk{}", self.nvars);
                self.brk_var = Some((v, var.clone()));
                let _ = writeln!(self.out, "{proc}: brk(NULL) = ${var}");
            }
            (Some((base, var)), _) => {
                let rel = |x: u64| -> String {
                    if x >= *base {
                        format!("${var}+{:#x}", x - base)
                    } else {
                        format!("${var}-{:#x}", base - x)
                    }
                };
                let a = if arg == 0 {
                    "NULL".to_string()
                } else {
                    rel(arg)
                };
                let _ = writeln!(self.out, "{proc}: brk({a}) = {}", rel(v));
            }
            (None, _) => return self.skip("brk", text, "the break's start is unknown"),
        }
        self.imported += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strace_lines_are_recognised() {
        assert!(looks_like_strace(
            "execve(\"/bin/true\", [\"true\"], 0x7ffe /* 3 vars */) = 0\n"
        ));
        assert!(looks_like_strace(
            "1234  mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f\n"
        ));
        assert!(looks_like_strace("[pid  77] munmap(0x7f, 4096) = 0\n"));
        assert!(!looks_like_strace(
            "# comment\np: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)\n"
        ));
        assert!(!looks_like_strace("machine ram=1G\n"));
    }

    #[test]
    fn addresses_become_relative_to_what_the_program_mapped() {
        let out = import(
            "execve(\"/bin/x\", [\"x\"], 0x7ffe /* 1 var */) = 0\n\
             brk(NULL) = 0x555555559000\n\
             brk(0x55555557a000) = 0x55555557a000\n\
             mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000\n\
             mprotect(0x7ffff7fc1000, 4096, PROT_READ) = 0\n\
             mprotect(0x555555557000, 4096, PROT_READ) = 0\n\
             [pid 9] mmap(0x7ffff7fc0000, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fc0000\n\
             [pid 9] munmap(0x7ffff7fc0000, 8192 <unfinished ...>\n\
             [pid 10] mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7ffff7fb0000\n\
             [pid 9] <... munmap resumed>) = 0\n\
             +++ exited with 0 +++\n",
        );
        assert!(out.contains("p: brk(NULL) = $brk1"), "{out}");
        assert!(
            out.contains("p: brk($brk1+0x21000) = $brk1+0x21000"),
            "{out}"
        );
        assert!(
            out.contains(
                "p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $m2"
            ),
            "{out}"
        );
        assert!(
            out.contains("p: mprotect($m2+0x1000, 4096, PROT_READ) = 0"),
            "{out}"
        );
        assert!(
            out.contains("# mprotect: not replayed (an address of the unknown starting layout)"),
            "{out}"
        );
        assert!(
            out.contains(
                "p: mmap($m2, 4096, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0) = $m2+0"
            ),
            "{out}"
        );
        assert!(out.contains("p: munmap($m2, 8192) = 0"), "{out}");
        assert!(out.contains("without strace -y's path"), "{out}");
        let parsed = crate::parse("imported", &out).expect("the import parses");
        assert_eq!(parsed.processes, ["p"]);
    }
}
