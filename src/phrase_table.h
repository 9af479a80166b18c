// PhraseTable: multi-word phrase matching over a Document's tokens, the one
// matcher behind lexicon names, role titles, relation triggers and cue words.
//
// Phrases are tokenised with the same ICU word breaker as articles and
// folded the same way, so a phrase matches exactly where its words occur.
// The first word may carry proclitics in the text (و ف ب ل ك, «لل»); a
// phrase whose last word ends in '*' matches any word starting so
// (تحالف* matches تحالفهما, تحالفات).
#ifndef KG_SRC_PHRASE_TABLE_H_
#define KG_SRC_PHRASE_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/segment.h"

namespace kg {

// The folded words of a phrase, cut by ICU like article text.
std::vector<std::u32string> PhraseWords(std::string_view utf8);

class PhraseTable {
 public:
  struct Match {
    uint32_t token_begin = 0, token_end = 0;  // tokens [begin, end)
    int32_t payload = 0;
    CliticReading reading;  // how the first token was read
  };

  // Adds `phrase` (UTF-8). Returns false when it has no words.
  bool Add(std::string_view phrase, int32_t payload);
  bool Add(const std::vector<std::u32string>& words, bool last_is_prefix, int32_t payload);

  // Every phrase starting at token `begin` and ending before token `limit`,
  // longest first; for one length, whole-word readings before stripped ones.
  void MatchAt(const Document& doc, uint32_t begin, uint32_t limit, std::vector<Match>* out) const;

  // Same for a single folded word outside a document.
  void MatchWord(std::u32string_view word, std::vector<int32_t>* payloads) const;

  bool empty() const { return exact_.empty() && prefix_.empty(); }

  // Words are compared after this transform (NameKey for the
  // transliteration-variant table); set before adding phrases.
  using WordTransform = std::u32string (*)(std::u32string_view);
  void set_word_transform(WordTransform transform) { transform_ = transform; }

 private:
  static constexpr char32_t kSeparator = U'\x1F';
  void Lookup(const std::u32string& key, uint32_t words,
              std::vector<std::pair<uint32_t, int32_t>>* hits) const;

  std::unordered_map<std::u32string, std::vector<int32_t>> exact_;
  // Key: earlier words + separator + prefix of the last word.
  std::unordered_map<std::u32string, std::vector<int32_t>> prefix_;
  std::unordered_set<std::u32string> continues_;  // keys a longer phrase extends
  std::vector<uint8_t> prefix_lengths_;           // lengths of last-word prefixes in use
  uint32_t max_words_ = 0;
  WordTransform transform_ = nullptr;
};

}  // namespace kg

#endif  // KG_SRC_PHRASE_TABLE_H_
