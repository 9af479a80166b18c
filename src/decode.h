// Byte decoding for the read stage: detects the encoding of an article and
// converts it to UTF-8 with ICU converters.
#ifndef KG_SRC_DECODE_H_
#define KG_SRC_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg {

struct DecodedText {
  std::string utf8;
  // Empty when the bytes were clean UTF-8; otherwise what was done, with the
  // byte offset of the first fault ("decoded as windows-1256", "invalid UTF-8
  // at byte 1042 (3 sequences) replaced with U+FFFD").
  std::string repair;
};

// Decodes UTF-8 (BOM stripped), UTF-16 with a BOM, or Windows-1256. Fails
// for binary data (NUL or control bytes outside UTF-16), naming the byte
// offset of the first such byte.
Result<DecodedText> DecodeText(std::string_view bytes);

// Offset of the first byte that is not part of a well-formed UTF-8 sequence,
// or std::string_view::npos.
size_t FindInvalidUtf8(std::string_view bytes);

}  // namespace kg

#endif  // KG_SRC_DECODE_H_
