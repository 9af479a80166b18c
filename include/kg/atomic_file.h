// Output files are written whole or not at all: the content goes to a
// temporary file in the target's directory, is flushed to disk, and is then
// renamed over the target, so an interrupted run never leaves a
// half-written graph behind.
#ifndef KG_ATOMIC_FILE_H_
#define KG_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg {

// Writes `content` to `path` atomically. Fails with the path and the OS
// reason; the previous file, if any, is then left untouched.
Status WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace kg

#endif  // KG_ATOMIC_FILE_H_
