// Hash-based phrase matching: a phrase is stored under the folded words
// joined by a separator; every proper prefix of a stored phrase is kept in
// continues_, so extending a candidate stops as soon as no phrase can match.
#include "phrase_table.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace kg {

std::vector<std::u32string> PhraseWords(std::string_view utf8) {
  // The same ICU word breaker as SegmentArticle, so phrases and articles are
  // cut alike.
  std::u32string text = ToCodePoints(utf8);
  UErrorCode status = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("ar"), status));
  icu::UnicodeString utf16 = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
  words->setText(utf16);
  std::vector<std::u32string> out;
  int32_t a16 = words->first();
  for (int32_t b16 = words->next(); b16 != icu::BreakIterator::DONE;
       a16 = b16, b16 = words->next()) {
    icu::UnicodeString piece(utf16, a16, b16 - a16);
    std::string piece8;
    piece.toUTF8String(piece8);
    std::u32string folded = FoldUtf8(piece8);
    bool space = std::all_of(folded.begin(), folded.end(),
                             [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n'; });
    if (!folded.empty() && !space) out.push_back(std::move(folded));
  }
  return out;
}

bool PhraseTable::Add(std::string_view phrase, int32_t payload) {
  bool prefix = !phrase.empty() && phrase.back() == '*';
  if (prefix) phrase.remove_suffix(1);
  return Add(PhraseWords(phrase), prefix, payload);
}

bool PhraseTable::Add(const std::vector<std::u32string>& words, bool last_is_prefix,
                      int32_t payload) {
  if (words.empty()) return false;
  std::u32string key;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) {
      continues_.insert(key);
      key.push_back(kSeparator);
    }
    key += transform_ ? transform_(words[i]) : words[i];
  }
  if (last_is_prefix && !words.back().empty() && words.back().back() == U'ه') {
    // A ta marbuta (folded to ه) is written ت before a suffix: زيارة* must
    // match زيارته and زيارتها as well as زيارات.
    std::vector<std::u32string> with_t = words;
    with_t.back().back() = U'ت';
    Add(with_t, true, payload);
  }
  if (last_is_prefix) {
    auto length = static_cast<uint8_t>(std::min<size_t>(words.back().size(), 255));
    if (std::find(prefix_lengths_.begin(), prefix_lengths_.end(), length) ==
        prefix_lengths_.end()) {
      prefix_lengths_.push_back(length);
      std::sort(prefix_lengths_.begin(), prefix_lengths_.end());
    }
    prefix_[key].push_back(payload);
  } else {
    exact_[key].push_back(payload);
  }
  max_words_ = std::max<uint32_t>(max_words_, static_cast<uint32_t>(words.size()));
  return true;
}

void PhraseTable::Lookup(const std::u32string& key, uint32_t words,
                         std::vector<std::pair<uint32_t, int32_t>>* hits) const {
  if (auto it = exact_.find(key); it != exact_.end()) {
    for (int32_t p : it->second) hits->emplace_back(words, p);
  }
  if (prefix_.empty()) return;
  size_t last = key.rfind(kSeparator);
  size_t last_start = last == std::u32string::npos ? 0 : last + 1;
  size_t last_length = key.size() - last_start;
  // Longer prefixes first: نظيري* is more specific than نظير*.
  for (auto it_length = prefix_lengths_.rbegin(); it_length != prefix_lengths_.rend();
       ++it_length) {
    uint8_t length = *it_length;
    if (length > last_length) continue;
    auto it = prefix_.find(key.substr(0, last_start + length));
    if (it != prefix_.end()) {
      for (int32_t p : it->second) hits->emplace_back(words, p);
    }
  }
}

void PhraseTable::MatchAt(const Document& doc, uint32_t begin, uint32_t limit,
                          std::vector<Match>* out) const {
  out->clear();
  if (begin >= limit || empty()) return;
  std::u32string_view first = doc.Fold(doc.tokens[begin]);
  CliticReading readings[6];
  int n = CliticReadings(first, readings);
  std::vector<std::pair<uint32_t, int32_t>> hits;
  std::u32string key;
  for (int r = 0; r < n; ++r) {
    key = ApplyReading(first, readings[r]);
    if (transform_) key = transform_(key);
    for (uint32_t words = 1; words <= max_words_ && begin + words <= limit; ++words) {
      if (words > 1) {
        key.push_back(kSeparator);
        std::u32string_view word = doc.Fold(doc.tokens[begin + words - 1]);
        key += transform_ ? transform_(word) : std::u32string(word);
      }
      hits.clear();
      Lookup(key, words, &hits);
      for (auto [length, payload] : hits) {
        out->push_back({begin, begin + length, payload, readings[r]});
      }
      if (!continues_.count(key)) break;
    }
  }
  std::stable_sort(out->begin(), out->end(),
                   [](const Match& a, const Match& b) { return a.token_end > b.token_end; });
}

void PhraseTable::MatchWord(std::u32string_view word, std::vector<int32_t>* payloads) const {
  payloads->clear();
  std::vector<std::pair<uint32_t, int32_t>> hits;
  Lookup(transform_ ? transform_(word) : std::u32string(word), 1, &hits);
  for (auto [length, payload] : hits) payloads->push_back(payload);
}

}  // namespace kg
