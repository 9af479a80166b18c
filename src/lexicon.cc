// Lexicon loading and name matching. All data/lexicon/*.json files are read
// in sorted order, each validated against schemas/lexicon.schema.json; the
// names of every entry (full names, short forms, ambiguous forms, nisba
// forms) go into one PhraseTable, and multi-word person names also into a
// second table keyed by NameKey for transliteration variants.
#include "kg/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>
#include <unordered_set>

#include "data_file.h"
#include "kg/normalize.h"
#include "lexicon_impl.h"

namespace kg {

struct Lexicon::Impl {
  std::vector<LexiconEntry> entries;
  std::unordered_map<std::string, uint32_t> by_id;
  std::vector<std::pair<uint32_t, NameKind>> hits;  // payloads of both tables
  PhraseTable names;
  PhraseTable name_keys;
  std::unordered_map<std::u32string, std::vector<uint32_t>> by_folded_name;
  std::unordered_map<std::u32string, uint32_t> country_by_nisba;  // folded nisba form -> entry
  // (topic stem, country id, country id) -> agreements: «معاهدة الدفاع
  // المشترك بين اليابان والولايات المتحدة» is about دفاع, Japan and the US.
  std::map<std::tuple<std::u32string, std::string, std::string>, std::vector<uint32_t>>
      agreements_about;
};

namespace {

std::u32string NameKeyOf(std::u32string_view word) { return NameKey(word); }

// A name is safe to match through its NameKey when the key is distinctive:
// five consonants or more (جوناثان and جونسون share a four-letter key).
bool KeyIsDistinctive(const std::vector<std::u32string>& words) {
  size_t letters = 0;
  for (const auto& w : words) letters += NameKey(w).size();
  return letters >= 5;
}

bool HasArticleWord(const Document& doc, uint32_t begin, uint32_t end) {
  for (uint32_t t = begin; t < end; ++t) {
    std::u32string_view f = doc.Fold(doc.tokens[t]);
    if (f.size() > 3 && f.substr(0, 2) == U"ال") return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> StringList(const rapidjson::Value& object, const char* name) {
  std::vector<std::string> out;
  if (!object.IsObject()) return out;
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray()) {
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

Status AddEntry(LexiconEntry entry, std::vector<PendingName> names, const std::string& file,
                LexiconBuild* build) {
  auto [it, inserted] = build->defined_in.emplace(entry.id, file);
  if (!inserted) {
    return Status::Error(file + ": id \"" + entry.id + "\" is already defined in " + it->second);
  }
  for (const PendingName& n : names) entry.names.push_back(n.text);
  build->entries.push_back(std::move(entry));
  build->names.push_back(std::move(names));
  return Status();
}

namespace {

Status AddEntries(const rapidjson::Value& array, const std::string& file, const Ontology& ontology,
                  LexiconBuild* build) {
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    const rapidjson::Value& e = array[i];
    LexiconEntry entry;
    entry.id = std::string(StringMember(e, "id"));
    auto type = ontology.TypeByName(StringMember(e, "type"));
    std::string prefix = entry.id.substr(0, entry.id.find(':'));
    if (!type || ontology.type(*type).id_prefix != prefix) {
      return Status::Error(file + ": entries/" + std::to_string(i) + " (id \"" + entry.id +
                           "\"): id prefix does not match type \"" +
                           std::string(StringMember(e, "type")) + "\"");
    }
    entry.type = *type;
    entry.label = std::string(StringMember(e, "label"));
    entry.qid = std::string(StringMember(e, "qid"));
    entry.parent = std::string(StringMember(e, "parent"));
    entry.country = std::string(StringMember(e, "country"));
    if (auto offices = e.FindMember("offices"); offices != e.MemberEnd()) {
      for (const auto& o : offices->value.GetArray()) {
        entry.offices.push_back(
            {std::string(StringMember(o, "role")), std::string(StringMember(o, "role_en")),
             std::string(StringMember(o, "of")), std::string(StringMember(o, "from")),
             std::string(StringMember(o, "to"))});
      }
    }
    std::vector<PendingName> names;
    for (std::string& n : StringList(e, "names")) names.push_back({std::move(n), NameKind::kName});
    for (std::string& n : StringList(e, "short_names"))
      names.push_back({std::move(n), NameKind::kShortName});
    for (std::string& n : StringList(e, "ambiguous_names"))
      names.push_back({std::move(n), NameKind::kAmbiguous});
    AddNisbaNames(StringList(e, "nisba"), &names);
    entry.name_ar = names.front().text;
    Status s = AddEntry(std::move(entry), std::move(names), file, build);
    if (!s.ok()) return s;
  }
  return Status();
}

Status CheckReferences(const LexiconBuild& build) {
  auto known = [&](const std::string& id) { return id.empty() || build.defined_in.count(id); };
  for (const LexiconEntry& e : build.entries) {
    const std::string& file = build.defined_in.at(e.id);
    for (const Office& o : e.offices) {
      if (!known(o.of)) {
        return Status::Error(file + ": \"" + e.id + "\" holds an office of \"" + o.of +
                             "\", which no lexicon file defines");
      }
    }
    for (const std::string* ref : {&e.parent, &e.country}) {
      if (!known(*ref)) {
        return Status::Error(file + ": \"" + e.id + "\" refers to \"" + *ref +
                             "\", which no lexicon file defines");
      }
    }
  }
  return Status();
}

}  // namespace

Result<Lexicon> Lexicon::Load(const std::string& home, const Ontology& ontology) {
  namespace fs = std::filesystem;
  const std::string dir = home + "/data/lexicon";
  const std::string schema = home + "/schemas/lexicon.schema.json";
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(dir, ec)) {
    if (f.path().extension() == ".json") files.push_back(f.path().string());
  }
  if (ec) return Status::Error("cannot list " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());

  LexiconBuild build;
  rapidjson::Document countries(rapidjson::kArrayType);
  std::string countries_file = dir;
  for (const std::string& file : files) {
    Result<rapidjson::Document> doc = LoadValidatedJson(file, schema);
    if (!doc.ok()) return doc.status();
    if (auto c = doc->FindMember("countries"); c != doc->MemberEnd()) {
      for (auto& record : c->value.GetArray()) {
        countries.PushBack(rapidjson::Value(record, countries.GetAllocator()),
                           countries.GetAllocator());
      }
      countries_file = file;
    }
    if (auto e = doc->FindMember("entries"); e != doc->MemberEnd()) {
      Status s = AddEntries(e->value, file, ontology, &build);
      if (!s.ok()) return s;
    }
  }
  Status s = AddCountries(countries, countries_file, &build);
  if (!s.ok()) return s;
  s = CheckReferences(build);
  if (!s.ok()) return s;

  auto impl = std::make_shared<Impl>();
  impl->name_keys.set_word_transform(&NameKeyOf);
  impl->entries = std::move(build.entries);
  for (uint32_t i = 0; i < impl->entries.size(); ++i) {
    const LexiconEntry& entry = impl->entries[i];
    impl->by_id.emplace(entry.id, i);
    std::unordered_set<std::u32string> seen;
    for (const PendingName& name : build.names[i]) {
      std::vector<std::u32string> words = PhraseWords(name.text);
      if (words.empty()) continue;
      std::u32string joined;
      for (const auto& w : words) joined += (joined.empty() ? U"" : U" ") + w;
      if (!seen.insert(joined).second) continue;
      auto payload = static_cast<int32_t>(impl->hits.size());
      impl->hits.emplace_back(i, name.kind);
      impl->names.Add(words, false, payload);
      if (name.kind == NameKind::kName || name.kind == NameKind::kShortName) {
        impl->by_folded_name[joined].push_back(i);
      }
      if (name.kind == NameKind::kNisba && entry.type == EntityType::kCountry) {
        impl->country_by_nisba.emplace(joined, i);
      }
      if (entry.type == EntityType::kPerson && name.kind != NameKind::kAmbiguous &&
          KeyIsDistinctive(words)) {
        impl->name_keys.Add(words, false, payload);
      }
    }
  }
  IndexAgreements(impl.get());
  Lexicon lexicon;
  lexicon.impl_ = std::move(impl);
  return lexicon;
}

std::u32string Lexicon::TopicStem(std::u32string_view word) {
  std::u32string stem(word);
  if (stem.size() > 4 && stem.substr(0, 2) == U"ال") stem.erase(0, 2);
  if (stem.size() > 4 && stem.substr(stem.size() - 2) == U"يه") stem.resize(stem.size() - 2);
  if (stem.size() > 3 && (stem.back() == U'ي' || stem.back() == U'ه')) stem.pop_back();
  return stem;
}

// Agreements named with their parties — «… بين X وY» or two nisbas
// («… اليابانية الأمريكية») — indexed by topic and the pair of countries, so
// that a generic mention («اتفاقية الدفاع» in an article about Japan and the
// United States) can be linked to the one agreement it denotes.
void Lexicon::IndexAgreements(Impl* impl) {
  auto country = [&](std::u32string phrase) -> int {
    if (phrase.size() > 2 && phrase[0] == U'و') {
      auto it = impl->by_folded_name.find(phrase.substr(1));
      if (it != impl->by_folded_name.end() &&
          impl->entries[it->second.front()].type == EntityType::kCountry) {
        return static_cast<int>(it->second.front());
      }
    }
    auto it = impl->by_folded_name.find(phrase);
    if (it != impl->by_folded_name.end() &&
        impl->entries[it->second.front()].type == EntityType::kCountry) {
      return static_cast<int>(it->second.front());
    }
    return -1;
  };
  auto join = [](const std::vector<std::u32string>& w, size_t from, size_t to) {
    std::u32string out;
    for (size_t i = from; i < to; ++i) out += (out.empty() ? U"" : U" ") + w[i];
    return out;
  };
  for (uint32_t i = 0; i < impl->entries.size(); ++i) {
    const LexiconEntry& entry = impl->entries[i];
    if (entry.type != EntityType::kAgreement) continue;
    for (const std::string& name : entry.names) {
      std::vector<std::u32string> w = PhraseWords(name);
      w.erase(std::remove(w.begin(), w.end(), U"-"), w.end());
      if (w.size() < 3) continue;
      int a = -1, b = -1;
      auto between = std::find(w.begin(), w.end(), U"بين");
      if (between != w.end()) {
        const size_t at = between - w.begin();
        for (size_t k = at + 2; k < w.size() && a < 0; ++k) {
          if (w[k][0] != U'و') continue;
          a = country(join(w, at + 1, k));
          b = country(join(w, k, w.size()));
        }
      } else {
        auto x = impl->country_by_nisba.find(w[w.size() - 2]);
        auto y = impl->country_by_nisba.find(w[w.size() - 1]);
        if (x != impl->country_by_nisba.end() && y != impl->country_by_nisba.end()) {
          a = static_cast<int>(x->second);
          b = static_cast<int>(y->second);
        }
      }
      if (a < 0 || b < 0 || a == b) continue;
      std::string ia = impl->entries[a].id, ib = impl->entries[b].id;
      if (ib < ia) std::swap(ia, ib);
      auto& list = impl->agreements_about[{TopicStem(w[1]), ia, ib}];
      if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
    }
  }
}

std::vector<uint32_t> Lexicon::AgreementsAbout(std::u32string_view topic_word,
                                               std::string_view country_a,
                                               std::string_view country_b) const {
  std::string a(country_a), b(country_b);
  if (b < a) std::swap(a, b);
  auto it = impl_->agreements_about.find({TopicStem(topic_word), a, b});
  return it == impl_->agreements_about.end() ? std::vector<uint32_t>{} : it->second;
}

const std::vector<LexiconEntry>& Lexicon::entries() const { return impl_->entries; }

const LexiconEntry* Lexicon::Find(std::string_view id) const {
  int i = IndexOf(id);
  return i < 0 ? nullptr : &impl_->entries[i];
}

int Lexicon::IndexOf(std::string_view id) const {
  auto it = impl_->by_id.find(std::string(id));
  return it == impl_->by_id.end() ? -1 : static_cast<int>(it->second);
}

void Lexicon::MatchAt(const Document& doc, uint32_t begin, uint32_t limit,
                      std::vector<NameMatch>* out) const {
  out->clear();
  std::vector<PhraseTable::Match> matches;
  for (bool by_key : {false, true}) {
    (by_key ? impl_->name_keys : impl_->names).MatchAt(doc, begin, limit, &matches);
    for (const auto& m : matches) {
      // Transliteration variants are a matter of foreign names; an Arabic
      // name with the article (الطيبي، الطيب) is compared as written.
      if (by_key && HasArticleWord(doc, m.token_begin, m.token_end)) continue;
      auto [entry, kind] = impl_->hits[m.payload];
      out->push_back({m.token_begin, m.token_end, entry, kind, m.reading, by_key});
    }
  }
  // Exact matches first, longest first; a transliteration-key match is only
  // a fallback («رواندا بول» must not become Rand Paul when رواندا is a name).
  std::stable_sort(out->begin(), out->end(), [](const NameMatch& a, const NameMatch& b) {
    if (a.by_name_key != b.by_name_key) return !a.by_name_key;
    return a.token_end > b.token_end;
  });
}

std::vector<uint32_t> Lexicon::LookupName(std::u32string_view folded_name) const {
  auto it = impl_->by_folded_name.find(std::u32string(folded_name));
  return it == impl_->by_folded_name.end() ? std::vector<uint32_t>{} : it->second;
}

}  // namespace kg
