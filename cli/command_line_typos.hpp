// Reading a rejected command line again to say what was probably meant: the command the user was
// in, its unknown options and the nearest known ones, so that errors point to `stancegraph CMD --help`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace stancegraph {

struct CommandLineTypos {
    // The (sub)command the arguments reached, "stancegraph who" or "stancegraph entities find".
    std::string command_path = "stancegraph";
    // A word where a command was expected and no command has that name; empty when none.
    std::string unknown_command;
    std::string command_suggestion;  // "; did you mean 'import'?" or ""
    // One line per unknown option: "unknown option --asof; did you mean '--as-of'?"
    std::vector<std::string> unknown_options;
};

CommandLineTypos find_command_line_typos(const CLI::App& app, const std::vector<std::string>& args);

}  // namespace stancegraph
