//! Traces of real programs (traces/, recorded on the reference machine with `mmlab trace`)
//! replay on the model with every syscall result and every final maps line as recorded; a
//! program traced afresh here replays too; and a trace using a syscall the model lacks gets
//! a message naming it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn traces() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("traces"))
        .expect("traces/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "mms"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    assert!(files.len() >= 5, "expected five traces, found {files:?}");
    files
}

fn mmlab(args: &[&str]) -> (i32, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_mmlab"))
        .args(args)
        .output()
        .expect("mmlab runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        o.status.code().unwrap_or(-1),
        text(&o.stdout),
        text(&o.stderr),
    )
}

#[test]
fn every_trace_replays_on_the_model() {
    let files = traces();
    let mut args = vec!["replay"];
    args.extend(files.iter().map(String::as_str));
    let (code, out, err) = mmlab(&args);
    assert_eq!(code, 0, "replay failed:\n{out}\n{err}");
    assert_eq!(
        out.lines()
            .filter(|l| l.ends_with("the final maps match the recording"))
            .count(),
        files.len(),
        "{out}"
    );
}

#[test]
fn small_traces_replay_with_invariants_after_every_step() {
    let files: Vec<String> = traces()
        .into_iter()
        .filter(|f| !f.contains("python"))
        .collect();
    let mut args = vec!["replay", "--check"];
    args.extend(files.iter().map(String::as_str));
    let (code, out, err) = mmlab(&args);
    assert_eq!(code, 0, "replay failed:\n{out}\n{err}");
}

/// The example program `cargo test` builds next to this test's binary.
fn trace_target() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?;
    let p = profile_dir.join("examples").join("trace_target");
    p.is_file().then_some(p)
}

#[test]
fn a_threaded_program_traced_here_replays() {
    let Some(target) = trace_target() else {
        eprintln!(
            "SKIPPED a_threaded_program_traced_here_replays: examples/trace_target is not built"
        );
        return;
    };
    let out = std::env::temp_dir().join(format!("mmlab-trace-{}.mms", std::process::id()));
    let out_s = out.display().to_string();
    let target_s = target.display().to_string();
    let (code, _, err) = mmlab(&["trace", "-o", &out_s, "--", &target_s]);
    if code != 0 && err.contains("PTRACE") {
        eprintln!(
            "SKIPPED a_threaded_program_traced_here_replays: ptrace is not allowed here: {err}"
        );
        return;
    }
    assert_eq!(code, 0, "trace failed: {err}");
    assert!(err.contains("exited with 0"), "{err}");
    let text = std::fs::read_to_string(&out).expect("trace written");
    // Threads, a child that execs, and the main stack's growth are all in it.
    assert!(text.contains("MAP_STACK"), "no thread stacks in the trace");
    assert!(text.contains("p1: exec "), "the child's exec is missing");
    assert!(text.contains(": touch "), "the stack growth is missing");
    let (code, stdout, err) = mmlab(&["replay", "--check", &out_s]);
    let _ = std::fs::remove_file(Path::new(&out));
    assert_eq!(
        code, 0,
        "replay failed:\n{stdout}\n{err}\n--- trace:\n{text}"
    );
}

#[test]
fn a_syscall_the_model_lacks_is_named() {
    let dir = std::env::temp_dir().join(format!("mmlab-trace-unsup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("t.mms");
    std::fs::write(
        &f,
        "p: mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a\n\
         p: pkey_mprotect($a, 0x1000, 0x1, 0x0) = 0\n",
    )
    .unwrap();
    let (code, out, err) = mmlab(&["replay", &f.display().to_string()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("unknown syscall `pkey_mprotect`"), "{err}");
    assert!(err.contains("t.mms:2:4"), "{err}");
}

#[test]
fn plain_strace_output_replays_relative_to_what_the_program_mapped() {
    let f = root().join("traces/strace/ls-la-root.strace");
    let (code, out, err) = mmlab(&["replay", &f.display().to_string()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("33 syscalls match the recording (it holds no final maps to check)"),
        "{out}"
    );
}
