//! Character-level scanning of one scenario line: a cursor with byte positions, comments,
//! numbers and sizes, string literals and integer expressions. Every function reports problems
//! as a [`Problem`] whose span is a byte range of the line, so the parser can turn it into a
//! `ParseError` with the line and column.

use crate::ast::{Atom, Expr, Term};
use std::collections::BTreeMap;
use std::ops::Range;

/// Parenthesis nesting allowed in expressions; deeper input is refused rather than risking the
/// stack.
const MAX_DEPTH: usize = 16;

/// A problem found on the current line.
#[derive(Debug)]
pub(crate) struct Problem {
    pub span: Range<usize>,
    pub msg: String,
    pub note: Option<String>,
}

pub(crate) fn problem(span: Range<usize>, msg: impl Into<String>) -> Problem {
    Problem {
        span,
        msg: msg.into(),
        note: None,
    }
}

impl Problem {
    pub fn note(mut self, n: impl Into<String>) -> Problem {
        self.note = Some(n.into());
        self
    }
}

pub(crate) type PResult<T> = Result<T, Problem>;

/// A cursor over (a prefix of) one line. Positions are byte offsets into the line.
#[derive(Clone)]
pub(crate) struct Cur<'a> {
    pub s: &'a str,
    pub pos: usize,
}

impl<'a> Cur<'a> {
    pub fn new(s: &'a str) -> Cur<'a> {
        Cur { s, pos: 0 }
    }

    pub fn peek(&self) -> Option<char> {
        self.s[self.pos..].chars().next()
    }

    pub fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.s.len()
    }

    pub fn skip_ws(&mut self) {
        while let Some(c) = self.peek() {
            if !c.is_whitespace() {
                break;
            }
            self.pos += c.len_utf8();
        }
    }

    pub fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    pub fn eat_str(&mut self, t: &str) -> bool {
        if self.rest().starts_with(t) {
            self.pos += t.len();
            true
        } else {
            false
        }
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`
    pub fn ident(&mut self) -> Option<(&'a str, Range<usize>)> {
        let start = self.pos;
        match self.peek() {
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
            _ => return None,
        }
        while let Some(c) = self.peek() {
            if !(c.is_ascii_alphanumeric() || c == '_') {
                break;
            }
            self.pos += 1;
        }
        Some((&self.s[start..self.pos], start..self.pos))
    }

    /// The next run of non-whitespace characters.
    pub fn token(&mut self) -> Option<(&'a str, Range<usize>)> {
        self.skip_ws();
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                break;
            }
            self.pos += c.len_utf8();
        }
        (self.pos > start).then(|| (&self.s[start..self.pos], start..self.pos))
    }

    /// The span of the next character (or an empty span at the end), for "unexpected" errors.
    pub fn here(&self) -> Range<usize> {
        self.pos..self.pos + self.peek().map_or(0, char::len_utf8)
    }

    /// The span of the next token, for errors about it.
    pub fn next_token_span(&self) -> Range<usize> {
        let mut c = self.clone();
        c.token().map(|(_, r)| r).unwrap_or(self.pos..self.pos)
    }
}

/// The line without its comment: `#` outside a string literal starts a comment.
pub(crate) fn strip_comment(line: &str) -> &str {
    let mut in_str = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
        } else if c == '"' {
            in_str = true;
        } else if c == '#' {
            return &line[..i];
        }
    }
    line
}

/// A number token: decimal, `0x` hex, or decimal with a size suffix `K M G T` (powers of 1024).
pub(crate) fn parse_number(tok: &str, span: Range<usize>) -> PResult<u64> {
    let too_big = || {
        problem(
            span.clone(),
            format!("number `{tok}` does not fit in 64 bits"),
        )
    };
    if let Some(hex) = tok.strip_prefix("0x").or_else(|| tok.strip_prefix("0X")) {
        if hex.is_empty() || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(problem(
                span,
                format!("expected hex digits after `0x`, found `{tok}`"),
            ));
        }
        return u64::from_str_radix(hex, 16).map_err(|_| too_big());
    }
    let digits_end = tok.find(|c: char| !c.is_ascii_digit()).unwrap_or(tok.len());
    let (digits, suffix) = tok.split_at(digits_end);
    if digits.is_empty() {
        return Err(problem(span, format!("expected a number, found `{tok}`")));
    }
    let shift = match suffix {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        "T" => 40,
        _ => {
            return Err(problem(span, format!("bad number `{tok}`")).note(
                "numbers are decimal or 0x hex; sizes use the suffixes K, M, G, T (4K, 2M, 1G)",
            ));
        }
    };
    let v: u64 = digits.parse().map_err(|_| too_big())?;
    v.checked_mul(1u64 << shift).ok_or_else(too_big)
}

/// A string literal starting at the cursor (which is on the opening quote). Escapes: `\n \t
/// \r \0 \\ \" \xNN`. Returns the bytes.
pub(crate) fn parse_string(c: &mut Cur<'_>) -> PResult<Vec<u8>> {
    let open = c.pos;
    if !c.eat('"') {
        return Err(problem(c.here(), "expected a string literal `\"…\"`"));
    }
    let mut out = Vec::new();
    loop {
        let at = c.pos;
        let Some(ch) = c.peek() else {
            return Err(problem(
                open..c.pos,
                "unterminated string literal; expected a closing `\"`",
            ));
        };
        c.pos += ch.len_utf8();
        match ch {
            '"' => return Ok(out),
            '\\' => {
                let Some(e) = c.peek() else {
                    return Err(problem(
                        at..c.pos,
                        "unterminated string literal; expected a closing `\"`",
                    ));
                };
                c.pos += e.len_utf8();
                match e {
                    'n' => out.push(b'\n'),
                    't' => out.push(b'\t'),
                    'r' => out.push(b'\r'),
                    '0' => out.push(0),
                    '\\' => out.push(b'\\'),
                    '"' => out.push(b'"'),
                    'x' => {
                        let hex = c
                            .rest()
                            .get(..2)
                            .filter(|h| h.chars().all(|d| d.is_ascii_hexdigit()));
                        let Some(h) = hex else {
                            return Err(problem(at..c.pos, "expected two hex digits after `\\x`"));
                        };
                        out.push(u8::from_str_radix(h, 16).unwrap_or(0));
                        c.pos += 2;
                    }
                    _ => {
                        return Err(problem(at..c.pos, format!("unknown escape `\\{e}`"))
                            .note("escapes are \\n \\t \\r \\0 \\\\ \\\" \\xNN"));
                    }
                }
            }
            _ => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
}

/// Renders bytes back as a string literal with the escapes `parse_string` reads.
pub fn escape_bytes(b: &[u8]) -> String {
    let mut s = String::from("\"");
    for &x in b {
        match x {
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            b'\r' => s.push_str("\\r"),
            b'\\' => s.push_str("\\\\"),
            b'"' => s.push_str("\\\""),
            0x20..=0x7e => s.push(x as char),
            _ => s.push_str(&format!("\\x{x:02x}")),
        }
    }
    s.push('"');
    s
}

/// Variables bound so far, with the line that bound each.
pub(crate) type Bound = BTreeMap<String, usize>;

/// Parses the expression occupying `range` of `line` entirely.
pub(crate) fn parse_expr(line: &str, range: Range<usize>, bound: &Bound) -> PResult<Expr> {
    let mut c = Cur {
        s: &line[..range.end],
        pos: range.start,
    };
    c.skip_ws();
    if c.at_end() {
        return Err(problem(
            range.start..range.start,
            "expected an expression (a number, size, `$var`, flag or NULL)",
        ));
    }
    let e = expr(&mut c, bound, 0)?;
    c.skip_ws();
    if !c.at_end() {
        return Err(problem(
            c.here(),
            format!("unexpected `{}` in expression", c.peek().unwrap_or(' ')),
        ));
    }
    Ok(e)
}

fn expr(c: &mut Cur<'_>, bound: &Bound, depth: usize) -> PResult<Expr> {
    let mut terms = Vec::new();
    c.skip_ws();
    let mut negate = if c.eat('-') {
        true
    } else {
        c.eat('+');
        false
    };
    loop {
        let mut atoms = vec![atom(c, bound, depth)?];
        loop {
            c.skip_ws();
            if !c.eat('|') {
                break;
            }
            atoms.push(atom(c, bound, depth)?);
        }
        terms.push(Term { negate, atoms });
        c.skip_ws();
        if c.eat('+') {
            negate = false;
        } else if c.eat('-') {
            negate = true;
        } else {
            return Ok(Expr { terms });
        }
    }
}

fn atom(c: &mut Cur<'_>, bound: &Bound, depth: usize) -> PResult<Atom> {
    c.skip_ws();
    let start = c.pos;
    match c.peek() {
        Some('$') => {
            c.pos += 1;
            let Some((name, r)) = c.ident() else {
                return Err(problem(start..c.pos, "expected a variable name after `$`"));
            };
            if !bound.contains_key(name) {
                return Err(problem(start..r.end, format!("${name} is not bound"))
                    .note("a variable is bound by an earlier `= $name` result"));
            }
            Ok(Atom::Var(name.to_string()))
        }
        Some('(') => {
            if depth >= MAX_DEPTH {
                return Err(problem(c.here(), "parentheses nest too deeply"));
            }
            c.pos += 1;
            let inner = expr(c, bound, depth + 1)?;
            c.skip_ws();
            if !c.eat(')') {
                return Err(problem(c.here(), "expected `)`"));
            }
            Ok(Atom::Group(Box::new(inner)))
        }
        Some(d) if d.is_ascii_digit() => {
            while c
                .peek()
                .is_some_and(|x| x.is_ascii_alphanumeric() || x == '_')
            {
                c.pos += 1;
            }
            Ok(Atom::Num(parse_number(&c.s[start..c.pos], start..c.pos)?))
        }
        Some(a) if a.is_ascii_alphabetic() || a == '_' => {
            let (name, r) = c.ident().unwrap_or(("", start..start));
            if name == "NULL" {
                return Ok(Atom::Num(0));
            }
            match uapi::consts::value_of(name) {
                Some(v) => Ok(Atom::Num(v)),
                None => Err(problem(r, format!("unknown constant `{name}`"))
                    .note("flags are the names strace prints: PROT_READ, MAP_PRIVATE, MADV_DONTNEED, MREMAP_MAYMOVE, MLOCK_ONFAULT…")),
            }
        }
        Some(x) => Err(problem(
            c.here(),
            format!("unexpected `{x}`; expected a number, size, `$var`, flag or NULL"),
        )),
        None => Err(problem(
            c.pos..c.pos,
            "expected a number, size, `$var`, flag or NULL",
        )),
    }
}

/// Splits a `START-END` token at the dash between the two addresses. Several dashes are
/// resolved in favour of the one followed by `$` or `(`; anything else ambiguous is refused.
pub(crate) fn split_range(line: &str, span: Range<usize>) -> PResult<usize> {
    let tok = &line[span.clone()];
    let mut depth = 0usize;
    let mut cands = Vec::new();
    let mut prev: Option<char> = None;
    for (i, ch) in tok.char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            // A dash right after an operator is a sign, not the separator.
            '-' if depth == 0 && i > 0 && !matches!(prev, Some('+' | '-' | '|' | '(')) => {
                cands.push(i)
            }
            _ => {}
        }
        prev = Some(ch);
    }
    let pick = match cands.as_slice() {
        [] => None,
        [one] => Some(*one),
        many => {
            let var: Vec<usize> = many
                .iter()
                .copied()
                .filter(|&i| tok[i + 1..].starts_with(['$', '(']))
                .collect();
            if var.len() == 1 { Some(var[0]) } else { None }
        }
    };
    match pick {
        Some(i) => Ok(span.start + i),
        None if cands.is_empty() => Err(problem(
            span,
            format!("expected `START-END`, found `{tok}`"),
        )),
        None => Err(problem(span, format!("ambiguous range `{tok}`"))
            .note("parenthesise the ends: ($a-4K)-($a+4K)")),
    }
}
