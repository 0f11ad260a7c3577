//! The page allocator as /proc shows it (`mm/vmstat.c` `frag_show_print`,
//! `pagetypeinfo_show`, `zoneinfo_show_print`): /proc/buddyinfo, /proc/pagetypeinfo and
//! /proc/zoneinfo in Linux 6.18's formats. Statistics the model does not keep print as 0; the
//! reference kernel's ZONE_DEVICE, which holds no RAM, prints as an empty zone.

use crate::machine::Machine;
use crate::phys::page::PageFlags;
use crate::phys::pageblock::{MIGRATE_TYPES, Migratetype, PAGEBLOCK_NR_PAGES, PAGEBLOCK_ORDER};
use crate::phys::zone::{MAX_NR_ZONES, NR_ORDERS, Zone, ZoneType};
use std::fmt::Write as _;

/// The per-node items `/proc/zoneinfo` prints, in order (`node_stat_item` on the reference
/// kernel).
const NODE_ITEMS: &[&str] = &[
    "nr_inactive_anon",
    "nr_active_anon",
    "nr_inactive_file",
    "nr_active_file",
    "nr_unevictable",
    "nr_slab_reclaimable",
    "nr_slab_unreclaimable",
    "nr_isolated_anon",
    "nr_isolated_file",
    "workingset_nodes",
    "workingset_refault_anon",
    "workingset_refault_file",
    "workingset_activate_anon",
    "workingset_activate_file",
    "workingset_restore_anon",
    "workingset_restore_file",
    "workingset_nodereclaim",
    "nr_anon_pages",
    "nr_mapped",
    "nr_file_pages",
    "nr_dirty",
    "nr_writeback",
    "nr_shmem",
    "nr_shmem_hugepages",
    "nr_shmem_pmdmapped",
    "nr_file_hugepages",
    "nr_file_pmdmapped",
    "nr_anon_transparent_hugepages",
    "nr_vmscan_write",
    "nr_vmscan_immediate_reclaim",
    "nr_dirtied",
    "nr_written",
    "nr_throttled_written",
    "nr_kernel_misc_reclaimable",
    "nr_foll_pin_acquired",
    "nr_foll_pin_released",
    "nr_kernel_stack",
    "nr_page_table_pages",
    "nr_sec_page_table_pages",
    "nr_iommu_pages",
    "nr_swapcached",
    "pgpromote_success",
    "pgpromote_candidate",
    "pgpromote_candidate_nrl",
    "pgdemote_kswapd",
    "pgdemote_direct",
    "pgdemote_khugepaged",
    "pgdemote_proactive",
    "nr_hugetlb",
    "nr_balloon_pages",
    "nr_kernel_file_pages",
];

/// LRU list sizes, `[inactive_anon, active_anon, inactive_file, active_file, unevictable]`.
type Lru = [u64; 5];

impl Machine {
    /// Pages on each LRU list, per zone (`NR_ZONE_LRU_BASE` items): anon lists for
    /// swap-backed pages, file lists for the rest (lazily freeable anon pages included).
    fn lru_sizes(&self) -> [Lru; MAX_NR_ZONES] {
        let mut out = [[0; 5]; MAX_NR_ZONES];
        for (pfn, p) in self.pages.iter().enumerate() {
            if !p.flags.contains(PageFlags::LRU) {
                continue;
            }
            let zt = self.alloc.zones[self.alloc.zone_index(pfn as u64)]
                .ztype
                .idx();
            let i = if p.flags.contains(PageFlags::UNEVICTABLE) {
                4
            } else {
                let file = !p.flags.contains(PageFlags::SWAPBACKED);
                usize::from(file) * 2 + usize::from(p.flags.contains(PageFlags::ACTIVE))
            };
            out[zt][i] += 1;
        }
        out
    }

    pub(crate) fn proc_buddyinfo(&self) -> String {
        let mut s = String::new();
        for z in self.alloc.zones.iter().filter(|z| z.populated()) {
            let _ = write!(s, "Node 0, zone {:>8} ", z.ztype.name());
            for area in &z.free_area {
                let _ = write!(s, "{:>6} ", area.nr_free);
            }
            s.push('\n');
        }
        s
    }

    pub(crate) fn proc_pagetypeinfo(&self) -> String {
        let mut s = format!(
            "Page block order: {PAGEBLOCK_ORDER}\nPages per block:  {PAGEBLOCK_NR_PAGES}\n\n"
        );
        let _ = write!(s, "{:<43} ", "Free pages count per migrate type at order");
        for o in 0..NR_ORDERS {
            let _ = write!(s, "{o:>6} ");
        }
        s.push('\n');
        let populated = || self.alloc.zones.iter().filter(|z| z.populated());
        for z in populated() {
            for mt in Migratetype::ALL {
                let _ = write!(
                    s,
                    "Node {:>4}, zone {:>8}, type {:>12} ",
                    0,
                    z.ztype.name(),
                    mt.name()
                );
                for area in &z.free_area {
                    let mut n = 0u64;
                    let mut p = area.list(mt).head;
                    while p != crate::phys::page::NONE && n < 100_000 {
                        n += 1;
                        p = self.pages[p as usize].next;
                    }
                    let over = if n >= 100_000 { ">" } else { "" };
                    let _ = write!(s, "{over}{n:>6} ");
                }
                s.push('\n');
            }
        }
        let _ = write!(s, "\n{:<23}", "Number of blocks type ");
        for mt in Migratetype::ALL {
            let _ = write!(s, "{:>12} ", mt.name());
        }
        s.push('\n');
        for z in populated() {
            let mut count = [0u64; MIGRATE_TYPES];
            let mut pfn = z.start_pfn;
            while pfn < z.end_pfn() {
                count[self.alloc.blocks.get(pfn).idx()] += 1;
                pfn += PAGEBLOCK_NR_PAGES;
            }
            let _ = write!(s, "Node 0, zone {:>8} ", z.ztype.name());
            for c in count {
                let _ = write!(s, "{c:>12} ");
            }
            s.push('\n');
        }
        s
    }

    fn node_item(&self, name: &str, lru: &[Lru; MAX_NR_ZONES]) -> u64 {
        let n = &self.stats.node;
        let sum = |i: usize| lru.iter().map(|z| z[i]).sum::<u64>();
        match name {
            "nr_inactive_anon" => sum(0),
            "nr_active_anon" => sum(1),
            "nr_inactive_file" => sum(2),
            "nr_active_file" => sum(3),
            "nr_unevictable" => sum(4),
            "nr_anon_pages" => n.anon_mapped,
            "nr_mapped" => n.file_mapped,
            "nr_file_pages" => n.file_pages,
            "nr_shmem" => n.shmem,
            "nr_foll_pin_acquired" => n.foll_pin_acquired,
            "nr_foll_pin_released" => n.foll_pin_released,
            "nr_page_table_pages" => n.pagetable,
            _ => 0,
        }
    }

    pub(crate) fn proc_zoneinfo(&self) -> String {
        let lru = self.lru_sizes();
        let mut s = String::new();
        let first_populated = self.alloc.zones.iter().position(|z| z.populated());
        for (zi, z) in self.alloc.zones.iter().enumerate() {
            let _ = write!(s, "Node 0, zone {:>8}", z.ztype.name());
            if Some(zi) == first_populated {
                s.push_str("\n  per-node stats");
                for name in NODE_ITEMS {
                    let _ = write!(s, "\n      {name:<12} {}", self.node_item(name, &lru));
                }
            }
            self.zoneinfo_zone(&mut s, z, &lru[z.ztype.idx()]);
        }
        let _ = write!(s, "Node 0, zone {:>8}", "Device");
        let device = Zone::empty(ZoneType::Movable);
        write_watermarks(&mut s, &device, [0; MAX_NR_ZONES]);
        s.push('\n');
        s
    }

    fn zoneinfo_zone(&self, s: &mut String, z: &Zone, lru: &Lru) {
        write_watermarks(s, z, z.lowmem_reserve);
        if !z.populated() {
            s.push('\n');
            return;
        }
        let mlock = 0;
        let items: [(&str, u64); 11] = [
            ("nr_free_pages", z.nr_free_pages),
            ("nr_free_pages_blocks", z.nr_free_pages_blocks),
            ("nr_zone_inactive_anon", lru[0]),
            ("nr_zone_active_anon", lru[1]),
            ("nr_zone_inactive_file", lru[2]),
            ("nr_zone_active_file", lru[3]),
            ("nr_zone_unevictable", lru[4]),
            ("nr_zone_write_pending", 0),
            ("nr_mlock", mlock),
            ("nr_zspages", 0),
            ("nr_free_cma", 0),
        ];
        for (name, v) in items {
            let _ = write!(s, "\n      {name:<12} {v}");
        }
        let hits = self.alloc.stats.numa_hit[z.ztype.idx()];
        for (name, v) in [
            ("numa_hit", hits),
            ("numa_miss", 0),
            ("numa_foreign", 0),
            ("numa_interleave", 0),
            ("numa_local", hits),
            ("numa_other", 0),
        ] {
            let _ = write!(s, "\n      {name:<12} {v}");
        }
        s.push_str("\n  pagesets");
        let threshold = stat_threshold(z.managed, self.alloc.cfg.nr_cpus as u64);
        for (cpu, pcp) in z.pcp.iter().enumerate() {
            let _ = write!(
                s,
                "\n    cpu: {cpu}\n              count:    {}\n              high:     {}\n              batch:    {}\n              high_min: {}\n              high_max: {}\n  vm stats threshold: {threshold}",
                pcp.count, pcp.high, pcp.batch, pcp.high_min, pcp.high_max
            );
        }
        let _ = write!(
            s,
            "\n  node_unreclaimable:  0\n  start_pfn:           {}\n",
            z.start_pfn
        );
    }
}

/// The watermark and size lines of a zone, and its protection (lowmem reserve) array, which
/// the reference kernel prints with one more entry for ZONE_DEVICE.
fn write_watermarks(s: &mut String, z: &Zone, protection: [u64; MAX_NR_ZONES]) {
    let w = &z.watermark;
    let _ = write!(
        s,
        "\n  pages free     {}\n        boost    {}\n        min      {}\n        low      {}\n        high     {}\n        promo    {}\n        spanned  {}\n        present  {}\n        managed  {}\n        cma      0",
        z.nr_free_pages, z.watermark_boost, w[0], w[1], w[2], w[3], z.spanned, z.present, z.managed
    );
    let last = protection[MAX_NR_ZONES - 1];
    let _ = write!(
        s,
        "\n        protection: ({}, {}, {}, {}, {last})",
        protection[0], protection[1], protection[2], protection[3]
    );
}

/// `calculate_normal_threshold`: the per-CPU vmstat drift a zone allows.
fn stat_threshold(managed: u64, nr_cpus: u64) -> u64 {
    let fls = |x: u64| 64 - x.leading_zeros() as u64;
    let mem = managed >> (27 - 12);
    (2 * fls(nr_cpus) * (1 + fls(mem))).min(125)
}

#[cfg(test)]
mod tests {
    use super::stat_threshold;

    #[test]
    fn thresholds_match_the_reference_host() {
        // The reference host (2 CPUs): DMA, DMA32 and Normal print 4, 24 and 28.
        assert_eq!(stat_threshold(3840, 2), 4);
        assert_eq!(stat_threshold(772917, 2), 24);
        assert_eq!(stat_threshold(1081344, 2), 28);
        assert_eq!(stat_threshold(1 << 40, 64), 125);
    }
}
