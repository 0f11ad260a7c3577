# Writing to a page that maps the zero page replaces it by a new zeroed anonymous page.
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 8K read
p: store $a+4K+7 "x"
p: pagemap $a 2 == present+zero present+anon+excl+ax
p: load $a+4K 7 == 0x00
p: load $a+4K+7 1 == "x"
p: smaps $a == Rss=4K Anonymous=4K Private_Dirty=4K
