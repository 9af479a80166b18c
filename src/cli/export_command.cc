// kg export: read a graph.jsonld back and write it in another format.
#include <iostream>

#include "commands.h"
#include "flags.h"
#include "kg/atomic_file.h"
#include "kg/dot.h"
#include "kg/extract.h"
#include "kg/graphml.h"
#include "kg/jsonld.h"

namespace kg::cli {
namespace {

const std::vector<FlagSpec> kFlags = {
    {"format", 'f', true, "F", "jsonld, dot, svg, png or graphml (default: dot)"},
    {"output", 'o', true, "FILE", "write to FILE (default: standard output)"},
    {"data-dir", 0, true, "DIR",
     "where data/ and schemas/ are (default: $KG_HOME or the source tree)"},
    {"help", 'h', false, "", "show this help"},
};

constexpr const char* kUsage = R"(usage: kg export GRAPH.jsonld [options]

Reads a graph written by kg build and writes it in another format.

options:
)";

constexpr const char* kExamples = R"(
examples:
  kg export output/graph.jsonld --format graphml -o graph.graphml
  kg export output/graph.jsonld --format svg -o graph.svg
)";

}  // namespace

int ExportCommand(const std::vector<std::string>& args) {
  ParsedFlags flags = ParseFlags(args, kFlags);
  if (!flags.error.empty() || (!flags.has("help") && flags.positional.size() != 1)) {
    std::cerr << "kg export: "
              << (flags.error.empty() ? "give exactly one GRAPH.jsonld" : flags.error) << "\n\n"
              << kUsage << FlagHelp(kFlags);
    return kExitUsage;
  }
  if (flags.has("help")) {
    std::cout << kUsage << FlagHelp(kFlags) << kExamples;
    return kExitOk;
  }
  const std::string format = flags.get("format", "dot");
  if (format != "jsonld" && format != "dot" && format != "svg" && format != "png" &&
      format != "graphml") {
    std::cerr << "kg export: unknown format \"" << format << "\"\n";
    return kExitUsage;
  }
  const std::string home = ResourceHome(flags.get("data-dir"));
  Result<Ontology> ontology = Ontology::Load(home);
  if (!ontology.ok()) {
    std::cerr << "kg export: " << ontology.status().message() << "\n";
    return kExitFailure;
  }
  Result<KnowledgeGraph> graph = ReadJsonLd(flags.positional[0], *ontology);
  if (!graph.ok()) {
    std::cerr << "kg export: " << graph.status().message() << "\n";
    return kExitFailure;
  }
  Result<std::string> out = Status::Error("unreachable");
  if (format == "jsonld") {
    out = ToJsonLd(*graph, home);
  } else if (format == "graphml") {
    out = ToGraphML(*graph);
  } else {
    out = ToDot(*graph);
    if (out.ok() && format != "dot") out = RenderDot(*out, format);
  }
  if (!out.ok()) {
    std::cerr << "kg export: " << out.status().message() << "\n";
    return kExitFailure;
  }
  if (!flags.has("output")) {
    std::cout << *out;
    return kExitOk;
  }
  Status written = WriteFileAtomically(flags.get("output"), *out);
  if (!written.ok()) {
    std::cerr << "kg export: " << written.message() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace kg::cli
