// A hint to load a cache line ahead of its use. Swift has no prefetch of its own; a header-only
// shim keeps it to one instruction (prefetcht0 on x86-64, prfm on arm64) with no library to link.
static inline void newsdesk_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }
