// The kg subcommands. Each takes its arguments (without the subcommand
// name) and returns the process exit status: 0 success, 1 failure (or, with
// --strict, inputs skipped), 2 usage error.
#ifndef KG_CLI_COMMANDS_H_
#define KG_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace kg::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

int BuildCommand(const std::vector<std::string>& args);
int ExportCommand(const std::vector<std::string>& args);

}  // namespace kg::cli

#endif  // KG_CLI_COMMANDS_H_
