// Internal state of MentionRules: the phrase tables built from the role,
// word-class and institution data files, and the hunspell dictionary.
#ifndef KG_SRC_MENTION_RULES_H_
#define KG_SRC_MENTION_RULES_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/mentions.h"
#include "phrase_table.h"

namespace kg {

struct Institution {
  std::string en;
  std::string slug;
  bool feminine = false;
};

struct TypeCue {
  EntityType type = EntityType::kPlace;
  bool include = false;
  bool needs_number = false;   // «القرار 2216»
  PhraseTable required_words;  // one of these must follow within two words (empty: none)
};

// Which Arabic words the dictionary knows. Hunspell is not thread-safe, so
// each thread opens its own handle (and keeps its own cache of answers).
class Dictionary {
 public:
  explicit Dictionary(std::string aff_path, std::string dic_path)
      : aff_(std::move(aff_path)), dic_(std::move(dic_path)) {}
  // True when hunspell accepts the word (its original spelling, marks
  // removed). Non-Arabic words count as unknown.
  bool Knows(std::u32string_view word) const;

 private:
  static std::vector<std::u32string> Spellings(std::u32string_view word);
  std::string aff_, dic_;
};

struct MentionRules::Impl {
  std::vector<Role> roles;
  PhraseTable role_table;      // payload: index into roles
  PhraseTable modifier_table;  // payload unused
  std::vector<Institution> institutions;
  PhraseTable institution_table;  // payload: index into institutions
  std::vector<TypeCue> cues;
  PhraseTable cue_table;   // payload: index into cues
  PhraseTable references;  // البلدين، الدول الثلاث: payload = how many countries
  PhraseTable common_words;  // ordinary words hunspell does not know (ميليشيات، تغريدة)
  PhraseTable signing_verbs;  // «ووقعوا مذكرة»: a bare agreement head after these
  PhraseTable agreement_heads;
  std::unordered_set<std::u32string> stop_words;      // folded
  std::unordered_set<std::u32string> speech_verbs;    // folded
  std::unordered_set<std::u32string> location_preps;  // folded
  std::unordered_set<std::u32string> name_particles;  // folded
  std::unordered_set<std::u32string> given_names;     // folded
  std::unique_ptr<Dictionary> dictionary;

  // Whether a folded word (or its stem behind و/ف) is a stop word.
  bool IsStopWord(std::u32string_view folded) const;
};

}  // namespace kg

#endif  // KG_SRC_MENTION_RULES_H_
