//! Failure injection (`mm/fail_page_alloc.c`, `mm/failslab.c`, `lib/fault-inject.c`'s
//! `fail-nth`): every allocation the model makes asks `should_fail` first, naming its site, so
//! a test or scenario can make exactly the Nth one fail, or each with a seeded probability,
//! and watch the error path run. Counting starts when a spec is set.

use uapi::fail::{AllocSite, FailSpec};
use uapi::rng::SplitMix64;

#[derive(Clone, Debug)]
pub struct FailState {
    spec: FailSpec,
    /// Allocations counted at the spec's sites since it was set.
    pub seen: u64,
    /// Allocations made to fail.
    pub injected: u64,
    rng: SplitMix64,
}

impl Default for FailState {
    fn default() -> FailState {
        FailState::new(FailSpec::Never)
    }
}

impl FailState {
    pub fn new(spec: FailSpec) -> FailState {
        let rng = SplitMix64::new(match spec {
            FailSpec::Random { seed, .. } => seed,
            _ => 0,
        });
        FailState {
            spec,
            seen: 0,
            injected: 0,
            rng,
        }
    }

    /// Whether this allocation at `site` fails.
    pub fn should_fail(&mut self, site: AllocSite) -> bool {
        let fail = match self.spec {
            FailSpec::Never => return false,
            FailSpec::Nth { n, site: s } => {
                if s.is_some_and(|s| s != site) {
                    return false;
                }
                self.seen += 1;
                self.seen == n
            }
            FailSpec::Random {
                percent, site: s, ..
            } => {
                if s.is_some_and(|s| s != site) {
                    return false;
                }
                self.seen += 1;
                self.rng.below(100) < percent as u64
            }
        };
        if fail {
            self.injected += 1;
        }
        fail
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nth_fails_once_at_its_site() {
        let mut f = FailState::new(FailSpec::Nth {
            n: 2,
            site: Some(AllocSite::Vma),
        });
        let got: Vec<bool> = [
            AllocSite::Page,
            AllocSite::Vma,
            AllocSite::Page,
            AllocSite::Vma,
            AllocSite::Vma,
        ]
        .map(|s| f.should_fail(s))
        .to_vec();
        assert_eq!(got, [false, false, false, true, false]);
        assert_eq!((f.seen, f.injected), (3, 1));
    }

    #[test]
    fn random_is_seeded() {
        let spec = FailSpec::Random {
            percent: 30,
            seed: 9,
            site: None,
        };
        let run = || {
            let mut f = FailState::new(spec);
            (0..1000)
                .map(|_| f.should_fail(AllocSite::Page))
                .collect::<Vec<_>>()
        };
        let a = run();
        assert_eq!(a, run());
        let n = a.iter().filter(|&&x| x).count();
        assert!((200..400).contains(&n), "{n} of 1000 failed at 30%");
    }
}
