// libFuzzer's driver entry point (libclang_rt.fuzzer_no_main): our own main calls it.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
