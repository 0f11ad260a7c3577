//! The driver leaks no file descriptors: a whole Host lifecycle (spawn, fork, exit, drop)
//! leaves the test process's fd table as it was. A separate test binary with one test, so
//! no other test opens or closes fds meanwhile.

use oracle::Host;
use std::io::Write as _;
use uapi::Kernel;

fn fds() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir("/proc/self/fd")
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    v.sort();
    v
}

#[test]
fn a_host_lifecycle_leaks_no_fds() {
    if let Err(why) = Host::available() {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED a_host_lifecycle_leaks_no_fds: host oracle unavailable: {why}"
        );
        return;
    }
    let before = fds();
    {
        let mut h = Host::new().unwrap();
        let p = h.spawn(None).unwrap();
        let q = h.fork(p).unwrap();
        let r = h.fork(q).unwrap();
        h.kpageflags(&[0]).unwrap();
        h.exit(q).unwrap();
        h.ping(r).unwrap();
        assert_eq!(
            fds().len(),
            before.len() + 3,
            "two channels and /proc/kpageflags"
        );
    }
    assert_eq!(fds(), before);
}
