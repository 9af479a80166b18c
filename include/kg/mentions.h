// Mentions stage: every span of an article that names, or stands for, an
// entity.
//
// Sources, in order of trust: lexicon names (longest match, clitics
// stripped, person names also by transliteration key) and nisba adjectives;
// institutions named by a country («وزارة الدفاع الأمريكية»); names
// introduced by a role title («وزير الدفاع الكوري الجنوبي شين وون-سيك»), with
// the role and its country or organisation; names after speech verbs and
// type cues («مدينة …», «حزب …»); and runs of words the Arabic dictionary
// (hunspell-ar) does not know, which in Arabic — a script without capitals —
// is the best sign of a transliterated foreign name.
#ifndef KG_MENTIONS_H_
#define KG_MENTIONS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "kg/lexicon.h"
#include "kg/ontology.h"
#include "kg/segment.h"
#include "kg/status.h"

namespace kg {

enum class RoleKind : uint8_t { kOffice, kMilitary, kRoyal, kHonorific, kJournalist, kCounterpart };

struct Role {
  std::string ar;
  std::string en;
  RoleKind kind = RoleKind::kOffice;
  bool plural = false;        // وزيرا/وزيري/وزراء: introduces several names
  bool takes_object = false;  // المتحدث باسم X
};

enum class MentionKind : uint8_t {
  kName,         // a lexicon name
  kShortName,    // a surname or acronym from the lexicon
  kNisba,        // an adjective of a country or region
  kInstitution,  // an institution named by its country
  kTitledName,   // an unknown name introduced by a role title
  kContextName,  // an unknown name found by a speech verb, a type cue or the dictionary
  kDescription,  // a role without a name standing for a person (نظيره الأمريكي)
  kReference,    // البلدين / الجانبين standing for two countries
};

std::string_view MentionKindName(MentionKind kind);

struct Mention {
  uint32_t start = 0, end = 0;  // code points of the surface form
  uint32_t token_begin = 0, token_end = 0;
  uint32_t sentence = 0;
  EntityType type = EntityType::kPerson;
  MentionKind kind = MentionKind::kName;
  int32_t entry = -1;    // lexicon entry, -1 for names the lexicon does not know
  std::string name;      // unknown names: the name without clitics (UTF-8)
  std::string id;        // institutions: the derived entity id
  std::string label_en;  // institutions: the derived English label
  // The role a person was introduced with, and the mention of the country or
  // organisation it is held in (-1 when none is named).
  int32_t role = -1;
  std::string role_text;
  int32_t role_of = -1;
  bool capital_as_country = false;  // a capital standing for its government
  bool counterpart = false;  // introduced as a counterpart: «نظيريهما … كاميكاوا»
  bool role_complement = false;  // the country or body of a role title («وزير الدفاع الأمريكي»)
  uint8_t referents = 0;     // kReference: how many countries it stands for (البلدين: 2)
  int32_t title_begin = -1;  // first token of the role title before the name, -1 if none
  float confidence = 1.0f;
  int32_t entity = -1;  // set by the resolve stage: index into the article's entities
  // Set by the resolve stage: the entity the role is held in — the role_of
  // mention's, or for a lexicon person titled without a country («وزير
  // الخارجية أنتوني بلينكن»), the one of the lexicon office with that role.
  int32_t role_of_entity = -1;
};

class MentionRules {
 public:
  // Loads data/roles.json, data/words.json and data/institutions.json under
  // `home` (each validated by its schema) and opens the hunspell Arabic
  // dictionary (KG_HUNSPELL_DIR or /usr/share/hunspell). Fails naming the
  // file; a missing dictionary is an error that names the Debian package.
  static Result<MentionRules> Load(const std::string& home);

  const std::vector<Role>& roles() const;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::shared_ptr<const Impl> impl_;
};

// Finds the mentions of one document, sorted by start. Never fails.
std::vector<Mention> FindMentions(const Document& doc, const Lexicon& lexicon,
                                  const MentionRules& rules);

}  // namespace kg

#endif  // KG_MENTIONS_H_
