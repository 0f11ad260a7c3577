# Private writable memory is accounted (VM_ACCOUNT, "ac"); MAP_NORESERVE opts out ("nr"), and
# the two differ in flags so they never merge. Read-only and shared memory is not accounted.
p: mmap(NULL, 16K, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $r
p: mmap($r, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a
p: mmap($r+4K, 4K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED|MAP_NORESERVE, -1, 0) = $b
p: mmap($r+8K, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $c
p: smaps $a == VmFlags~ac VmFlags!~nr
p: smaps $b == VmFlags~nr VmFlags!~ac
p: smaps $c == VmFlags!~ac
p: maps ==
    $r-$r+4K rw-p
    $r+4K-$r+8K rw-p
    $r+8K-$r+12K r--p
p: mprotect($c, 4K, PROT_READ|PROT_WRITE) = 0
p: smaps $c == VmFlags~ac
