// The entity lexicon: ICU countries, nisba rules, data files, matching.
#include "kg/lexicon.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "kg/normalize.h"
#include "test_support.h"

namespace kg {
namespace {

TEST_CASE("nisba stems are derived from country names by rule") {
  struct Case {
    const char* country;
    const char* stem;
  };
  const Case cases[] = {
      {"اليابان", "ياباني"},
      {"الصين", "صيني"},
      {"روسيا", "روسي"},
      {"فرنسا", "فرنسي"},
      {"السعودية", "سعودي"},
      {"مصر", "مصري"},
      {"كوريا الشمالية", "كوري شمالي"},
      {"كوريا الجنوبية", "كوري جنوبي"},
      {"جنوب أفريقيا", "جنوب أفريقي"},
      {"جيبوتي", "جيبوتي"},
      {"باكستان", "باكستاني"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.country);
    CHECK(Lexicon::NisbaStems(c.country) == std::vector<std::string>{c.stem});
  }
}

TEST_CASE("nisba forms cover gender, number and the article") {
  std::vector<std::string> forms = Lexicon::NisbaForms("ياباني");
  for (const char* f : {"ياباني", "يابانية", "اليابانية", "اليابانيون", "اليابانيين", "يابانيا",
                        "الياباني", "اليابانيتين"}) {
    CAPTURE(f);
    CHECK(std::find(forms.begin(), forms.end(), f) != forms.end());
  }
  std::vector<std::string> two = Lexicon::NisbaForms("كوري جنوبي");
  CHECK(std::find(two.begin(), two.end(), "الكورية الجنوبية") != two.end());
  CHECK(std::find(two.begin(), two.end(), "الكوري الجنوبي") != two.end());
}

TEST_CASE("every region ICU knows is a country with its Arabic name") {
  const Lexicon& lexicon = testing::SourceResources().lexicon;
  int countries = 0;
  for (const LexiconEntry& e : lexicon.entries()) countries += e.type == EntityType::kCountry;
  CHECK(countries >= 240);
  const LexiconEntry* japan = lexicon.Find("country:japan");
  REQUIRE(japan != nullptr);
  CHECK(japan->iso == "JP");
  CHECK(japan->label == "Japan");
  CHECK(std::find(japan->names.begin(), japan->names.end(), "اليابان") != japan->names.end());
  CHECK(!lexicon.LookupName(FoldUtf8("الولايات المتحدة")).empty());
}

TEST_CASE("a lexicon file that breaks the schema is rejected naming file and entry") {
  namespace fs = std::filesystem;
  fs::path home = fs::temp_directory_path() / "kg_lexicon_test_home";
  fs::remove_all(home);
  fs::create_directories(home / "data/lexicon");
  fs::copy(std::string(KG_SOURCE_DIR) + "/schemas", home / "schemas");
  {
    std::ofstream f(home / "data/lexicon/bad.json");
    f << R"({"entries": [{"id": "person:a", "type": "Person", "label": "A", "names": ["أ ب"]},
                         {"id": "person:b", "type": "Person", "label": "B", "names": []}]})";
  }
  Result<Lexicon> lexicon = Lexicon::Load(home.string(), testing::SourceResources().ontology);
  REQUIRE(!lexicon.ok());
  CHECK(lexicon.status().message().find("bad.json") != std::string::npos);
  CHECK(lexicon.status().message().find("/entries/1/names") != std::string::npos);
  fs::remove_all(home);
}

}  // namespace
}  // namespace kg
