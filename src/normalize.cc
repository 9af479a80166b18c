// The matching fold is a per-code-point table built once from ICU's
// NFKC_Casefold normaliser plus the Arabic rules ICU does not have (alef
// variants, ta marbuta, hamza carriers, tatweel). Folding a text is then one
// table lookup per code point, which keeps this stage off the profile.
#include "kg/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>
#include <mutex>

namespace kg {
namespace {

bool IsArabicMark(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640 /* tatweel */;
}

// The Arabic-specific part of the fold, applied after NFKC.
char32_t FoldArabicLetter(char32_t c) {
  switch (c) {
    case U'أ':
    case U'إ':
    case U'آ':
    case U'ٱ':
      return U'ا';
    case U'ى':
    case U'ی':
      return U'ي';
    case U'ة':
      return U'ه';
    case U'ؤ':
      return U'و';
    case U'ئ':
      return U'ي';
    case U'ک':
    case U'گ':
      return U'ك';
    case U'“':
    case U'”':
    case U'„':
    case U'«':
    case U'»':
    case U'″':
      return U'"';
    case U'‘':
    case U'’':
    case U'‚':
    case U'′':
      return U'\'';
    case U'–':
    case U'—':
    case U'‒':
    case U'―':
    case U'−':
      return U'-';
    default:
      break;
  }
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
  return c;
}

// Fold of every BMP code point: up to kMaxFold characters each.
constexpr int kMaxFold = 4;
struct FoldEntry {
  uint8_t length;
  std::array<char16_t, kMaxFold> chars;
};

class FoldTable {
 public:
  FoldTable() : entries_(0x10000) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    for (char32_t c = 0; c < 0x10000; ++c) {
      FoldEntry& e = entries_[c];
      if (c >= 0xD800 && c <= 0xDFFF) {
        e = {1, {static_cast<char16_t>(c)}};
        continue;
      }
      if (c < 0x80) {
        char32_t lower = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        e = {1, {static_cast<char16_t>(lower)}};
        continue;
      }
      if (IsArabicMark(c) || c == 0x00AD) {
        e.length = 0;
        continue;
      }
      icu::UnicodeString folded;
      bool arabic_letter = c >= 0x0621 && c <= 0x064A;
      if (arabic_letter || U_FAILURE(status)) {
        folded = icu::UnicodeString(static_cast<UChar32>(c));
      } else {
        UErrorCode s = U_ZERO_ERROR;
        folded = nfkc_cf->normalize(icu::UnicodeString(static_cast<UChar32>(c)), s);
        if (U_FAILURE(s)) folded = icu::UnicodeString(static_cast<UChar32>(c));
      }
      e.length = 0;
      for (int32_t i = 0; i < folded.length() && e.length < kMaxFold; ++i) {
        char32_t f = folded.charAt(i);
        if (IsArabicMark(f)) continue;
        // Spaces of every width become one ASCII space.
        if (u_isUWhiteSpace(f) && f != '\n' && f != '\r') f = ' ';
        e.chars[e.length++] = static_cast<char16_t>(FoldArabicLetter(f));
      }
    }
  }
  const FoldEntry& operator[](char32_t c) const { return entries_[c]; }

 private:
  std::vector<FoldEntry> entries_;
};

const FoldTable& Table() {
  static const FoldTable table;
  return table;
}

template <typename Emit>
void FoldInto(std::u32string_view text, Emit emit) {
  const FoldTable& table = Table();
  for (uint32_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c >= 0x10000) {
      emit(c, i);
      continue;
    }
    const FoldEntry& e = table[c];
    for (int k = 0; k < e.length; ++k) emit(static_cast<char32_t>(e.chars[k]), i);
  }
}

// Letter classes of NameKey.
char32_t NameLetter(char32_t c) {
  switch (c) {
    case U'غ':
    case U'ق':
    case U'گ':
      return U'ج';
    case U'ڤ':
      return U'ف';
    case U'پ':
      return U'ب';
    case U'چ':
      return U'ج';
    case U'ط':
      return U'ت';
    case U'ص':
      return U'س';
    case U'ض':
      return U'د';
    case U'ظ':
    case U'ذ':
      return U'ز';
    case U'ث':
      return U'س';
    case U'-':
      return U' ';
    default:
      return c;
  }
}

bool IsLongVowel(char32_t c) {
  return c == U'ا' || c == U'و' || c == U'ي' || c == U'ه' || c == U'ء';
}

}  // namespace

std::u32string ToCodePoints(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT_OR_FFFD(s, i, length, c);
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

std::string ToUtf8(std::u32string_view code_points) {
  std::string out;
  out.reserve(code_points.size() * 2);
  for (char32_t c : code_points) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

FoldedText FoldForMatching(std::u32string_view original) {
  FoldedText out;
  out.chars.reserve(original.size());
  out.source.reserve(original.size() + 1);
  FoldInto(original, [&](char32_t c, uint32_t i) {
    out.chars.push_back(c);
    out.source.push_back(i);
  });
  out.source.push_back(static_cast<uint32_t>(original.size()));
  return out;
}

std::u32string FoldWord(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  FoldInto(text, [&](char32_t c, uint32_t) { out.push_back(c); });
  return out;
}

std::u32string FoldUtf8(std::string_view utf8) { return FoldWord(ToCodePoints(utf8)); }

std::u32string NameKey(std::u32string_view folded) {
  std::u32string out;
  out.reserve(folded.size());
  bool word_start = true;
  for (char32_t raw : folded) {
    char32_t c = NameLetter(raw);
    if (c == U' ') {
      if (!out.empty() && out.back() != U' ') out.push_back(U' ');
      word_start = true;
      continue;
    }
    if (!word_start && IsLongVowel(c)) continue;
    if (!word_start && !out.empty() && out.back() == c) continue;  // doubled letter
    out.push_back(c);
    word_start = false;
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  return out;
}

bool IsArabicLetter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 ||
         (c >= 0x06FA && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F);
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (IsArabicLetter(c)) return true;
  return u_isalnum(static_cast<UChar32>(c));
}

}  // namespace kg
