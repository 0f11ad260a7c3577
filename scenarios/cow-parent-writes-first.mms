# After fork, the parent's write copies too (it is no more entitled to the page than the
# child); the child is then the last user of the original and reuses it on write.
p: mmap(NULL, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 4K write
p: fork() = q
p: touch $a 4K write
p: pagemap $a 1 == present+anon+excl+ax@P
q: pagemap $a 1 == present+anon+excl@O
q: touch $a 4K write
q: pagemap $a 1 == present+anon+excl+ax@O
