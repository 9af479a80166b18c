// Coreference inside an article, in three steps: names (lexicon entries,
// institutions, unknown names by key, surnames by the full name they end),
// then descriptions (by role and country), then entity records.
#include "kg/resolve.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

#include "kg/normalize.h"
#include "mention_rules.h"
#include "phrase_table.h"

namespace kg {
namespace {

constexpr std::string_view kTypePrefix[] = {"person", "country", "org", "place", "agreement"};

std::u32string KeyOf(const std::string& name) { return NameKey(FoldUtf8(name)); }

std::u32string LastWord(const std::u32string& key) {
  size_t space = key.rfind(U' ');
  return space == std::u32string::npos ? key : key.substr(space + 1);
}

struct EntityTable {
  std::vector<Entity> entities;
  std::map<std::string, int32_t> by_id;

  int32_t Get(const std::string& id, EntityType type) {
    auto [it, inserted] = by_id.emplace(id, static_cast<int32_t>(entities.size()));
    if (inserted) {
      Entity e;
      e.id = id;
      e.type = type;
      entities.push_back(std::move(e));
    }
    return it->second;
  }
};

// A short stable hash of an article id, for entities local to one article.
std::string ArticleTag(const std::string& article) {
  uint32_t h = 2166136261u;
  for (unsigned char c : article) h = (h ^ c) * 16777619u;
  char buffer[9];
  std::snprintf(buffer, sizeof buffer, "%06x", h & 0xFFFFFF);
  return buffer;
}

// «نظيره الأمريكي»: a counterpart holds the role of the person compared
// with — the nearest earlier person introduced with an office.
void InheritCounterpartRoles(const std::vector<Role>& roles, std::vector<Mention>* mentions) {
  for (size_t i = 0; i < mentions->size(); ++i) {
    Mention& m = (*mentions)[i];
    if (m.type != EntityType::kPerson || m.role < 0 ||
        roles[m.role].kind != RoleKind::kCounterpart) {
      continue;
    }
    for (size_t j = i; j-- > 0;) {
      const Mention& p = (*mentions)[j];
      if (p.type != EntityType::kPerson || p.role < 0 ||
          roles[p.role].kind == RoleKind::kCounterpart || p.kind == MentionKind::kDescription) {
        continue;
      }
      m.role = p.role;
      if (m.kind != MentionKind::kDescription) m.role_text = roles[p.role].ar;
      break;
    }
  }
}

// «البلدين», «الدول الثلاث»: the reference becomes one mention per country
// in view, all on the same span; with fewer countries in view it is dropped.
void ExpandReferences(std::vector<Mention>* mentions) {
  std::vector<Mention> out;
  std::vector<int32_t> new_index(mentions->size(), -1);
  out.reserve(mentions->size());
  for (size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    if (m.kind != MentionKind::kReference) {
      new_index[i] = static_cast<int32_t>(out.size());
      out.push_back(m);
      continue;
    }
    std::vector<int32_t> countries = CountriesInView(*mentions, m.start, m.referents);
    if (countries.size() < m.referents) continue;
    std::sort(countries.begin(), countries.end());
    for (int32_t entity : countries) {
      Mention copy = m;
      copy.entity = entity;
      out.push_back(std::move(copy));
    }
  }
  for (Mention& m : out) {
    if (m.role_of >= 0) m.role_of = new_index[m.role_of];
  }
  *mentions = std::move(out);
}

// A generic agreement («اتفاقية الدفاع», «معاهدة الدفاع المشترك») is the
// lexicon's agreement on that topic between the two countries of its
// sentence (with one country named, the other is the article's main one);
// -1 when no single agreement fits.
int LinkAgreement(const Lexicon& lexicon, const std::vector<Mention>& mentions, const Mention& m) {
  std::vector<std::u32string> words = PhraseWords(m.name);
  if (words.size() < 2) return -1;
  std::vector<std::string> countries;
  for (const Mention& c : mentions) {
    if (c.sentence != m.sentence || c.type != EntityType::kCountry || c.entry < 0) continue;
    const std::string& id = lexicon.entries()[c.entry].id;
    if (std::find(countries.begin(), countries.end(), id) == countries.end())
      countries.push_back(id);
  }
  if (countries.size() == 1) {
    // The article's other main country: the most often named.
    std::map<std::string, int> counts;
    for (const Mention& c : mentions) {
      if (c.type == EntityType::kCountry && c.entry >= 0) ++counts[lexicon.entries()[c.entry].id];
    }
    counts.erase(countries[0]);
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& x, const auto& y) { return x.second < y.second; });
    if (best != counts.end()) countries.push_back(best->first);
  }
  std::vector<uint32_t> found;
  for (size_t a = 0; a < countries.size(); ++a) {
    for (size_t b = a + 1; b < countries.size(); ++b) {
      for (uint32_t e : lexicon.AgreementsAbout(words[1], countries[a], countries[b])) {
        if (std::find(found.begin(), found.end(), e) == found.end()) found.push_back(e);
      }
    }
  }
  return found.size() == 1 ? static_cast<int>(found.front()) : -1;
}

// Arabic role titles compared without article, gender or construct state:
// «وزيرة الخارجية» = «وزير خارجية».
std::u32string RoleKey(std::string_view role) {
  const std::u32string folded = FoldUtf8(role);
  std::u32string key;
  for (size_t i = 0; i < folded.size();) {
    size_t j = folded.find(U' ', i);
    if (j == std::u32string::npos) j = folded.size();
    std::u32string w = folded.substr(i, j - i);
    if (w.size() > 3 && (w[0] == U'و' || w[0] == U'ف') && w[1] != U'ا') w.erase(0, 1);
    if (w.size() > 3 && w.substr(0, 2) == U"ال") w.erase(0, 2);
    if (w.size() > 2 && w.back() == U'ه') w.pop_back();
    if (!key.empty()) key.push_back(U' ');
    key += w;
    i = j + 1;
  }
  return key;
}

void LinkAffiliations(const Lexicon& lexicon, const Document& doc, EntityTable* table,
                      std::vector<Mention>* mentions) {
  const std::string date = doc.layout.date.substr(0, 10);
  for (Mention& m : *mentions) {
    if (m.role_of >= 0) {
      m.role_of_entity = (*mentions)[m.role_of].entity;
      continue;
    }
    if (m.role < 0 || m.entry < 0 || m.type != EntityType::kPerson ||
        m.kind == MentionKind::kDescription) {
      continue;
    }
    const std::u32string wanted = RoleKey(m.role_text);
    const Office* best = nullptr;
    for (const Office& office : lexicon.entries()[m.entry].offices) {
      if (RoleKey(office.role) != wanted) continue;
      bool in_time = date.empty() || ((office.from.empty() || office.from <= date) &&
                                      (office.to.empty() || date <= office.to + "-99"));
      if (!best || in_time) best = &office;
      if (in_time) break;
    }
    if (!best) continue;
    const LexiconEntry* of = lexicon.Find(best->of);
    if (!of) continue;
    m.role_of_entity = table->Get(of->id, of->type);
  }
}

}  // namespace

std::vector<int32_t> CountriesInView(const std::vector<Mention>& mentions, uint32_t position,
                                     size_t n) {
  std::map<int32_t, std::pair<int, uint32_t>> seen;  // entity -> (count, last start)
  for (const Mention& m : mentions) {
    if (m.start >= position) break;
    if (m.type != EntityType::kCountry || m.kind == MentionKind::kReference || m.entity < 0)
      continue;
    auto& [count, last] = seen[m.entity];
    ++count;
    last = m.start;
  }
  std::vector<std::pair<std::pair<int, uint32_t>, int32_t>> ranked;
  for (const auto& [entity, score] : seen) ranked.push_back({score, entity});
  std::sort(ranked.begin(), ranked.end(), std::greater<>());
  std::vector<int32_t> out;
  for (size_t i = 0; i < ranked.size() && i < n; ++i) out.push_back(ranked[i].second);
  return out;
}

std::string Romanise(std::string_view arabic) {
  thread_local std::unique_ptr<icu::Transliterator> translit;
  if (!translit) {
    UErrorCode status = U_ZERO_ERROR;
    translit.reset(icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII; Title",
                                                       UTRANS_FORWARD, status));
    if (U_FAILURE(status)) translit.reset();
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(arabic.data(), static_cast<int32_t>(arabic.size())));
  if (translit) translit->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  std::string clean;
  for (char c : out) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '-') clean.push_back(c);
  }
  return clean;
}

std::string DerivedEntityId(std::string_view id_prefix, std::u32string_view name_key) {
  std::string latin = Romanise(ToUtf8(name_key));
  std::string slug;
  for (char c : latin) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      slug.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty()) slug = "unnamed";
  return std::string(id_prefix) + ":" + slug;
}

std::vector<Entity> ResolveMentions(const Document& doc, const Lexicon& lexicon,
                                    const MentionRules& rules, std::vector<Mention>* mentions) {
  EntityTable table;
  const auto& entries = lexicon.entries();
  InheritCounterpartRoles(rules.roles(), mentions);

  // Full names of unknown people seen in the article, by key, for surnames.
  std::map<std::u32string, std::u32string> full_name_of_last_word;
  for (const Mention& m : *mentions) {
    if (m.entry >= 0 || m.name.empty() || m.type != EntityType::kPerson) continue;
    std::u32string key = KeyOf(m.name);
    if (key.find(U' ') != std::u32string::npos) full_name_of_last_word.emplace(LastWord(key), key);
  }
  // Lexicon people in the article, by the key of each name's last word.
  std::map<std::u32string, int32_t> lexicon_person_by_last_word;
  for (const Mention& m : *mentions) {
    if (m.entry < 0 || m.type != EntityType::kPerson) continue;
    for (const std::string& name : entries[m.entry].names) {
      lexicon_person_by_last_word.emplace(LastWord(KeyOf(name)), m.entry);
    }
  }

  for (Mention& m : *mentions) {
    if (m.kind == MentionKind::kDescription || m.kind == MentionKind::kReference) continue;
    if (m.entry >= 0) {
      const LexiconEntry& e = entries[m.entry];
      m.entity = table.Get(e.id, e.type);
      continue;
    }
    if (!m.id.empty()) {
      m.entity = table.Get(m.id, m.type);
      Entity& e = table.entities[m.entity];
      if (e.label_en.empty()) e.label_en = m.label_en;
      continue;
    }
    std::u32string key = KeyOf(m.name);
    if (m.type == EntityType::kPerson) {
      // A lexicon person whose surname this is, or an unknown full name.
      if (key.find(U' ') == std::u32string::npos) {
        if (auto it = lexicon_person_by_last_word.find(key);
            it != lexicon_person_by_last_word.end()) {
          m.entry = it->second;
          m.entity = table.Get(entries[it->second].id, EntityType::kPerson);
          continue;
        }
        if (auto it = full_name_of_last_word.find(key); it != full_name_of_last_word.end())
          key = it->second;
      }
      std::vector<uint32_t> known = lexicon.LookupName(FoldUtf8(m.name));
      if (!known.empty() && entries[known.front()].type == m.type) {
        m.entry = static_cast<int32_t>(known.front());
        m.entity = table.Get(entries[known.front()].id, m.type);
        continue;
      }
    }
    if (m.type == EntityType::kAgreement) {
      if (int linked = LinkAgreement(lexicon, *mentions, m); linked >= 0) {
        m.entry = linked;
        m.entity = table.Get(entries[linked].id, EntityType::kAgreement);
        continue;
      }
    }
    std::string id = DerivedEntityId(kTypePrefix[static_cast<int>(m.type)], key);
    // An agreement known only from context («مذكرة», «اتفاقية دفاعية») is
    // this article's; the same words elsewhere are another agreement.
    if (m.type == EntityType::kAgreement) id += "-" + ArticleTag(doc.id);
    m.entity = table.Get(id, m.type);
    table.entities[m.entity].name_key = ToUtf8(key);
  }

  // Descriptions: the nearest earlier person with a role for the same
  // country or organisation (a later one when none precedes).
  const auto& roles = rules.roles();
  for (size_t i = 0; i < mentions->size(); ++i) {
    Mention& d = (*mentions)[i];
    if (d.kind != MentionKind::kDescription || d.role_of < 0) continue;
    int32_t country = (*mentions)[d.role_of].entity;
    const Role& role = roles[d.role];
    int32_t best = -1;
    long best_distance = 0;
    for (size_t j = 0; j < mentions->size(); ++j) {
      const Mention& p = (*mentions)[j];
      if (j == i || p.kind == MentionKind::kDescription || p.type != EntityType::kPerson ||
          p.entity < 0 || p.role < 0 || p.role_of < 0 || (*mentions)[p.role_of].entity != country) {
        continue;
      }
      const Role& other = roles[p.role];
      bool compatible = role.kind == RoleKind::kCounterpart || role.en == other.en ||
                        (role.en == "Minister" && other.en.find("Minister") != std::string::npos);
      if (!compatible) continue;
      long distance = static_cast<long>(d.start) - static_cast<long>(p.start);
      if (distance < 0) distance = 1000000 - distance;  // prefer earlier mentions
      if (best < 0 || distance < best_distance) {
        best = p.entity;
        best_distance = distance;
      }
    }
    d.entity = best;
  }
  ExpandReferences(mentions);
  LinkAffiliations(lexicon, doc, &table, mentions);

  // Drop unresolved descriptions, keeping role_of pointing at the same mentions.
  std::vector<int32_t> new_index(mentions->size(), -1);
  std::vector<Mention> kept;
  for (size_t i = 0; i < mentions->size(); ++i) {
    if ((*mentions)[i].entity < 0) continue;
    new_index[i] = static_cast<int32_t>(kept.size());
    kept.push_back(std::move((*mentions)[i]));
  }
  for (Mention& m : kept) {
    if (m.role_of >= 0) m.role_of = new_index[m.role_of];
  }
  *mentions = std::move(kept);

  // Entity records: lexicon labels, or the most frequent surface form.
  std::map<int32_t, std::map<std::string, int>> surfaces;
  for (const Mention& m : *mentions) {
    if (m.kind == MentionKind::kName || m.kind == MentionKind::kTitledName ||
        m.kind == MentionKind::kContextName || m.kind == MentionKind::kInstitution) {
      ++surfaces[m.entity][doc.SurfaceUtf8(m.start, m.end)];
    }
  }
  for (size_t i = 0; i < table.entities.size(); ++i) {
    Entity& e = table.entities[i];
    int index = lexicon.IndexOf(e.id);
    if (index >= 0) {
      const LexiconEntry& entry = entries[index];
      e.entry = index;
      e.name_ar = entry.name_ar;
      e.label_en = entry.label;
      e.qid = entry.qid;
      continue;
    }
    std::string best;
    int count = 0;
    for (const auto& [surface, n] : surfaces[static_cast<int32_t>(i)]) {
      if (n > count || (n == count && surface.size() > best.size())) {
        best = surface;
        count = n;
      }
    }
    e.name_ar = best;
    if (e.label_en.empty()) e.label_en = Romanise(best);
  }
  return table.entities;
}

}  // namespace kg
