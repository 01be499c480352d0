#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, from the runtime that `-sanitize=fuzzer` links: parses libFuzzer's
/// command-line flags and runs `callback` on each input. The fuzz targets call it from
/// their own entry point, because SwiftPM gives every executable one.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
