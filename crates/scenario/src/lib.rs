//! The mmlab scenario language: a parser with line:column errors (`parse`), an executor that
//! runs a scenario on any `uapi::Kernel` and checks its expectations (`exec`), and the differ
//! that runs it on two kernels in lockstep and compares what Linux would show after every step
//! (`diff`). The language is ../shared/scenario-language.md plus docs/scenario-language-ext.md.

pub mod ast;
pub mod diff;
mod error;
pub mod exec;
mod expect;
pub mod files;
pub mod fuzz;
mod lex;
mod parse;
mod parse_obs;
pub mod ranges;
pub mod record;
pub mod render;
pub mod shadow;
pub mod snapshot;
pub mod strace;

pub use ast::Scenario;
pub use diff::{DiffOptions, DiffReport, ReferencedCheck, diff, diff_with};
pub use error::{Color, ParseError};
pub use exec::{Executor, Invariants, Options, run};
pub use lex::escape_bytes;
pub use parse::parse;
pub use record::{RunReport, Status, StepRecord};
