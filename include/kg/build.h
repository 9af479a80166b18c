// Building one graph from many inputs: articles are streamed from the
// reader, analysed on N threads, and merged. Each worker merges into its own
// graph and the worker graphs are merged at the end; since merging is a set
// union, the result is the same for any thread count and any input order.
#ifndef KG_BUILD_H_
#define KG_BUILD_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kg/extract.h"
#include "kg/graph.h"
#include "kg/reader.h"

namespace kg {

struct BuildProgress {
  uint64_t articles = 0;
  uint64_t bytes = 0;
};

struct BuildOptions {
  int threads = 0;  // 0: one per hardware thread
  // Called from the reading thread now and then; may be empty.
  std::function<void(const BuildProgress&)> progress;
  // Collect the furniture lines dropped from each article (verbose mode).
  bool report_furniture = false;
};

struct DroppedLine {
  std::string article;
  uint32_t start = 0, end = 0;
  std::string text;
  std::string reason;
};

struct BuildReport {
  uint64_t articles = 0;  // articles analysed
  uint64_t sentences = 0;
  uint64_t bytes = 0;                  // input bytes read
  std::vector<InputProblem> problems;  // skipped or repaired inputs
  std::vector<DroppedLine> furniture;  // with report_furniture
  double seconds = 0;
};

// Reads, analyses and merges every input. The graph comes back canonical.
// Bad inputs are reported in report->problems and skipped.
KnowledgeGraph BuildGraph(const std::vector<std::string>& inputs, const Resources& resources,
                          const BuildOptions& options, BuildReport* report);

}  // namespace kg

#endif  // KG_BUILD_H_
