// Empty: CFuzzer only declares LLVMFuzzerRunDriver (see include/CFuzzer.h).
