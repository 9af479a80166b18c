// Normalise stage: the matching fold, its offset map, and NameKey.
#include "kg/normalize.h"

#include <doctest/doctest.h>

namespace kg {
namespace {

TEST_CASE("FoldWord folds Arabic letter variants, marks, digits and punctuation") {
  struct Case {
    const char* input;
    const char* expected;
  };
  const Case cases[] = {
      {"أإآٱا", "ااااا"},
      {"مستشفى", "مستشفي"},
      {"الولايات المتحدة", "الولايات المتحده"},
      {"مؤتمر", "موتمر"},
      {"رئيس", "رييس"},
      {"عمــر أحمــد ســامي", "عمر احمد سامي"},  // tatweel (seed 000's masthead)
      {"رَاسِخًا", "راسخا"},                        // harakat
      {"٢٠٢٤ / ٠٥", "2024 / 05"},                // Arabic-Indic digits
      {"۱۴۰۳", "1403"},                          // Persian digits
      {"“صريحة” «قال» ‘x’", "\"صريحه\" \"قال\" 'x'"},
      {"اليابان–الولايات—x", "اليابان-الولايات-x"},
      {"Rutte NATO", "rutte nato"},
      {"ﻻ ﷲ", "لا الله"},  // presentation forms (NFKC)
      {"گوگل کابل", "كوكل كابل"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(ToUtf8(FoldUtf8(c.input)) == c.expected);
  }
}

TEST_CASE("FoldForMatching maps every folded character back to the original") {
  const std::u32string original = ToCodePoints("قال عمــر: «أُكِّدَ» ٢٠٢٤");
  FoldedText f = FoldForMatching(original);
  REQUIRE(f.source.size() == f.chars.size() + 1);
  for (size_t i = 0; i < f.chars.size(); ++i) CHECK(f.source[i] < original.size());
  // The folded word "اكد" spans the original «أُكِّدَ» exactly (with its marks).
  std::u32string folded = f.chars;
  size_t at = folded.find(U"اكد");
  REQUIRE(at != std::u32string::npos);
  uint32_t start = f.OriginalStart(at), end = f.OriginalEnd(at + 3);
  CHECK(ToUtf8(original.substr(start, end - start)) == "أُكِّد");
}

TEST_CASE("NameKey makes transliteration variants of one name equal") {
  const std::pair<const char*, const char*> same[] = {
      {"هيجسيث", "هيغسيث"},
      {"جرينلاند", "غرينلاند"},
      {"أميركا", "أمريكا"},
      {"روت", "روتي"},
      {"روته", "روتي"},
      {"ترامب", "ترمب"},
      {"شين وون-سيك", "شين وون سيك"},
      {"أنطونيو", "انتونيو"},
      {"كيم جونغ أون", "كيم جونج اون"},
      {"بومبيو", "بومبيوو"},
  };
  for (auto [a, b] : same) {
    CAPTURE(a);
    CAPTURE(b);
    CHECK(NameKey(FoldUtf8(a)) == NameKey(FoldUtf8(b)));
  }
  const std::pair<const char*, const char*> different[] = {
      {"بايدن", "بوتين"},
      {"كيهارا", "كاميكاوا"},
      {"لاوس", "لبنان"},
      {"كيم", "كيشيدا"},
  };
  for (auto [a, b] : different) {
    CAPTURE(a);
    CHECK(NameKey(FoldUtf8(a)) != NameKey(FoldUtf8(b)));
  }
}

TEST_CASE("UTF-8 conversion round-trips and replaces invalid bytes") {
  const std::string text = "اليابان 🇯🇵 Japan";
  CHECK(ToUtf8(ToCodePoints(text)) == text);
  CHECK(ToCodePoints("a\xFF"
                     "b") == U"a\uFFFDb");
}

}  // namespace
}  // namespace kg
