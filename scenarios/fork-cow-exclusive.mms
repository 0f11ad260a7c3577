# After fork, an anonymous page is shared by both processes and loses PG_anon_exclusive.
# The first writer gets a fresh exclusive copy; the other keeps the original frame, whose
# mapcount is now 1 (pagemap bit 56) but which stays non-exclusive until it is written.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 8K write
p: pagemap $a 2 == present+anon+excl+ax@A present+anon+excl+ax@B
p: fork() = q
p: pagemap $a 2 == present+anon@A present+anon@B
q: pagemap $a 2 == present+anon@A present+anon@B
q: touch $a 4K write
q: pagemap $a 2 == present+anon+excl+ax@C present+anon@B
p: pagemap $a 2 == present+anon+excl@A present+anon@B
p: touch $a 4K write
p: pagemap $a 1 == present+anon+excl+ax@A
