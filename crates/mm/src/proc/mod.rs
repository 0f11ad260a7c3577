//! What /proc shows (`fs/proc/task_mmu.c`, `fs/proc/page.c`, `fs/proc/meminfo.c`,
//! `mm/vmstat.c`), rendered in Linux 6.18's exact text formats from the model's state.

mod maps;
mod meminfo;
mod pagemap;
mod zoneinfo;
