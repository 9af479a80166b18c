// Segment stage: an article becomes a Document — its code points, their
// matching fold, lines marked as content or page furniture, sentences and
// tokens (ICU BreakIterator), each with exact code-point offsets into the
// article text — plus the clitic analysis every later stage matches with.
#ifndef KG_SEGMENT_H_
#define KG_SEGMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kg/furniture.h"
#include "kg/normalize.h"
#include "kg/reader.h"

namespace kg {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t start = 0, end = 0;            // original code points [start, end)
  uint32_t fold_start = 0, fold_end = 0;  // span of Document::folded.chars
  TokenKind kind = TokenKind::kWord;
};

struct Sentence {
  uint32_t start = 0, end = 0;              // original code points, trailing space trimmed
  uint32_t token_begin = 0, token_end = 0;  // tokens [token_begin, token_end)
};

struct Document {
  std::string id;
  std::u32string text;  // the article text as code points: offsets index this
  FoldedText folded;
  std::vector<Token> tokens;        // content tokens only (furniture excluded)
  std::vector<Sentence> sentences;  // content sentences only
  PageLayout layout;                // lines, furniture, title, date

  std::u32string_view Fold(const Token& t) const {
    return std::u32string_view(folded.chars).substr(t.fold_start, t.fold_end - t.fold_start);
  }
  std::u32string_view Surface(uint32_t start, uint32_t end) const {
    return std::u32string_view(text).substr(start, end - start);
  }
  std::string SurfaceUtf8(uint32_t start, uint32_t end) const {
    return ToUtf8(Surface(start, end));
  }
};

// Builds the Document of an article. Never fails: text the read stage let
// through is segmented as it is; an article that is only furniture yields a
// Document without sentences.
Document SegmentArticle(const Article& article, const FurnitureRules& rules);

// One reading of a word behind its proclitics: strip `strip` leading folded
// characters; when `restore_alef`, the stripped ل was the preposition of
// «لل» (ل + ال) and the stem is "ا" + word.substr(strip).
struct CliticReading {
  uint8_t strip = 0;
  bool restore_alef = false;
};

// The readings of a folded word, the whole word first: conjunction و/ف,
// then preposition ب/ل/ك, with «لل» read as ل + ال. A stem is never shorter
// than two letters, so بلينكن, لاوس or وانغ are also kept whole; which
// reading is right is decided by the caller (lexicon, dictionary, context).
int CliticReadings(std::u32string_view folded_word, CliticReading out[6]);

// The stem of a reading.
std::u32string ApplyReading(std::u32string_view folded_word, CliticReading reading);

// Strips a possessive/object pronoun suffix (ه ها هما هم هن نا ك كم) when
// at least three letters remain: نظيره → نظير, تحالفهما → تحالف.
std::u32string_view StripEnclitic(std::u32string_view folded_word);

}  // namespace kg

#endif  // KG_SEGMENT_H_
