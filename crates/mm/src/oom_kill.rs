//! The OOM killer (`mm/oom_kill.c`): when a page fault cannot get memory (VM_FAULT_OOM),
//! `pagefault_out_of_memory` calls `out_of_memory`, which picks the process whose memory is
//! worth most to free (`oom_badness`: resident pages, swap entries and page-table pages, with
//! oom_score_adj 0 for all) and kills it with SIGKILL; the OOM reaper and its exit give the
//! memory back. The faulting process then retries its fault, unless it was the one killed.
//! Ties go to the first process in creation order, as `select_bad_process` walks the task list
//! and keeps the first highest score.

use crate::machine::Machine;
use crate::mm_struct::MmId;
use uapi::{PAGE_SIZE, Pid};

impl Machine {
    /// `oom_badness`.
    fn oom_badness(&self, mm: MmId) -> u64 {
        let m = &self.mms[mm];
        m.rss.anon + m.rss.file + m.rss.shmem + m.rss.swap + m.pgtables_bytes / PAGE_SIZE
    }

    /// `out_of_memory` for a page fault: kills the chosen process and returns it (`None` when
    /// there is no process at all, which only a fault of a process being torn down could see).
    pub(crate) fn out_of_memory(&mut self) -> Option<Pid> {
        let mut chosen: Option<(Pid, u64)> = None;
        for (&pid, p) in &self.procs {
            let points = self.oom_badness(p.mm);
            if chosen.is_none_or(|(_, best)| points > best) {
                chosen = Some((pid, points));
            }
        }
        let (victim, _) = chosen?;
        self.stats.events.oom_kill += 1;
        self.oom_kill_process(victim);
        Some(victim)
    }

    /// The victim's address space, pins and descriptors go as at exit; the process stays
    /// known as killed, so what it would do next answers SIGKILL.
    fn oom_kill_process(&mut self, pid: Pid) {
        let Some(p) = self.procs.remove(&pid) else {
            return;
        };
        self.release_pins_of(p.mm);
        self.exit_mmap(p.mm);
        self.exit_files(p.fds);
        self.oom_killed.insert(pid);
    }
}
