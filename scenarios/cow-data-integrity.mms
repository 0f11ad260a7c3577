# Every byte written survives COW: parent and child each see their own writes and the
# shared bytes they did not touch.
p: mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: store $a 16K 0x11
p: fork() = q
q: store $a+4K+100 "child was here"
p: store $a+8K 4K 0x22
q: load $a+4K+100 14 == "child was here"
p: load $a+4K+100 14 == 0x11
q: load $a+8K 4K == 0x11
p: load $a+8K 4K == 0x22
p: load $a 4K == 0x11
q: load $a+12K 4K == 0x11
