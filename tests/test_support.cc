// Test helpers.
#include "test_support.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace kg::testing {

const Resources& SourceResources() {
  static const Resources* resources = [] {
    Result<Resources> r = Resources::Load(KG_SOURCE_DIR);
    if (!r.ok()) {
      std::cerr << "cannot load the source tree's resources: " << r.status().message() << "\n";
      std::abort();
    }
    return new Resources(std::move(*r));
  }();
  return *resources;
}

std::string SharedDir() {
  std::string dir = std::string(KG_SOURCE_DIR) + "/../shared";
  return std::filesystem::exists(dir + "/corpus") ? dir : "";
}

ArticleAnalysis Analyse(const std::string& text) {
  Article article;
  article.id = "test.txt";
  article.text = text;
  return AnalyseArticle(article, SourceResources());
}

std::string DumpMentions(const ArticleAnalysis& a) {
  std::string out;
  const Ontology& ontology = SourceResources().ontology;
  for (const Mention& m : a.mentions) {
    if (!out.empty()) out += " | ";
    out += ontology.type(m.type).name + ":" + a.document.SurfaceUtf8(m.start, m.end);
  }
  return out;
}

std::string DumpRelations(const ArticleAnalysis& a) {
  std::vector<std::string> lines;
  const Ontology& ontology = SourceResources().ontology;
  for (const RelationRecord& r : a.relations) {
    const RelationInfo& info = ontology.relations()[r.relation];
    std::string source = a.entities[r.source].name_ar, target = a.entities[r.target].name_ar;
    if (info.symmetric && target < source) std::swap(source, target);  // stable order
    std::string line = info.name + "(" + source + " → " + target + ")";
    if (r.evidence.modality != Modality::kAsserted) {
      line += "[" + std::string(Ontology::ModalityName(r.evidence.modality)) + "]";
    }
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : " | ") + l;
  return out;
}

bool HasItem(const std::string& dump, const std::string& item) {
  return (" | " + dump + " | ").find(" | " + item + " | ") != std::string::npos;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

int Run(const std::string& command, std::string* output) {
  output->clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output->append(buffer.data(), n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace kg::testing
