//! Failure injection (Linux's `fail_page_alloc`, `failslab` and `fail-nth`, as a kernel
//! developer uses them to reach error paths): which allocations of the model fail. The model
//! counts the allocations made at the chosen sites from the moment a spec is set.

use std::fmt;

/// Where the model allocates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AllocSite {
    /// A page of user memory or page cache (`alloc_pages` for a fault, COW, fork's copy,
    /// migration).
    Page,
    /// A page-table page (`pagetable_alloc`, the PGD included).
    PageTable,
    /// An `anon_vma` (`anon_vma_alloc`).
    AnonVma,
    /// An `anon_vma_chain` (`anon_vma_chain_alloc`).
    AnonVmaChain,
    /// A `vm_area_struct` and its VMA-tree room (`vm_area_alloc`, `vm_area_dup`).
    Vma,
}

impl AllocSite {
    pub const ALL: [AllocSite; 5] = [
        AllocSite::Page,
        AllocSite::PageTable,
        AllocSite::AnonVma,
        AllocSite::AnonVmaChain,
        AllocSite::Vma,
    ];

    pub fn name(self) -> &'static str {
        match self {
            AllocSite::Page => "page",
            AllocSite::PageTable => "page_table",
            AllocSite::AnonVma => "anon_vma",
            AllocSite::AnonVmaChain => "anon_vma_chain",
            AllocSite::Vma => "vma",
        }
    }

    pub fn from_name(s: &str) -> Option<AllocSite> {
        AllocSite::ALL.into_iter().find(|a| a.name() == s)
    }
}

/// Which allocations fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailSpec {
    Never,
    /// The `n`th allocation (1-based) at `site` (any site when `None`), and only that one.
    Nth {
        n: u64,
        site: Option<AllocSite>,
    },
    /// Each allocation at `site` fails with probability `percent`/100, from a generator
    /// seeded with `seed`.
    Random {
        percent: u32,
        seed: u64,
        site: Option<AllocSite>,
    },
}

impl FailSpec {
    /// `never`, `nth=N[,site=S]` or `random=P%[,seed=N][,site=S]`.
    pub fn parse(s: &str) -> Result<FailSpec, String> {
        if s == "never" {
            return Ok(FailSpec::Never);
        }
        let mut parts = s.split(',');
        let head = parts.next().unwrap_or_default();
        let (mut site, mut seed) = (None, 0);
        for p in parts {
            match p.split_once('=') {
                Some(("site", v)) => {
                    site = Some(AllocSite::from_name(v).ok_or_else(|| {
                        format!(
                            "unknown allocation site `{v}` (sites: {})",
                            AllocSite::ALL.map(AllocSite::name).join(", ")
                        )
                    })?)
                }
                Some(("seed", v)) => {
                    seed = v
                        .parse()
                        .map_err(|_| format!("seed `{v}` is not a number"))?
                }
                _ => {
                    return Err(format!(
                        "unknown failure setting `{p}` (settings: site, seed)"
                    ));
                }
            }
        }
        match head.split_once('=') {
            Some(("nth", v)) => {
                let n: u64 = v
                    .parse()
                    .map_err(|_| format!("nth `{v}` is not a number"))?;
                if n == 0 {
                    return Err("nth counts from 1".into());
                }
                Ok(FailSpec::Nth { n, site })
            }
            Some(("random", v)) => {
                let pct = v
                    .strip_suffix('%')
                    .and_then(|p| p.parse::<u32>().ok())
                    .filter(|&p| p <= 100)
                    .ok_or_else(|| format!("random `{v}` is not a percentage like 10%"))?;
                Ok(FailSpec::Random {
                    percent: pct,
                    seed,
                    site,
                })
            }
            _ => Err(format!(
                "expected `never`, `nth=N[,site=S]` or `random=P%[,seed=N][,site=S]`, found `{s}`"
            )),
        }
    }
}

impl fmt::Display for FailSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let site =
            |s: &Option<AllocSite>| s.map(|s| format!(",site={}", s.name())).unwrap_or_default();
        match self {
            FailSpec::Never => write!(f, "never"),
            FailSpec::Nth { n, site: s } => write!(f, "nth={n}{}", site(s)),
            FailSpec::Random {
                percent,
                seed,
                site: s,
            } => write!(f, "random={percent}%,seed={seed}{}", site(s)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_parse_and_print_back() {
        for s in [
            "never",
            "nth=3",
            "nth=1,site=page_table",
            "random=10%,seed=7,site=vma",
        ] {
            assert_eq!(FailSpec::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(
            FailSpec::parse("random=5%").unwrap(),
            FailSpec::Random {
                percent: 5,
                seed: 0,
                site: None
            }
        );
        for bad in [
            "nth=0",
            "nth=x",
            "random=101%",
            "sometimes",
            "nth=1,site=slab",
            "nth=2,colour=red",
        ] {
            assert!(FailSpec::parse(bad).is_err(), "{bad}");
        }
    }
}
