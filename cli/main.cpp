// stancegraph's entry point: parses the command line and is the one place that turns exceptions
// into messages and exit codes (0 ok, 1 failure, 2 usage, 65 bad input data).
#include "command.hpp"
#include "core/error.hpp"

#include <SQLiteCpp/Exception.h>

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
    for (auto& command : commands) {
        CLI::App* sub = app.add_subcommand(command->name(), command->description());
        command->setup(*sub);
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
        std::cerr << "stancegraph: " << e.what() << "\n(see stancegraph --help)\n";
        return kExitUsage;
    }
    try {
        return chosen ? chosen->run(context) : kExitUsage;
    } catch (const UsageError& e) {
        std::cerr << "stancegraph: " << printable(e.what()) << '\n';
        return kExitUsage;
    } catch (const InputError& e) {
        std::cerr << "stancegraph: error: " << printable(e.what()) << '\n';
        return kExitBadInput;
    } catch (const SQLite::Exception& e) {
        std::cerr << "stancegraph: database error: " << printable(e.what()) << '\n';
        return kExitFailure;
    } catch (const std::exception& e) {
        std::cerr << "stancegraph: " << printable(e.what()) << '\n';
        return kExitFailure;
    }
}
