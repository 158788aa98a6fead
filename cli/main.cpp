// stancegraph's entry point: parses the command line and is the one place that turns exceptions
// into messages and exit codes (0 ok, 1 failure, 2 usage, 65 bad input data,
// 66 an input that cannot be opened).
#include "command.hpp"
#include "command_line_typos.hpp"
#include "message_budget.hpp"
#include "core/error.hpp"

#include "core/store/sql_connection.hpp"

#include <iostream>

int main(int argc, char** argv) {
    using namespace stancegraph;
    CLI::App app{"stancegraph: who stands where in world politics, from news and event data, over time"};
    app.require_subcommand(1);
    app.fallthrough();
    app.set_version_flag("--version", "stancegraph 0.1.0");
    Context context;
    app.add_option("--data-dir", context.data_dir_flag, "stancegraph's data folder (default: found beside the program)");

    auto commands = all_commands();
    Command* chosen = nullptr;
    bool quiet = false, verbose = false;
    for (auto& command : commands) {
        CLI::App* sub = app.add_subcommand(command->name(), command->description());
        command->setup(*sub);
        // Every command: how much it says on standard error (data on standard output is unchanged).
        sub->add_flag("--quiet,-q", quiet, "only errors on standard error: no warnings, summaries or progress");
        sub->add_flag("--verbose,-v", verbose, "every message, without the limit of ten per input file");
        sub->callback([&chosen, c = command.get()] { chosen = c; });
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        const CommandLineTypos typos = find_command_line_typos(app, std::vector<std::string>(argv + 1, argv + argc));
        if (!typos.unknown_command.empty())
            std::cerr << "stancegraph: unknown command '" << printable(typos.unknown_command) << "'" << typos.command_suggestion << '\n';
        else if (!typos.unknown_options.empty())
            for (const auto& line : typos.unknown_options) std::cerr << "stancegraph: " << printable(line) << '\n';
        else
            std::cerr << "stancegraph: " << printable(e.what()) << '\n';
        std::cerr << "(see " << typos.command_path << " --help)\n";
        return kExitUsage;
    }
    if (quiet && verbose) {
        std::cerr << "stancegraph: --quiet and --verbose contradict each other\n";
        return kExitUsage;
    }
    message_budget().set_verbosity(quiet ? Verbosity::quiet : verbose ? Verbosity::verbose : Verbosity::normal);
    try {
        return chosen ? chosen->run(context) : kExitUsage;
    } catch (const UsageError& e) {
        std::cerr << "stancegraph: " << printable(e.what()) << "\n(see stancegraph " << chosen->name() << " --help)\n";
        return kExitUsage;
    } catch (const NoInputError& e) {
        std::cerr << "stancegraph: error: " << printable(e.what()) << '\n';
        return kExitNoInput;
    } catch (const InputError& e) {
        std::cerr << "stancegraph: error: " << printable(e.what()) << '\n';
        return kExitBadInput;
    } catch (const sql::Error& e) {
        std::cerr << "stancegraph: database error: " << printable(e.what()) << '\n';
        return kExitFailure;
    } catch (const std::exception& e) {
        std::cerr << "stancegraph: " << printable(e.what()) << '\n';
        return kExitFailure;
    }
}
