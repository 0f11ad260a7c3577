//! Every scenario shipped in scenarios/ holds on the model, with the invariant checker after
//! every step, and matches the host kernel step by step (where the host oracle can run; the
//! test says why when it cannot). The model-only scenarios of scenarios/model/ hold on the
//! model.

use std::path::PathBuf;
use std::process::Command;

fn scenario_files() -> Vec<String> {
    files_in("scenarios", 30)
}

fn files_in(sub: &str, at_least: usize) -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(sub);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("scenarios/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "mms"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    assert!(
        files.len() >= at_least,
        "expected at least {at_least} scenarios in {sub}/, found {}",
        files.len()
    );
    files
}

fn mmlab(args: &[String]) -> (i32, String, String) {
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
fn every_scenario_holds_on_the_model_with_invariants_after_every_step() {
    let mut args = vec!["run".to_string(), "--check".to_string()];
    args.extend(scenario_files());
    let (code, out, err) = mmlab(&args);
    assert_eq!(code, 0, "mmlab run failed:\n{out}\n{err}");
}

#[test]
fn every_model_only_scenario_holds_on_the_model() {
    let mut args = vec!["run".to_string(), "--check".to_string()];
    args.extend(files_in("scenarios/model", 5));
    let (code, out, err) = mmlab(&args);
    assert_eq!(code, 0, "mmlab run failed:\n{out}\n{err}");
}

#[test]
fn every_scenario_matches_the_host_kernel() {
    if let Err(why) = oracle::Host::available() {
        eprintln!(
            "SKIPPED every_scenario_matches_the_host_kernel: the host oracle cannot run here: {why}"
        );
        return;
    }
    let mut args = vec!["diff".to_string(), "--check".to_string()];
    args.extend(scenario_files());
    let (code, out, err) = mmlab(&args);
    let summary = out.lines().last().unwrap_or_default().to_string();
    assert!(summary.ends_with(" 0 divergences"), "{out}\n{err}");
    assert_eq!(code, 0, "mmlab diff failed:\n{out}\n{err}");
}
