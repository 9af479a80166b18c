// Encoding detection and conversion. UTF-8 is validated by hand (a tight
// loop on the hot path); everything else goes through ICU converters, and
// ICU's charset detector arbitrates when bytes are not UTF-8.
#include "decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <memory>

namespace kg {
namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0 (RFC 3629 table).
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = s.size() - i;
  auto cont = [&](size_t k) { return k < n && (byte(i + k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (n < 3 || !cont(1) || !cont(2)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (n < 4 || !cont(1) || !cont(2) || !cont(3)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;
    if (c == 0xF4 && c1 > 0x8F) return 0;
    return 4;
  }
  return 0;
}

Result<std::string> Convert(std::string_view bytes, const char* charset) {
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
  if (text.isBogus()) return Status::Error(std::string("cannot decode as ") + charset);
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool IsBinaryByte(unsigned char c) {
  return c == 0 ||
         (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B);
}

// ICU's guess for non-UTF-8 bytes; Windows-1256 when it has no opinion, since
// kg reads Arabic and that is the legacy Arabic code page on the web.
std::string GuessLegacyCharset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      &ucsdet_close);
  if (U_FAILURE(status)) return "windows-1256";
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "windows-1256";
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr) return "windows-1256";
  std::string guess = name;
  // The detector sometimes calls Arabic cp1256 text ISO-8859-6 or a Latin
  // code page; those cannot hold this text's bytes, cp1256 can.
  if (guess == "windows-1256" || guess == "ISO-8859-6" || guess.rfind("ISO-8859-1", 0) == 0 ||
      guess == "windows-1252") {
    return "windows-1256";
  }
  return guess;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    // Fast path over ASCII.
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = Utf8SequenceLength(bytes, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

Result<DecodedText> DecodeText(std::string_view bytes) {
  DecodedText out;
  if (bytes.size() >= 2) {
    auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
      const char* charset = b0 == 0xFF ? "UTF-16LE" : "UTF-16BE";
      Result<std::string> text = Convert(bytes.substr(2), charset);
      if (!text.ok()) return text.status();
      out.utf8 = std::move(*text);
      out.repair = std::string("decoded from ") + charset;
      return out;
    }
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

  for (size_t i = 0; i < bytes.size(); ++i) {
    if (IsBinaryByte(static_cast<unsigned char>(bytes[i]))) {
      return Status::Error("binary data (control byte 0x" +
                           std::string(1, "0123456789abcdef"[(bytes[i] >> 4) & 0xF]) +
                           std::string(1, "0123456789abcdef"[bytes[i] & 0xF]) + " at byte " +
                           std::to_string(i) + "), not text");
    }
  }

  size_t first_bad = FindInvalidUtf8(bytes);
  if (first_bad == std::string_view::npos) {
    out.utf8 = std::string(bytes);
    return out;
  }

  // Count well-formed multi-byte sequences against bad bytes: text that is
  // mostly UTF-8 with a few faults is repaired; text with no UTF-8 sequences
  // at all is a legacy code page.
  size_t good_multibyte = 0, bad = 0;
  for (size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = Utf8SequenceLength(bytes, i);
    if (n == 0) {
      ++bad;
      ++i;
    } else {
      ++good_multibyte;
      i += n;
    }
  }
  if (good_multibyte < bad) {
    std::string charset = GuessLegacyCharset(bytes);
    Result<std::string> text = Convert(bytes, charset.c_str());
    if (!text.ok()) return text.status();
    out.utf8 = std::move(*text);
    out.repair = "not UTF-8 (first invalid byte at " + std::to_string(first_bad) +
                 "); decoded as " + charset;
    return out;
  }

  out.utf8.reserve(bytes.size());
  size_t replaced = 0;
  for (size_t i = 0; i < bytes.size();) {
    size_t n = static_cast<unsigned char>(bytes[i]) < 0x80 ? 1 : Utf8SequenceLength(bytes, i);
    if (n == 0) {
      out.utf8 += "\xEF\xBF\xBD";  // U+FFFD
      ++replaced;
      ++i;
      while (i < bytes.size() && (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80) ++i;
    } else {
      out.utf8.append(bytes.substr(i, n));
      i += n;
    }
  }
  out.repair = "invalid UTF-8 at byte " + std::to_string(first_bad) + " (" +
               std::to_string(replaced) + " sequence" + (replaced == 1 ? "" : "s") +
               ") replaced with U+FFFD";
  return out;
}

}  // namespace kg
