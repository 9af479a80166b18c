// kg build: parse flags, load resources, build, write the outputs and the
// report. All the work is in the library.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "commands.h"
#include "flags.h"
#include "kg/atomic_file.h"
#include "kg/build.h"
#include "kg/dot.h"
#include "kg/jsonld.h"

namespace kg::cli {
namespace {

const std::vector<FlagSpec> kFlags = {
    {"output", 'o', true, "DIR", "output directory (default: output)"},
    {"svg", 0, false, "", "also render graph.svg"},
    {"jobs", 'j', true, "N", "analyse articles on N threads (default: all cores)"},
    {"data-dir", 0, true, "DIR",
     "where data/ and schemas/ are (default: $KG_HOME or the source tree)"},
    {"strict", 0, false, "", "exit 1 when any input was skipped"},
    {"quiet", 'q', false, "", "print nothing but errors"},
    {"verbose", 'v', false, "", "list every skipped input and dropped furniture line"},
    {"help", 'h', false, "", "show this help"},
};

constexpr const char* kUsage = R"(usage: kg build [INPUT ...] [options]

Reads Arabic news articles and writes their knowledge graph as
DIR/graph.jsonld (JSON-LD), DIR/graph.dot (Graphviz), DIR/report.json (what
was read, skipped or repaired) and, with --svg, DIR/graph.svg.

INPUT is a .txt article, a directory of them (searched recursively, in
sorted order), a .jsonl file (one {"id","title","text",...} object per line),
or - for standard input. Without INPUT the bundled sample articles are read.

options:
)";

constexpr const char* kExamples = R"(
examples:
  kg build
  kg build ../shared/corpus/seeds -o out --svg
  kg build ../shared/corpus/ant-world.jsonl -j 2 -o world
  cat article.txt | kg build - -o one

exit status: 0 success; 1 an output could not be written (or, with --strict,
some input was skipped); 2 usage error.
)";

std::string Report(const BuildReport& report, const KnowledgeGraph& graph) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 1);
  w.SetMaxDecimalPlaces(3);
  w.StartObject();
  w.Key("articles");
  w.Uint64(report.articles);
  w.Key("sentences");
  w.Uint64(report.sentences);
  w.Key("bytes");
  w.Uint64(report.bytes);
  w.Key("nodes");
  w.Uint64(graph.num_nodes());
  w.Key("edges");
  w.Uint64(graph.num_edges());
  w.Key("skipped");
  w.StartArray();
  for (const InputProblem& p : report.problems) {
    if (!p.skipped) continue;
    w.StartObject();
    w.Key("input");
    w.String(p.origin.c_str());
    w.Key("reason");
    w.String(p.reason.c_str());
    w.EndObject();
  }
  w.EndArray();
  w.Key("repaired");
  w.StartArray();
  for (const InputProblem& p : report.problems) {
    if (p.skipped) continue;
    w.StartObject();
    w.Key("input");
    w.String(p.origin.c_str());
    w.Key("repair");
    w.String(p.reason.c_str());
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

Status WriteOutputs(const KnowledgeGraph& graph, const BuildReport& report,
                    const Resources& resources, const std::string& dir, bool svg) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::Error("cannot create " + dir + ": " + ec.message());
  Result<std::string> jsonld = ToJsonLd(graph, resources.home);
  if (!jsonld.ok()) return jsonld.status();
  Status s = WriteFileAtomically(dir + "/graph.jsonld", *jsonld);
  if (!s.ok()) return s;
  Result<std::string> dot = ToDot(graph);
  if (!dot.ok()) return dot.status();
  s = WriteFileAtomically(dir + "/graph.dot", *dot);
  if (!s.ok()) return s;
  if (svg) {
    Result<std::string> image = RenderDot(*dot, "svg");
    if (!image.ok()) return image.status();
    s = WriteFileAtomically(dir + "/graph.svg", *image);
    if (!s.ok()) return s;
  }
  return WriteFileAtomically(dir + "/report.json", Report(report, graph));
}

}  // namespace

int BuildCommand(const std::vector<std::string>& args) {
  ParsedFlags flags = ParseFlags(args, kFlags);
  if (!flags.error.empty()) {
    std::cerr << "kg build: " << flags.error << "\n\n" << kUsage << FlagHelp(kFlags);
    return kExitUsage;
  }
  if (flags.has("help")) {
    std::cout << kUsage << FlagHelp(kFlags) << kExamples;
    return kExitOk;
  }
  BuildOptions options;
  if (flags.has("jobs")) {
    try {
      options.threads = std::stoi(flags.get("jobs"));
    } catch (...) {
      options.threads = -1;
    }
    if (options.threads < 1) {
      std::cerr << "kg build: --jobs needs a positive number, got \"" << flags.get("jobs")
                << "\"\n";
      return kExitUsage;
    }
  }
  const bool quiet = flags.has("quiet"), verbose = flags.has("verbose");
  options.report_furniture = verbose;

  Result<Resources> resources = Resources::Load(ResourceHome(flags.get("data-dir")));
  if (!resources.ok()) {
    std::cerr << "kg build: " << resources.status().message() << "\n";
    return kExitFailure;
  }
  std::vector<std::string> inputs = flags.positional;
  if (inputs.empty()) inputs.push_back(resources->home + "/data/samples");

  BuildReport report;
  KnowledgeGraph graph = BuildGraph(inputs, *resources, options, &report);

  size_t skipped = 0;
  for (const InputProblem& p : report.problems) {
    skipped += p.skipped;
    if (p.skipped || verbose) {
      std::cerr << "kg build: " << p.origin << ": " << (p.skipped ? "skipped: " : "repaired: ")
                << p.reason << "\n";
    }
  }
  if (verbose) {
    for (const DroppedLine& d : report.furniture) {
      std::cerr << "kg build: " << d.article << ": dropped " << d.reason << ": " << d.text << "\n";
    }
  }
  const std::string dir = flags.get("output", "output");
  Status written = WriteOutputs(graph, report, *resources, dir, flags.has("svg"));
  if (!written.ok()) {
    std::cerr << "kg build: " << written.message() << "\n";
    return kExitFailure;
  }
  if (!quiet) {
    std::cerr << "kg build: " << report.articles << " articles (" << skipped << " inputs skipped), "
              << graph.num_nodes() << " nodes, " << graph.num_edges() << " edges in "
              << report.seconds << " s → " << dir << "/graph.jsonld\n";
  }
  if (flags.has("strict") && skipped > 0) return kExitFailure;
  return kExitOk;
}

}  // namespace kg::cli
