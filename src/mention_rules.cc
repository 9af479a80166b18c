// Loading the grammar data of the mentions stage, and the hunspell-ar
// dictionary used to tell transliterated names from Arabic words.
#include "mention_rules.h"

#include <cstdlib>
#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <unordered_map>

#include "data_file.h"
#include "kg/normalize.h"

namespace kg {
namespace {

std::unordered_set<std::u32string> FoldedSet(const rapidjson::Value& doc,
                                             std::initializer_list<const char*> lists) {
  std::unordered_set<std::u32string> out;
  for (const char* name : lists) {
    for (const auto& v : doc[name].GetArray()) out.insert(FoldUtf8(v.GetString()));
  }
  return out;
}

Result<rapidjson::Document> LoadData(const std::string& home, const std::string& name) {
  return LoadValidatedJson(home + "/data/" + name + ".json",
                           home + "/schemas/" + name + ".schema.json");
}

std::string HunspellDir() {
  const char* env = std::getenv("KG_HUNSPELL_DIR");
  return env && *env ? env : "/usr/share/hunspell";
}

// Original spelling without diacritics and tatweel: what hunspell expects.
std::string DictionaryForm(std::u32string_view word) {
  std::u32string clean;
  for (char32_t c : word) {
    bool mark =
        (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x0610 && c <= 0x061A);
    if (!mark) clean.push_back(c);
  }
  return ToUtf8(clean);
}

}  // namespace

bool Dictionary::Knows(std::u32string_view word) const {
  struct ThreadState {
    std::unique_ptr<Hunspell> hunspell;
    std::unordered_map<std::u32string, bool> cache;
  };
  thread_local std::unordered_map<const Dictionary*, ThreadState> states;
  ThreadState& state = states[this];
  if (!state.hunspell) state.hunspell = std::make_unique<Hunspell>(aff_.c_str(), dic_.c_str());
  auto [it, inserted] = state.cache.try_emplace(std::u32string(word), false);
  if (inserted) {
    bool arabic = !word.empty() && IsArabicLetter(word[0]);
    if (arabic) {
      for (const std::u32string& spelling : Spellings(word)) {
        if (state.hunspell->spell(DictionaryForm(spelling))) {
          it->second = true;
          break;
        }
      }
    }
  }
  return it->second;
}

// News sites often drop the hamza of alef and write final ي as ى (or the
// reverse): «الاسرائيلي», «الى», «فى». The word is known when one of these
// spellings is.
std::vector<std::u32string> Dictionary::Spellings(std::u32string_view word) {
  std::vector<std::u32string> out = {std::u32string(word)};
  // The alef that can carry a hamza: the first letter of the stem, behind
  // an optional conjunction or preposition and the article.
  size_t alef = 0;
  if (alef < word.size() && (word[alef] == U'و' || word[alef] == U'ف')) ++alef;
  if (alef < word.size() && (word[alef] == U'ب' || word[alef] == U'ل')) ++alef;
  if (word.substr(alef, 2) == U"ال" && alef + 2 < word.size()) alef += 2;
  if (alef >= word.size() || word[alef] != U'ا') alef = std::u32string::npos;
  if (alef != std::u32string::npos) {
    for (char32_t hamza : {U'أ', U'إ', U'آ'}) {
      std::u32string s(word);
      s[alef] = hamza;
      out.push_back(std::move(s));
    }
  }
  if (!word.empty()) {
    char32_t last = word.back();
    char32_t swapped = last == U'ى' ? U'ي' : last == U'ي' ? U'ى' : last == U'ه' ? U'ة' : 0;
    if (swapped) {
      std::u32string s(word);
      s.back() = swapped;
      out.push_back(std::move(s));
    }
  }
  return out;
}

bool MentionRules::Impl::IsStopWord(std::u32string_view folded) const {
  if (stop_words.count(std::u32string(folded))) return true;
  if (folded.size() > 2 && (folded[0] == U'و' || folded[0] == U'ف')) {
    return stop_words.count(std::u32string(folded.substr(1))) > 0;
  }
  return false;
}

const std::vector<Role>& MentionRules::roles() const { return impl_->roles; }

Result<MentionRules> MentionRules::Load(const std::string& home) {
  auto impl = std::make_shared<Impl>();
  auto roles = LoadData(home, "roles");
  if (!roles.ok()) return roles.status();
  for (const auto& r : (*roles)["roles"].GetArray()) {
    Role role;
    role.ar = r["ar"].GetString();
    role.en = r["en"].GetString();
    std::string_view kind = r["kind"].GetString();
    role.kind = kind == "military"      ? RoleKind::kMilitary
                : kind == "royal"       ? RoleKind::kRoyal
                : kind == "honorific"   ? RoleKind::kHonorific
                : kind == "journalist"  ? RoleKind::kJournalist
                : kind == "counterpart" ? RoleKind::kCounterpart
                                        : RoleKind::kOffice;
    role.plural = r.HasMember("plural") && r["plural"].GetBool();
    role.takes_object = r.HasMember("takes_object") && r["takes_object"].GetBool();
    auto index = static_cast<int32_t>(impl->roles.size());
    // A counterpart title carries its pronoun: نظيره، نظيرها، نظيريهما.
    impl->role_table.Add(role.kind == RoleKind::kCounterpart ? role.ar + "*" : role.ar, index);
    impl->roles.push_back(std::move(role));
  }
  for (const auto& m : (*roles)["modifiers"].GetArray()) impl->modifier_table.Add(m.GetString(), 0);

  auto words = LoadData(home, "words");
  if (!words.ok()) return words.status();
  impl->stop_words =
      FoldedSet(*words, {"prepositions", "particles", "pronouns", "time_words", "verbs"});
  impl->speech_verbs = FoldedSet(*words, {"speech_verbs"});
  impl->location_preps = FoldedSet(*words, {"location_prepositions"});
  impl->name_particles = FoldedSet(*words, {"name_particles"});
  impl->given_names = FoldedSet(*words, {"given_names"});
  for (const auto& w : (*words)["common_words"].GetArray())
    impl->common_words.Add(w.GetString(), 0);
  for (const auto& w : (*words)["dual_references"].GetArray())
    impl->references.Add(w.GetString(), 2);
  for (const auto& w : (*words)["triple_references"].GetArray())
    impl->references.Add(w.GetString(), 3);

  auto institutions = LoadData(home, "institutions");
  if (!institutions.ok()) return institutions.status();
  for (const auto& i : (*institutions)["institutions"].GetArray()) {
    auto index = static_cast<int32_t>(impl->institutions.size());
    impl->institutions.push_back(
        {i["en"].GetString(), i["slug"].GetString(), i["feminine"].GetBool()});
    for (const auto& ar : i["ar"].GetArray()) impl->institution_table.Add(ar.GetString(), index);
  }
  for (const auto& c : (*institutions)["type_cues"].GetArray()) {
    std::string_view type = c["type"].GetString();
    EntityType t = type == "Place"          ? EntityType::kPlace
                   : type == "Organization" ? EntityType::kOrganization
                   : type == "Agreement"    ? EntityType::kAgreement
                   : type == "Country"      ? EntityType::kCountry
                                            : EntityType::kPerson;
    auto index = static_cast<int32_t>(impl->cues.size());
    TypeCue cue;
    cue.type = t;
    cue.include = c["include"].GetBool();
    if (auto required = c.FindMember("requires"); required != c.MemberEnd()) {
      for (const auto& word : required->value.GetArray()) {
        if (std::string_view(word.GetString()) == "#number") {
          cue.needs_number = true;
        } else {
          cue.required_words.Add(word.GetString(), 0);
        }
      }
    }
    impl->cues.push_back(std::move(cue));
    impl->cue_table.Add(c["ar"].GetString(), index);
  }
  for (const auto& v : (*institutions)["signing_verbs"].GetArray())
    impl->signing_verbs.Add(v.GetString(), 0);
  for (const auto& h : (*institutions)["agreement_heads"].GetArray())
    impl->agreement_heads.Add(h.GetString(), 0);

  const std::string dir = HunspellDir();
  std::error_code ec;
  if (!std::filesystem::exists(dir + "/ar.dic", ec)) {
    return Status::Error("the Arabic hunspell dictionary is missing (" + dir +
                         "/ar.dic); install it with: apt-get install hunspell-ar");
  }
  impl->dictionary = std::make_unique<Dictionary>(dir + "/ar.aff", dir + "/ar.dic");

  MentionRules rules;
  rules.impl_ = std::move(impl);
  return rules;
}

}  // namespace kg
