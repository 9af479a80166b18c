// Clitic readings of Arabic words. Arabic writes conjunctions (و ف),
// prepositions (ب ل ك) and the article (ال) joined to the next word, and
// possessive pronouns joined to the end; matching a name or a trigger means
// trying the word with and without them. The readings are candidates only —
// the caller decides which one a lexicon, the dictionary or context confirms.
#include "kg/segment.h"

namespace kg {
namespace {

constexpr size_t kMinStem = 2;

bool IsConjunction(char32_t c) { return c == U'و' || c == U'ف'; }
bool IsPreposition(char32_t c) { return c == U'ب' || c == U'ل' || c == U'ك'; }

}  // namespace

int CliticReadings(std::u32string_view w, CliticReading out[6]) {
  int n = 0;
  out[n++] = {0, false};
  for (uint8_t conj = 0; conj <= 1; ++conj) {
    if (conj == 1) {
      if (w.size() < 1 + kMinStem || !IsConjunction(w[0])) break;
      out[n++] = {1, false};
    }
    if (w.size() < conj + 1u + kMinStem || !IsPreposition(w[conj])) continue;
    if (w[conj] == U'ل' && w[conj + 1] == U'ل' && w.size() >= conj + 2u + kMinStem - 1) {
      // «لل»: the preposition ل on a word with the article; the article's
      // alef is not written (لليابان = ل + اليابان).
      out[n++] = {static_cast<uint8_t>(conj + 1), true};
    } else {
      out[n++] = {static_cast<uint8_t>(conj + 1), false};
    }
  }
  return n;
}

std::u32string ApplyReading(std::u32string_view w, CliticReading r) {
  std::u32string stem;
  if (r.restore_alef) stem.push_back(U'ا');
  stem.append(w.substr(r.strip));
  return stem;
}

std::u32string_view StripEnclitic(std::u32string_view w) {
  static constexpr std::u32string_view kSuffixes[] = {U"هما", U"كما", U"هم", U"هن", U"ها",
                                                      U"نا",  U"كم",  U"ه",  U"ك"};
  for (std::u32string_view s : kSuffixes) {
    if (w.size() >= s.size() + 3 && w.substr(w.size() - s.size()) == s) {
      return w.substr(0, w.size() - s.size());
    }
  }
  return w;
}

}  // namespace kg
