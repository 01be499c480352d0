// The declarations are all in the header; SwiftPM needs one source file per C target.
#include "CLibFuzzer.h"
