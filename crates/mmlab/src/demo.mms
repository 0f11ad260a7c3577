# The mmlab demo: fork, copy-on-write, the zero page, and an mprotect split and re-merge.
# `mmlab run` runs it on the model; `mmlab run --on host crates/mmlab/src/demo.mms` on Linux;
# `mmlab diff crates/mmlab/src/demo.mms` compares the two after every step.

# Two anonymous pages in the middle of a PROT_NONE reservation: the inaccessible pages on
# either side keep them from merging with whatever VMAs the process already has.
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: mmap($r+4K, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a

# The first page is written (a fresh page, exclusively mapped, PG_anon_exclusive), the second
# only read (it maps the shared zero page, which Rss does not count).
p: store $a 16 0x55
p: touch $a+4K 4K read
p: pagemap $a 2 == present+excl+anon+ax+@A present+zero
p: smaps $a == Rss=4K Private_Dirty=4K Anonymous=4K

# fork: parent and child now map the same frame @A; it is neither exclusive nor anon-exclusive.
p: fork() = c
c: pagemap $a 2 == present+anon+@A present+zero
p: pagemap $a 1 == present+anon+@A
p: smaps $a == Rss=4K Pss=2K Shared_Dirty=4K Private_Dirty=0

# The child writes: copy-on-write gives it a frame of its own, @B. The parent keeps @A, mapped
# once again (excl) but still not PG_anon_exclusive until it writes itself.
c: store $a 4 0x11
c: pagemap $a 1 == present+excl+anon+ax+@B
p: pagemap $a 1 == present+excl+anon+@A
c: load $a 8 == "\x11\x11\x11\x11\x55\x55\x55\x55"
p: load $a 16 == 0x55
p: store $a 1 0x56
p: pagemap $a 1 == present+excl+anon+ax

# mprotect on the second page splits the VMA in two; restoring the protection merges it back.
p: mprotect($a+4K, 4K, PROT_READ) = 0
p: maps ==
  $a-$a+4K rw-p
  $a+4K-$a+8K r--p
p: touch $a+4K 1 write = SIGSEGV SEGV_ACCERR at $a+4K
p: mprotect($a+4K, 4K, PROT_READ|PROT_WRITE) = 0
p: maps $a == $a-$a+8K rw-p
p: maps

c: exit()
p: rollup
