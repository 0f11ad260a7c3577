# brk grows the heap and shrinks it again; an impossible request returns the old break
# instead of an error.
p: brk(NULL) = $b0
p: brk($b0+64K) = $b0+64K
p: store $b0 64K 0x61
p: pagemap $b0 16 == present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax present+anon+excl+ax
p: brk($b0+16K) = $b0+16K
p: load $b0 16K == 0x61
p: load $b0+16K 1 = SIGSEGV SEGV_MAPERR
p: brk(0x1000) = $b0+16K
p: brk($b0) = $b0+0
