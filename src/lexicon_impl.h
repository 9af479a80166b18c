// Internal state of the Lexicon, shared by lexicon.cc (entry files, name
// tables) and countries.cc (ICU regions).
#ifndef KG_SRC_LEXICON_IMPL_H_
#define KG_SRC_LEXICON_IMPL_H_

#include <rapidjson/document.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "kg/lexicon.h"
#include "phrase_table.h"

namespace kg {

// One Arabic form of an entry before it goes into the name tables.
struct PendingName {
  std::string text;
  NameKind kind;
};

struct LexiconBuild {
  std::vector<LexiconEntry> entries;
  std::vector<std::vector<PendingName>> names;              // parallel to entries
  std::unordered_map<std::string, std::string> defined_in;  // id -> file, for duplicate messages
};

// Adds an entry; fails when its id is already defined (naming both files).
Status AddEntry(LexiconEntry entry, std::vector<PendingName> names, const std::string& file,
                LexiconBuild* build);

// Adds every ICU region, merged with the records of a countries file, and
// their capitals.
Status AddCountries(const rapidjson::Value& records, const std::string& file, LexiconBuild* build);

// Nisba names (all inflections) of the given stems.
void AddNisbaNames(const std::vector<std::string>& stems, std::vector<PendingName>* names);

std::vector<std::string> StringList(const rapidjson::Value& object, const char* name);

}  // namespace kg

#endif  // KG_SRC_LEXICON_IMPL_H_
