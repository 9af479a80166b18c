// Countries from ICU: every ISO 3166 territory ICU knows, named in Arabic by
// ICU's locale data, merged with the variants, capitals and QIDs of the
// countries data file. Nisba adjectives are derived here by rule.
#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>

#include "data_file.h"
#include "kg/normalize.h"
#include "lexicon_impl.h"

namespace kg {
namespace {

std::string Slug(std::string_view english) {
  std::string slug;
  for (char c : english) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      slug.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) words.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix.data(), suffix.size()) == 0;
}

std::string WithoutArticle(std::string w) {
  if (w.rfind("ال", 0) == 0 && w.size() > 6) w.erase(0, 4);  // "ال" is 4 bytes
  return w;
}

// The nisba of one noun: روسيا → روسي, فرنسا → فرنسي, السعودية → سعودي,
// اليابان → ياباني, جيبوتي → جيبوتي.
std::string NounNisba(std::string w) {
  w = WithoutArticle(std::move(w));
  if (EndsWith(w, "ية")) return w.substr(0, w.size() - 2);  // drop ة
  if (EndsWith(w, "يا")) return w.substr(0, w.size() - 2);  // drop ا
  if (EndsWith(w, "ا") || EndsWith(w, "ة")) return w.substr(0, w.size() - 2) + "ي";
  if (EndsWith(w, "ي")) return w;
  return w + "ي";
}

// The masculine form of an agreeing adjective: الشمالية → شمالي.
std::string MasculineAdjective(std::string w) {
  w = WithoutArticle(std::move(w));
  if (EndsWith(w, "ة")) w.erase(w.size() - 2);
  return w;
}

// Arabic names ICU writes with a parenthesised alternative: "ميانمار (بورما)".
std::vector<std::string> SplitIcuName(const std::string& name) {
  size_t open = name.find(" (");
  if (open == std::string::npos || name.back() != ')') return {name};
  return {name.substr(0, open), name.substr(open + 2, name.size() - open - 3)};
}

}  // namespace

std::vector<std::string> Lexicon::NisbaStems(std::string_view country_name) {
  std::vector<std::string> words = SplitWords(country_name);
  if (words.empty()) return {};
  if (words.size() == 1) return {NounNisba(words[0])};
  bool adjectives = true;
  for (size_t i = 1; i < words.size(); ++i) adjectives &= words[i].rfind("ال", 0) == 0;
  std::string stem;
  if (adjectives) {
    stem = NounNisba(words[0]);
    for (size_t i = 1; i < words.size(); ++i) stem += " " + MasculineAdjective(words[i]);
  } else {
    for (size_t i = 0; i + 1 < words.size(); ++i) stem += words[i] + " ";
    stem += NounNisba(words.back());
  }
  return {stem};
}

std::vector<std::string> Lexicon::NisbaForms(std::string_view stem) {
  static constexpr std::string_view kSuffixes[] = {"", "ة", "ون", "ين", "ان", "تان", "تين", "ات"};
  std::vector<std::string> words = SplitWords(stem);
  std::vector<std::string> forms;
  for (bool article : {false, true}) {
    for (std::string_view suffix : kSuffixes) {
      std::string form;
      for (const std::string& w : words) {
        if (!form.empty()) form += ' ';
        if (article) form += "ال";
        form += w;
        form += suffix;
      }
      forms.push_back(form);
    }
  }
  // The indefinite accusative («يابانيا») exists without the article only.
  std::string accusative;
  for (const std::string& w : words) accusative += (accusative.empty() ? "" : " ") + w + "ا";
  forms.push_back(accusative);
  return forms;
}

void AddNisbaNames(const std::vector<std::string>& stems, std::vector<PendingName>* names) {
  for (const std::string& stem : stems) {
    if (FoldUtf8(stem).size() < 3) continue;
    for (std::string& form : Lexicon::NisbaForms(stem)) {
      names->push_back({std::move(form), NameKind::kNisba});
    }
  }
}

Status AddCountries(const rapidjson::Value& records, const std::string& file, LexiconBuild* build) {
  std::map<std::string, const rapidjson::Value*> by_iso;
  for (const auto& r : records.GetArray()) by_iso[std::string(StringMember(r, "iso"))] = &r;

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> regions(
      icu::Region::getAvailable(URGN_TERRITORY, status));
  if (U_FAILURE(status))
    return Status::Error("ICU cannot list regions: " + std::string(u_errorName(status)));
  std::vector<std::string> codes;
  while (const char* code = regions->next(nullptr, status)) codes.emplace_back(code);
  for (const auto& [iso, record] : by_iso) {
    if (std::find(codes.begin(), codes.end(), iso) == codes.end()) {
      return Status::Error(file + ": country \"" + iso + "\" is not a region ICU knows");
    }
  }

  const icu::Locale arabic("ar");
  for (const std::string& code : codes) {
    icu::Locale locale("", code.c_str());
    icu::UnicodeString ar16, en16;
    locale.getDisplayCountry(arabic, ar16);
    locale.getDisplayCountry(icu::Locale::getEnglish(), en16);
    std::string icu_arabic, english;
    ar16.toUTF8String(icu_arabic);
    en16.toUTF8String(english);

    const rapidjson::Value* record = by_iso.count(code) ? by_iso[code] : nullptr;
    LexiconEntry entry;
    entry.type = EntityType::kCountry;
    entry.iso = code;
    entry.id = record ? std::string(StringMember(*record, "id")) : "country:" + Slug(english);
    entry.label = record ? std::string(StringMember(*record, "label")) : english;
    if (record) {
      entry.qid = std::string(StringMember(*record, "qid"));
      entry.parent = std::string(StringMember(*record, "region"));
    }
    std::vector<std::string> ambiguous =
        record ? StringList(*record, "ambiguous_names") : std::vector<std::string>{};
    std::vector<std::string> full_names;
    for (std::string& n : SplitIcuName(icu_arabic)) {
      if (std::find(ambiguous.begin(), ambiguous.end(), n) == ambiguous.end())
        full_names.push_back(n);
    }
    if (record) {
      for (std::string& n : StringList(*record, "names")) {
        if (std::find(full_names.begin(), full_names.end(), n) == full_names.end())
          full_names.push_back(n);
      }
    }
    std::vector<PendingName> names;
    for (const std::string& n : full_names) names.push_back({n, NameKind::kName});
    for (const std::string& n : ambiguous) names.push_back({n, NameKind::kAmbiguous});
    entry.name_ar = full_names.empty() ? icu_arabic : full_names.front();

    std::vector<std::string> stems;
    if (record && record->HasMember("nisba")) {
      stems = StringList(*record, "nisba");
    } else {
      for (const std::string& n : full_names) {
        for (std::string& s : Lexicon::NisbaStems(n)) stems.push_back(std::move(s));
      }
    }
    AddNisbaNames(stems, &names);

    if (record && record->HasMember("capital")) {
      const rapidjson::Value& c = (*record)["capital"];
      LexiconEntry capital;
      capital.type = EntityType::kPlace;
      capital.id = std::string(StringMember(c, "id"));
      capital.label = std::string(StringMember(c, "label"));
      capital.qid = std::string(StringMember(c, "qid"));
      capital.capital_of = entry.id;
      capital.country = entry.id;
      std::vector<PendingName> capital_names;
      for (std::string& n : StringList(c, "names"))
        capital_names.push_back({std::move(n), NameKind::kName});
      capital.name_ar = capital_names.front().text;
      Status s = AddEntry(std::move(capital), std::move(capital_names), file, build);
      if (!s.ok()) return s;
    }
    Status s = AddEntry(std::move(entry), std::move(names), file, build);
    if (!s.ok()) return s;
  }
  return Status();
}

}  // namespace kg
