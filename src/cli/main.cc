// kg: builds a knowledge graph from Arabic news articles. This file only
// dispatches to the subcommands.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

constexpr const char* kUsage = R"(kg — a knowledge-graph builder for Arabic news

usage: kg <command> [options]

commands:
  build     read articles and write the graph (JSON-LD, DOT, optional SVG)
  export    convert a built graph.jsonld to DOT, SVG, PNG, GraphML or JSON-LD

Run "kg <command> --help" for the options of a command.

examples:
  kg build                                   # the bundled sample articles
  kg build ../shared/corpus/seeds -o out --svg
  kg build news.jsonl -j 4 -o out
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return kg::cli::kExitUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kg::cli::kExitOk;
  }
  if (command == "--version") {
    std::cout << "kg 0.1.0\n";
    return kg::cli::kExitOk;
  }
  if (command == "build") return kg::cli::BuildCommand(args);
  if (command == "export") return kg::cli::ExportCommand(args);
  std::cerr << "kg: unknown command \"" << command << "\"\n\n" << kUsage;
  return kg::cli::kExitUsage;
}
