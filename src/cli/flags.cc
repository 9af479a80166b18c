// Flag parsing for the kg command line.
#include "flags.h"

#include <algorithm>

namespace kg::cli {

std::string ParsedFlags::get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

ParsedFlags ParseFlags(const std::vector<std::string>& args, const std::vector<FlagSpec>& specs) {
  ParsedFlags out;
  auto find_long = [&](const std::string& name) -> const FlagSpec* {
    auto it =
        std::find_if(specs.begin(), specs.end(), [&](const FlagSpec& s) { return s.name == name; });
    return it == specs.end() ? nullptr : &*it;
  };
  auto find_short = [&](char c) -> const FlagSpec* {
    auto it = std::find_if(specs.begin(), specs.end(),
                           [&](const FlagSpec& s) { return s.short_name == c; });
    return it == specs.end() ? nullptr : &*it;
  };
  bool flags_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (flags_done || arg == "-" || arg.empty() || arg[0] != '-') {
      out.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      flags_done = true;
      continue;
    }
    const FlagSpec* spec = nullptr;
    std::string value;
    bool has_inline_value = false;
    if (arg.rfind("--", 0) == 0) {
      std::string name = arg.substr(2);
      size_t eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        has_inline_value = true;
      }
      spec = find_long(name);
      if (!spec) {
        out.error = "unknown flag --" + name;
        return out;
      }
    } else {
      if (arg.size() != 2 || !(spec = find_short(arg[1]))) {
        out.error = "unknown flag " + arg;
        return out;
      }
    }
    if (spec->takes_value) {
      if (!has_inline_value) {
        if (i + 1 >= args.size()) {
          out.error = "--" + spec->name + " needs a value (" + spec->value_name + ")";
          return out;
        }
        value = args[++i];
      }
    } else if (has_inline_value) {
      out.error = "--" + spec->name + " takes no value";
      return out;
    }
    out.values[spec->name] = value;
  }
  return out;
}

std::string FlagHelp(const std::vector<FlagSpec>& specs) {
  std::string out;
  for (const FlagSpec& s : specs) {
    std::string left = "  ";
    left += s.short_name ? std::string("-") + s.short_name + ", " : "    ";
    left += "--" + s.name;
    if (s.takes_value) left += " " + s.value_name;
    if (left.size() < 28)
      left.resize(28, ' ');
    else
      left += "  ";
    out += left + s.help + "\n";
  }
  return out;
}

}  // namespace kg::cli
