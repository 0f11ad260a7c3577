# Proportional set size divides each shared page by its mapcount: two processes sharing
# 16 KiB after fork account 8 KiB of Pss each, and Rss 16 KiB each.
p: mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 16K write
p: smaps $a == Rss=16K Pss=16K Private_Dirty=16K Shared_Dirty=0K
p: fork() = q
p: smaps $a == Rss=16K Pss=8K Shared_Dirty=16K Private_Dirty=0K
q: smaps $a == Rss=16K Pss=8K Shared_Dirty=16K
q: touch $a 4K write
q: smaps $a == Rss=16K Pss=10K Private_Dirty=4K Shared_Dirty=12K
