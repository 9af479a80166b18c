// A small command-line flag parser for kg's subcommands: long flags
// (--name, --name=value, --name value), a few short aliases, positional
// arguments, and "--" to end flags. Unknown flags are usage errors.
#ifndef KG_CLI_FLAGS_H_
#define KG_CLI_FLAGS_H_

#include <map>
#include <string>
#include <vector>

namespace kg::cli {

struct FlagSpec {
  std::string name;     // "output"
  char short_name = 0;  // 'o'
  bool takes_value = false;
  std::string value_name;  // "DIR", for help
  std::string help;
};

struct ParsedFlags {
  std::map<std::string, std::string> values;  // flag name -> value ("" for switches)
  std::vector<std::string> positional;
  std::string error;  // non-empty on a usage error

  bool has(const std::string& name) const { return values.count(name) > 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
};

ParsedFlags ParseFlags(const std::vector<std::string>& args, const std::vector<FlagSpec>& specs);

// "  -o, --output DIR   help" lines for a usage message.
std::string FlagHelp(const std::vector<FlagSpec>& specs);

}  // namespace kg::cli

#endif  // KG_CLI_FLAGS_H_
