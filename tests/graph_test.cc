// Graph stage: merging is order-independent and idempotent.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "kg/jsonld.h"
#include "test_support.h"

namespace kg {
namespace {

std::vector<ArticleGraph> SampleFragments() {
  std::vector<ArticleGraph> fragments;
  std::vector<std::string> files;
  for (const auto& f :
       std::filesystem::directory_iterator(std::string(KG_SOURCE_DIR) + "/data/samples")) {
    files.push_back(f.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& path : files) {
    Article a;
    a.id = std::filesystem::path(path).filename().string();
    a.text = testing::ReadFile(path);
    fragments.push_back(AnalyseArticle(a, testing::SourceResources()).fragment);
  }
  return fragments;
}

std::string JsonOf(const std::vector<ArticleGraph>& fragments, const std::vector<size_t>& order) {
  KnowledgeGraph graph(testing::SourceResources().ontology);
  for (size_t i : order) graph.Merge(fragments[i]);
  graph.Canonicalize();
  return *ToJsonLd(graph, KG_SOURCE_DIR);
}

TEST_CASE("the merged graph does not depend on the order of the articles") {
  std::vector<ArticleGraph> fragments = SampleFragments();
  REQUIRE(fragments.size() >= 3);
  std::vector<size_t> order(fragments.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const std::string reference = JsonOf(fragments, order);
  std::reverse(order.begin(), order.end());
  CHECK(JsonOf(fragments, order) == reference);
  std::rotate(order.begin(), order.begin() + 1, order.end());
  CHECK(JsonOf(fragments, order) == reference);
}

TEST_CASE("adding an article twice duplicates nothing") {
  std::vector<ArticleGraph> fragments = SampleFragments();
  std::vector<size_t> once(fragments.size()), twice;
  for (size_t i = 0; i < once.size(); ++i) once[i] = i;
  twice = once;
  twice.insert(twice.end(), once.begin(), once.end());
  CHECK(JsonOf(fragments, twice) == JsonOf(fragments, once));
}

TEST_CASE("relations are typed by the ontology and symmetric ones stored once") {
  KnowledgeGraph graph(testing::SourceResources().ontology);
  for (const ArticleGraph& f : SampleFragments()) graph.Merge(f);
  graph.Canonicalize();
  const BoostGraph& g = graph.graph();
  REQUIRE(graph.num_edges() > 0);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const RelationInfo& r = graph.ontology().relations()[g[e].relation];
    const NodeData& s = g[boost::source(e, g)];
    const NodeData& t = g[boost::target(e, g)];
    CHECK(graph.ontology().Allows(g[e].relation, s.type, t.type));
    if (r.symmetric) CHECK(s.id < t.id);
    CHECK(!g[e].evidence.empty());
  }
}

}  // namespace
}  // namespace kg

namespace kg {
namespace {

TEST_CASE("a written graph reads back to the same bytes") {
  KnowledgeGraph graph(testing::SourceResources().ontology);
  for (const ArticleGraph& f : SampleFragments()) graph.Merge(f);
  graph.Canonicalize();
  const std::string written = *ToJsonLd(graph, KG_SOURCE_DIR);
  const std::string path =
      (std::filesystem::temp_directory_path() / "kg_graph_test.jsonld").string();
  std::ofstream(path, std::ios::binary) << written;
  Result<KnowledgeGraph> read = ReadJsonLd(path, testing::SourceResources().ontology);
  REQUIRE(read.ok());
  CHECK(*ToJsonLd(*read, KG_SOURCE_DIR) == written);
  std::filesystem::remove(path);
}

TEST_CASE("a truncated or foreign JSON-LD file is rejected with its position") {
  const std::string path =
      (std::filesystem::temp_directory_path() / "kg_graph_bad.jsonld").string();
  std::ofstream(path, std::ios::binary)
      << "{\"@graph\": [{\"@id\": \"country:japan\", \"@type\": \"Cou";
  Result<KnowledgeGraph> read = ReadJsonLd(path, testing::SourceResources().ontology);
  REQUIRE(!read.ok());
  CHECK(read.status().message().find("invalid JSON at byte") != std::string::npos);
  std::ofstream(path, std::ios::binary)
      << "{\"@graph\": [{\"@id\": \"x:y\", \"@type\": \"Starship\"}]}";
  read = ReadJsonLd(path, testing::SourceResources().ontology);
  REQUIRE(!read.ok());
  CHECK(read.status().message().find("@graph[0]: unknown @type \"Starship\"") != std::string::npos);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace kg
