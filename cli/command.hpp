// A subcommand: setup() declares its options on its CLI11 app and only parses; run() does the work
// and returns the exit code. The list of commands is in commands.cpp.
#pragma once

#include "context.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

namespace stancegraph {

// Exit codes (sysexits.h for bad data and inputs that cannot be opened).
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitBadInput = 65;  // EX_DATAERR
constexpr int kExitNoInput = 66;   // EX_NOINPUT

class Command {
public:
    virtual ~Command() = default;
    virtual std::string name() const = 0;
    virtual std::string description() const = 0;
    virtual void setup(CLI::App& app) = 0;
    virtual int run(Context& context) = 0;
};

std::vector<std::unique_ptr<Command>> all_commands();

}  // namespace stancegraph
