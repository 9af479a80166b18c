// End to end: the bundled sample against golden JSON-LD and DOT files
// (KG_UPDATE_GOLDEN=1 rewrites them), the kg binary's exit statuses, and
// Graphviz rendering the DOT it writes.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "kg/build.h"
#include "kg/dot.h"
#include "kg/jsonld.h"
#include "test_support.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

const std::string kGolden = std::string(KG_SOURCE_DIR) + "/tests/golden/";

void CheckGolden(const std::string& name, const std::string& actual) {
  const std::string path = kGolden + name;
  const char* update = std::getenv("KG_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    fs::create_directories(kGolden);
    std::ofstream(path, std::ios::binary) << actual;
    MESSAGE("updated " << path);
    return;
  }
  REQUIRE_MESSAGE(fs::exists(path), path << " is missing; run with KG_UPDATE_GOLDEN=1");
  // Compare whole files, but report the first differing line.
  const std::string expected = testing::ReadFile(path);
  if (expected != actual) {
    size_t at = 0;
    while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
    size_t line = std::count(expected.begin(), expected.begin() + at, '\n') + 1;
    FAIL_CHECK(name << " differs from the golden file at line " << line
                    << " (KG_UPDATE_GOLDEN=1 rewrites it after a deliberate change)");
  }
}

KnowledgeGraph SampleGraph(int threads) {
  BuildOptions options;
  options.threads = threads;
  BuildReport report;
  return BuildGraph({std::string(KG_SOURCE_DIR) + "/data/samples"}, testing::SourceResources(),
                    options, &report);
}

TEST_CASE("the bundled sample gives the golden JSON-LD and DOT") {
  KnowledgeGraph graph = SampleGraph(2);
  Result<std::string> jsonld = ToJsonLd(graph, KG_SOURCE_DIR);
  REQUIRE(jsonld.ok());
  CheckGolden("sample.jsonld", *jsonld);
  Result<std::string> dot = ToDot(graph);
  REQUIRE(dot.ok());
  CheckGolden("sample.dot", *dot);
}

TEST_CASE("the output is byte-identical for any thread count") {
  const std::string one = *ToJsonLd(SampleGraph(1), KG_SOURCE_DIR);
  CHECK(*ToJsonLd(SampleGraph(3), KG_SOURCE_DIR) == one);
}

TEST_CASE("every mention in the JSON-LD round-trips to its offsets") {
  KnowledgeGraph graph = SampleGraph(1);
  std::map<std::string, std::u32string> texts;
  for (const auto& f : fs::directory_iterator(std::string(KG_SOURCE_DIR) + "/data/samples")) {
    texts[f.path().filename().string()] = ToCodePoints(testing::ReadFile(f.path().string()));
  }
  const BoostGraph& g = graph.graph();
  size_t checked = 0;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    for (const MentionRecord& m : g[v].mentions) {
      const std::u32string& text = texts.at(m.article);
      REQUIRE(m.end <= text.size());
      CHECK(ToUtf8(text.substr(m.start, m.end - m.start)) == m.text);
      ++checked;
    }
  }
  CHECK(checked > 20);
}

TEST_CASE("kg build writes the outputs; usage errors exit 2") {
  const fs::path out = fs::temp_directory_path() / ("kg_e2e_" + std::to_string(::getpid()));
  fs::remove_all(out);
  std::string log;
  std::string kg = std::string(KG_BINARY) + " ";
  CHECK(testing::Run(kg + "build " + KG_SOURCE_DIR + "/data/samples -q --svg -o " + out.string(),
                     &log) == 0);
  CAPTURE(log);
  for (const char* f : {"graph.jsonld", "graph.dot", "graph.svg", "report.json"}) {
    CHECK(fs::exists(out / f));
  }
  CHECK(testing::Run(kg + "build --no-such-flag", &log) == 2);
  CHECK(log.find("unknown flag --no-such-flag") != std::string::npos);
  CHECK(testing::Run(kg + "frobnicate", &log) == 2);
  CHECK(testing::Run(kg + "--help", &log) == 0);
  CHECK(testing::Run(kg + "build --help", &log) == 0);
  CHECK(log.find("examples:") != std::string::npos);

  // Graphviz's own dot renders the DOT file, Arabic labels included.
  CHECK(testing::Run(
            "dot -Tsvg " + (out / "graph.dot").string() + " -o " + (out / "dot.svg").string(),
            &log) == 0);
  CHECK(testing::ReadFile((out / "dot.svg").string()).find("اليابان") != std::string::npos);
  fs::remove_all(out);
}

}  // namespace
}  // namespace kg
