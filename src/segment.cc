// Sentences and tokens with ICU BreakIterator. ICU works on UTF-16, kg's
// offsets are code points; the two agree except after a supplementary
// character, so a UTF-16 → code-point map is built only for texts that
// contain one.
#include "kg/segment.h"

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>
#include <unicode/unistr.h>

#include <memory>

namespace kg {
namespace {

// BreakIterator construction is expensive; each thread clones a prototype once.
icu::BreakIterator* ThreadIterator(bool sentences) {
  struct Iterators {
    std::unique_ptr<icu::BreakIterator> sentence, word;
    Iterators() {
      UErrorCode status = U_ZERO_ERROR;
      sentence.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
      status = U_ZERO_ERROR;
      word.reset(icu::BreakIterator::createWordInstance(icu::Locale("ar"), status));
    }
  };
  thread_local Iterators iterators;
  return sentences ? iterators.sentence.get() : iterators.word.get();
}

class Utf16Map {
 public:
  explicit Utf16Map(const icu::UnicodeString& s) {
    if (s.length() == s.countChar32()) return;
    map_.resize(s.length() + 1);
    uint32_t cp = 0;
    for (int32_t i = 0; i < s.length(); ++i) {
      map_[i] = cp;
      if (!U16_IS_LEAD(s.charAt(i)) || i + 1 >= s.length() || !U16_IS_TRAIL(s.charAt(i + 1))) ++cp;
    }
    map_[s.length()] = cp;
  }
  uint32_t operator()(int32_t u16) const { return map_.empty() ? u16 : map_[u16]; }

 private:
  std::vector<uint32_t> map_;
};

bool IsSpace(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x200F ||
         c == 0x200E || c == 0x200B || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

// An initial ("س. جايشانكار") ends with a period ICU takes for a full stop.
bool EndsWithInitial(std::u32string_view text, uint32_t start, uint32_t end) {
  while (end > start && IsSpace(text[end - 1])) --end;
  if (end - start < 2 || text[end - 1] != U'.') return false;
  uint32_t letter = end - 2;
  return IsWordChar(text[letter]) && (letter == start || !IsWordChar(text[letter - 1]));
}

}  // namespace

Document SegmentArticle(const Article& article, const FurnitureRules& rules) {
  Document doc;
  doc.id = article.id;
  doc.text = ToCodePoints(article.text);
  doc.folded = FoldForMatching(doc.text);
  doc.layout = AnalyseLayout(article, doc.text, rules);

  // Content mask per code point: furniture lines are cut out.
  std::vector<bool> content(doc.text.size() + 1, false);
  for (const Line& line : doc.layout.lines) {
    if (!line.furniture.empty()) continue;
    for (uint32_t i = line.start; i < line.end; ++i) content[i] = true;
  }

  // Original index -> first folded index at or after it.
  std::vector<uint32_t> fold_at(doc.text.size() + 1);
  {
    uint32_t f = 0;
    for (uint32_t i = 0; i <= doc.text.size(); ++i) {
      while (f < doc.folded.chars.size() && doc.folded.source[f] < i) ++f;
      fold_at[i] = f;
    }
  }

  icu::UnicodeString utf16 = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(doc.text.data()), static_cast<int32_t>(doc.text.size()));
  Utf16Map to_cp(utf16);

  icu::BreakIterator* words = ThreadIterator(false);
  words->setText(utf16);
  std::vector<Token> tokens;
  int32_t a = words->first();
  for (int32_t b = words->next(); b != icu::BreakIterator::DONE; a = b, b = words->next()) {
    uint32_t start = to_cp(a), end = to_cp(b);
    if (!content[start]) continue;
    bool all_space = true;
    for (uint32_t i = start; i < end && all_space; ++i) all_space = IsSpace(doc.text[i]);
    if (all_space) continue;
    Token t;
    t.start = start;
    t.end = end;
    t.fold_start = fold_at[start];
    t.fold_end = fold_at[end];
    if (t.fold_start == t.fold_end) continue;  // only marks or tatweel
    // Hashtags («#ميركل», «#قطاع_غزة») are words: the # is dropped and the
    // underscore separates them.
    if (end - start == 1 && doc.text[start] == U'#') continue;
    int32_t status = words->getRuleStatus();
    t.kind = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::kNumber
             : status >= UBRK_WORD_LETTER                                  ? TokenKind::kWord
                                                                           : TokenKind::kPunct;
    uint32_t piece = start;
    for (uint32_t i = start; i <= end; ++i) {
      if (i < end && doc.text[i] != U'_') continue;
      if (i > piece && fold_at[i] > fold_at[piece]) {
        Token part = t;
        part.start = piece;
        part.end = i;
        part.fold_start = fold_at[piece];
        part.fold_end = fold_at[i];
        tokens.push_back(part);
      }
      piece = i + 1;
    }
  }

  icu::BreakIterator* sentences = ThreadIterator(true);
  sentences->setText(utf16);
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  a = sentences->first();
  for (int32_t b = sentences->next(); b != icu::BreakIterator::DONE; a = b, b = sentences->next()) {
    uint32_t start = to_cp(a), end = to_cp(b);
    bool same_line =
        !spans.empty() &&
        doc.text.substr(spans.back().second, start - spans.back().second).find(U'\n') ==
            std::u32string::npos;
    if (same_line && EndsWithInitial(doc.text, spans.back().first, spans.back().second)) {
      spans.back().second = end;
      continue;
    }
    spans.emplace_back(start, end);
  }

  size_t next_token = 0;
  for (auto [start, end] : spans) {
    while (start < end && (IsSpace(doc.text[start]) || !content[start])) ++start;
    while (end > start && (IsSpace(doc.text[end - 1]) || !content[end - 1])) --end;
    if (start >= end) continue;
    Sentence s;
    s.start = start;
    s.end = end;
    while (next_token < tokens.size() && tokens[next_token].start < start) ++next_token;
    s.token_begin = static_cast<uint32_t>(next_token);
    while (next_token < tokens.size() && tokens[next_token].end <= end) ++next_token;
    s.token_end = static_cast<uint32_t>(next_token);
    if (s.token_begin == s.token_end) continue;
    doc.sentences.push_back(s);
  }
  doc.tokens = std::move(tokens);
  return doc;
}

}  // namespace kg
