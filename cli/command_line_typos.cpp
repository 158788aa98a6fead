// CLI11 reports an unknown command as "a subcommand is required" and unknown options as a list of
// leftover words; walking the arguments along the declared commands and options says it better.
#include "command_line_typos.hpp"

#include "core/spelling.hpp"

namespace stancegraph {

namespace {

const CLI::App* subcommand_named(const CLI::App& app, const std::string& name) {
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        if (sub->get_name() == name) return sub;
    return nullptr;
}

// An option of the command or of a command above it (the top-level options fall through).
const CLI::Option* option_named(const std::vector<const CLI::App*>& path, const std::string& name) {
    for (auto it = path.rbegin(); it != path.rend(); ++it)
        if (const CLI::Option* option = (*it)->get_option_no_throw(name)) return option;
    return nullptr;
}

std::string nearest_option(const std::vector<const CLI::App*>& path, const std::string& wanted) {
    Suggestions suggestions(wanted);
    for (const CLI::App* app : path)
        for (const CLI::Option* option : app->get_options()) {
            for (const auto& long_name : option->get_lnames()) suggestions.consider("--" + long_name, "--" + long_name);
            for (const auto& short_name : option->get_snames()) suggestions.consider("-" + short_name, "-" + short_name);
        }
    return suggestions.did_you_mean();
}

}  // namespace

CommandLineTypos find_command_line_typos(const CLI::App& app, const std::vector<std::string>& args) {
    CommandLineTypos typos;
    std::vector<const CLI::App*> path{&app};
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--") break;
        if (arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9')) {
            const std::string name = arg.substr(0, arg.find('='));
            const CLI::Option* option = option_named(path, name);
            if (!option) {
                typos.unknown_options.push_back("unknown option " + name + nearest_option(path, name));
                continue;
            }
            // An option's value is not a command: skip it.
            if (option->get_type_size() > 0 && name.size() == arg.size()) ++i;
            continue;
        }
        const CLI::App* current = path.back();
        if (const CLI::App* sub = subcommand_named(*current, arg)) {
            path.push_back(sub);
            typos.command_path += " " + arg;
            continue;
        }
        // A word where a command is required and nothing else is accepted is a mistyped command.
        if (current->get_require_subcommand_min() > 0 && current->get_options([](const CLI::Option* o) { return o->get_positional(); }).empty() && typos.unknown_command.empty()) {
            typos.unknown_command = arg;
            Suggestions suggestions(arg);
            for (const CLI::App* sub : current->get_subcommands([](const CLI::App*) { return true; }))
                suggestions.consider(sub->get_name(), sub->get_name());
            typos.command_suggestion = suggestions.did_you_mean();
        }
    }
    return typos;
}

}  // namespace stancegraph
