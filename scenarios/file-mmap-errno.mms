# mmap of a regular file, the checks in do_mmap's order against the open file: the descriptor
# (EBADF), the offset's alignment (EINVAL) and size (EOVERFLOW), MAP_HUGETLB on a file that is
# not hugetlbfs (EINVAL), the flags MAP_SHARED_VALIDATE knows (EOPNOTSUPP; ext4 knows MAP_SYNC
# but needs DAX for it, so MAP_SYNC fails with every mapping type), the access mode (EACCES for a
# shared writable mapping of a read-only descriptor and for any mapping of a write-only one),
# and the mapping type (MAP_GROWSDOWN and MAP_DROPPABLE are for anonymous memory).
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_RDONLY) = 3
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 9, 0) = -1 EBADF
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 3, 100) = -1 EINVAL
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 3, 0x7ffffffffffff000) = -1 EOVERFLOW
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_HUGETLB, 3, 0) = -1 EINVAL
p: mmap(NULL, 8K, PROT_READ, MAP_SHARED_VALIDATE|MAP_FIXED_NOREPLACE, 3, 0) = -1 EOPNOTSUPP
p: mmap(NULL, 8K, PROT_READ, MAP_SHARED_VALIDATE|MAP_SYNC, 3, 0) = -1 EOPNOTSUPP
p: mmap(NULL, 8K, PROT_READ, MAP_SHARED|MAP_SYNC, 3, 0) = -1 EOPNOTSUPP
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_SYNC, 3, 0) = -1 EOPNOTSUPP
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_SHARED, 3, 0) = -1 EACCES
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_GROWSDOWN, 3, 0) = -1 EINVAL
p: mmap(NULL, 8K, PROT_READ, MAP_DROPPABLE, 3, 0) = -1 EINVAL
p: mmap(NULL, 8K, PROT_READ, MAP_SHARED_VALIDATE|MAP_POPULATE, 3, 0) = $ok
p: pagemap $ok 2 == present+file+excl present+file+excl
p: openat(AT_FDCWD, "data/pattern-3p.bin", O_WRONLY) = 4
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 4, 0) = -1 EACCES
p: mmap(NULL, 8K, PROT_NONE, MAP_PRIVATE, 4, 0) = -1 EACCES
p: close(4) = 0
p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE, 4, 0) = -1 EBADF
