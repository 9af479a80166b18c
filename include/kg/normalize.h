// Normalise stage: the matching form of Arabic text, with offsets kept.
//
// The original text is never changed. FoldForMatching builds a second string
// for comparison (NFKC, no tatweel or diacritics, one alef, ى→ي, ة→ه, ؤ→و,
// ئ→ي, ASCII digits, one kind of quote and dash, Latin case-folded) and
// records, for every folded character, the code point of the original it came
// from, so any span found in the folded text maps back to exact code-point
// offsets in the original.
//
// NameKey goes further, for foreign names only: it folds the letters Arabic
// writers use interchangeably for one foreign sound (ج/غ/ق/گ for g, ط/ت,
// ص/س …) and drops long vowels after the first letter, so that هيجسيث and
// هيغسيث, أميركا and أمريكا, روت and روتي compare equal. It is never applied
// to ordinary words.
#ifndef KG_NORMALIZE_H_
#define KG_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// UTF-8 <-> code points. Invalid UTF-8 becomes U+FFFD (the read stage has
// already reported it).
std::u32string ToCodePoints(std::string_view utf8);
std::string ToUtf8(std::u32string_view code_points);

struct FoldedText {
  std::u32string chars;
  // source[i] is the original code point index chars[i] came from;
  // source[chars.size()] is the original length, so a folded span [a, b)
  // maps to the original span [source[a], source[b - 1] + 1).
  std::vector<uint32_t> source;

  uint32_t OriginalStart(size_t folded_index) const { return source[folded_index]; }
  uint32_t OriginalEnd(size_t folded_end) const {
    return folded_end == 0 ? 0 : source[folded_end - 1] + 1;
  }
};

FoldedText FoldForMatching(std::u32string_view original);

// The same fold without the offset map, for data files and queries.
std::u32string FoldWord(std::u32string_view text);
std::u32string FoldUtf8(std::string_view utf8);

// Transliteration-variant key of a folded name (one or more words).
std::u32string NameKey(std::u32string_view folded);

// Character classes on folded text.
bool IsArabicLetter(char32_t c);
bool IsWordChar(char32_t c);  // letter or digit of any script

}  // namespace kg

#endif  // KG_NORMALIZE_H_
