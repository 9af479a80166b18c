// Resolve stage: which entity each mention refers to, inside one article.
//
// Lexicon mentions are their entry; institutions carry a derived id; other
// names are merged by their transliteration key (هيجسيث = هيغسيث), a surname
// alone joins the full name it ends (كويزومي → شينجيرو كويزومي), and a
// description (نظيره الأمريكي، وزير الدفاع الأمريكي) joins the person named
// in the article with that role for that country. Entities that are not in
// the lexicon get a stable id derived from their name key and type, and an
// English label romanised with ICU's Arabic-Latin transliterator.
#ifndef KG_RESOLVE_H_
#define KG_RESOLVE_H_

#include <string>
#include <vector>

#include "kg/lexicon.h"
#include "kg/mentions.h"
#include "kg/segment.h"

namespace kg {

struct Entity {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name_ar;   // preferred Arabic name
  std::string label_en;  // English label
  std::string qid;       // Wikidata, when the lexicon knows it
  int32_t entry = -1;    // lexicon entry, -1 when none
  std::string name_key;  // UTF-8 NameKey of unknown names (cross-article merging)
};

// Sets Mention::entity for every mention it resolves and returns the
// article's entities; mentions it cannot resolve (a description with no
// matching person) are removed. Never fails.
std::vector<Entity> ResolveMentions(const Document& doc, const Lexicon& lexicon,
                                    const MentionRules& rules, std::vector<Mention>* mentions);

// The `n` countries most in view before code point `position`: the most
// mentioned so far, ties going to the most recent. What «البلدين» and a dual
// pronoun («تحالفهما») stand for in news prose, which keeps returning to
// the two or three countries an article is about. Mentions must be sorted
// and resolved; fewer than `n` are returned when fewer are in view.
std::vector<int32_t> CountriesInView(const std::vector<Mention>& mentions, uint32_t position,
                                     size_t n);

// "person:" + a slug of the romanised name key: the id of an entity the
// lexicon does not know. Same name key and type, same id.
std::string DerivedEntityId(std::string_view id_prefix, std::u32string_view name_key);

// Readable Latin form of an Arabic name (ICU Arabic-Latin, ASCII, title case).
std::string Romanise(std::string_view arabic);

}  // namespace kg

#endif  // KG_RESOLVE_H_
