# File VMAs merge only through the same open file (`struct file`) and with contiguous offsets:
# two mappings of descriptor 3 at offsets 0 and 4K side by side become one VMA; offset 12K next
# to them does not join; a mapping of the same file through a second open (descriptor 4) stays
# apart even with a contiguous offset. mprotect splits a file VMA with the right offsets; making
# a private file mapping writable adds VM_ACCOUNT, which stays when it is made read-only again,
# so the pieces do not merge back.
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY) = 3
p: mmap(NULL, 32K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $w
p: mmap($w, 4K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 0) = $w+0
p: mmap($w+4K, 4K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 4K) = $w+4K
p: maps $w == $w-$w+8K r--p
p: mmap($w+8K, 4K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 12K) = $w+8K
p: maps $w+8K == $w+8K-$w+12K r--p
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY) = 4
p: mmap($w+16K, 4K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 3, 0) = $w+16K
p: mmap($w+20K, 4K, PROT_READ, MAP_PRIVATE|MAP_FIXED, 4, 4K) = $w+20K
p: maps ==
  $w-$w+8K r--p
  $w+8K-$w+12K r--p
  $w+12K-$w+16K ---p
  $w+16K-$w+20K r--p
  $w+20K-$w+24K r--p
p: mprotect($w+4K, 4K, PROT_READ|PROT_WRITE) = 0
p: maps $w == $w-$w+4K r--p
p: smaps $w+4K == VmFlags~ac
p: mprotect($w+4K, 4K, PROT_READ) = 0
p: maps $w == $w-$w+4K r--p
p: load $w+4K 1 == "B"
p: load $w+8K 1 == "D"
p: load $w+20K 1 == "B"
