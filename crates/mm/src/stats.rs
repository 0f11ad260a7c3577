//! Machine-wide counters: the node/zone stat items behind /proc/meminfo (`mmzone.h`
//! `node_stat_item`) and the event counters of /proc/vmstat (`vm_event_item.h`).

/// Node stat items, in pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NodeStats {
    /// `NR_ANON_MAPPED`: anonymous pages mapped at least once (meminfo AnonPages).
    pub anon_mapped: u64,
    /// `NR_FILE_MAPPED`: page-cache pages mapped at least once (meminfo Mapped).
    pub file_mapped: u64,
    /// `NR_FILE_PAGES`: page-cache pages, shmem included.
    pub file_pages: u64,
    /// `NR_SHMEM`.
    pub shmem: u64,
    /// `NR_PAGETABLE`: page-table pages of user address spaces, PGDs included.
    pub pagetable: u64,
    /// `NR_FOLL_PIN_ACQUIRED` / `NR_FOLL_PIN_RELEASED`: FOLL_PIN pins taken and dropped.
    pub foll_pin_acquired: u64,
    pub foll_pin_released: u64,
}

/// Event counters (`enum vm_event_item`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Events {
    pub pgfault: u64,
    pub pgmajfault: u64,
    /// Folios moved to an active list (`PGACTIVATE`).
    pub pgactivate: u64,
    /// Folios moved to an inactive list (`PGDEACTIVATE`).
    pub pgdeactivate: u64,
    /// Folios MADV_FREE made lazily freeable (`PGLAZYFREE`).
    pub pglazyfree: u64,
    /// Lazily freeable folios reclaim freed (`PGLAZYFREED`).
    pub pglazyfreed: u64,
    /// Folios migrated, and folios that failed to (`PGMIGRATE_SUCCESS` / `PGMIGRATE_FAIL`).
    pub pgmigrate_success: u64,
    pub pgmigrate_fail: u64,
    /// Anonymous pages copied on a write fault (not a Linux counter; shown under mmlab_ names).
    pub cow_copy: u64,
    /// Anonymous pages reused on a write fault without copying.
    pub cow_reuse: u64,
    /// Processes the OOM killer killed (`OOM_KILL`).
    pub oom_kill: u64,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub node: NodeStats,
    pub events: Events,
}
