//! Machine-wide and per-process counters: /proc/meminfo (`fs/proc/meminfo.c`), /proc/vmstat
//! (`mm/vmstat.c`), /proc/buddyinfo, and the memory lines of /proc/PID/status
//! (`task_mem` in `fs/proc/task_mmu.c`).

use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::phys::fallback::ExtfragKind;
use crate::phys::pageblock::Migratetype;
use crate::phys::zone::ZoneType;
use std::fmt::Write as _;
use uapi::PAGE_SIZE;

fn kb(pages: u64) -> u64 {
    pages * (PAGE_SIZE / 1024)
}

impl Machine {
    pub(crate) fn proc_meminfo(&self) -> String {
        let n = &self.stats.node;
        let total = self.nr_managed_pages();
        let free = self.nr_free_pages();
        let cached = n.file_pages;
        let lines: [(&str, u64); 16] = [
            ("MemTotal", kb(total)),
            ("MemFree", kb(free)),
            ("MemAvailable", kb(free + cached.saturating_sub(n.shmem))),
            ("Buffers", 0),
            ("Cached", kb(cached)),
            ("SwapCached", 0),
            ("Active", 0),
            ("Inactive", 0),
            ("Unevictable", 0),
            ("Mlocked", 0),
            ("SwapTotal", 0),
            ("SwapFree", 0),
            ("AnonPages", kb(n.anon_mapped)),
            ("Mapped", kb(n.file_mapped)),
            ("Shmem", kb(n.shmem)),
            ("PageTables", kb(n.pagetable)),
        ];
        let mut s = String::new();
        for (name, v) in lines {
            let _ = writeln!(s, "{:<16}{v:>8} kB", format!("{name}:"));
        }
        s
    }

    pub(crate) fn proc_vmstat(&self) -> String {
        let n = &self.stats.node;
        let e = &self.stats.events;
        let a = &self.alloc.stats;
        let lines: [(&str, u64); 23] = [
            ("nr_free_pages", self.nr_free_pages()),
            ("nr_anon_pages", n.anon_mapped),
            ("nr_mapped", n.file_mapped),
            ("nr_file_pages", n.file_pages),
            ("nr_shmem", n.shmem),
            ("nr_page_table_pages", n.pagetable),
            ("nr_foll_pin_acquired", n.foll_pin_acquired),
            ("nr_foll_pin_released", n.foll_pin_released),
            ("pgalloc_dma", a.pgalloc[ZoneType::Dma.idx()]),
            ("pgalloc_dma32", a.pgalloc[ZoneType::Dma32.idx()]),
            ("pgalloc_normal", a.pgalloc[ZoneType::Normal.idx()]),
            ("pgalloc_movable", a.pgalloc[ZoneType::Movable.idx()]),
            ("pgfree", a.pgfree),
            ("pgfault", e.pgfault),
            ("pgmajfault", e.pgmajfault),
            ("pgactivate", e.pgactivate),
            ("pgdeactivate", e.pgdeactivate),
            ("pglazyfree", e.pglazyfree),
            ("pglazyfreed", e.pglazyfreed),
            ("pgmigrate_success", e.pgmigrate_success),
            ("pgmigrate_fail", e.pgmigrate_fail),
            ("oom_kill", e.oom_kill),
            ("mmlab_cow_copy", e.cow_copy),
        ];
        let mut s = String::new();
        for (name, v) in lines {
            let _ = writeln!(s, "{name} {v}");
        }
        let _ = writeln!(s, "mmlab_cow_reuse {}", e.cow_reuse);
        // The mm_page_alloc_extfrag events, per (requested, taken-from) migratetype: a free
        // block claimed, a partly used block claimed ("steal"), a page taken ("pollute").
        for (kind, word) in [
            (ExtfragKind::Claim, "claim"),
            (ExtfragKind::Steal, "steal"),
            (ExtfragKind::Pollute, "pollute"),
        ] {
            for want in Migratetype::PCPTYPES {
                for &from in want.fallbacks() {
                    let n = a.extfrag.get(kind, want, from);
                    let _ = writeln!(
                        s,
                        "mmlab_extfrag_{word}_{}_from_{} {n}",
                        want.key(),
                        from.key()
                    );
                }
            }
        }
        let _ = writeln!(s, "mmlab_alloc_fail {}", a.alloc_fail);
        s
    }

    /// The memory lines of /proc/PID/status.
    pub(crate) fn proc_status(&self, mm: MmId) -> String {
        let m = &self.mms[mm];
        let rss = m.rss.anon + m.rss.file + m.rss.shmem;
        let lines: [(&str, u64); 12] = [
            ("VmSize", kb(m.total_vm)),
            ("VmLck", kb(m.locked_vm)),
            ("VmPin", kb(m.pinned_vm)),
            ("VmRSS", kb(rss)),
            ("RssAnon", kb(m.rss.anon)),
            ("RssFile", kb(m.rss.file)),
            ("RssShmem", kb(m.rss.shmem)),
            ("VmData", kb(m.data_vm)),
            ("VmStk", kb(m.stack_vm)),
            ("VmExe", 0),
            ("VmPTE", m.pgtables_bytes >> 10),
            ("VmSwap", kb(m.rss.swap)),
        ];
        let mut s = String::new();
        for (name, v) in lines {
            let _ = writeln!(s, "{:<13}{v:>8} kB", format!("{name}:"));
        }
        s
    }
}
