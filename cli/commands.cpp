// The one list of commands: adding a command is adding a line here (and its file).
#include "command.hpp"

namespace stancegraph {

std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_import_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_render_command();
std::unique_ptr<Command> make_build_command();
std::unique_ptr<Command> make_stance_command();
std::unique_ptr<Command> make_who_command();
std::unique_ptr<Command> make_timeline_command();
std::unique_ptr<Command> make_changes_command();
std::unique_ptr<Command> make_contradictions_command();
std::unique_ptr<Command> make_explain_command();
std::unique_ptr<Command> make_blocs_command();
std::unique_ptr<Command> make_compare_command();
std::unique_ptr<Command> make_count_command();
std::unique_ptr<Command> make_entities_command();
std::unique_ptr<Command> make_formats_command();
std::unique_ptr<Command> make_info_command();
std::unique_ptr<Command> make_remove_command();

std::vector<std::unique_ptr<Command>> all_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(make_extract_command());
    commands.push_back(make_import_command());
    commands.push_back(make_export_command());
    commands.push_back(make_render_command());
    commands.push_back(make_build_command());
    commands.push_back(make_remove_command());
    commands.push_back(make_info_command());
    commands.push_back(make_stance_command());
    commands.push_back(make_who_command());
    commands.push_back(make_timeline_command());
    commands.push_back(make_changes_command());
    commands.push_back(make_contradictions_command());
    commands.push_back(make_explain_command());
    commands.push_back(make_blocs_command());
    commands.push_back(make_compare_command());
    commands.push_back(make_count_command());
    commands.push_back(make_entities_command());
    commands.push_back(make_formats_command());
    return commands;
}

}  // namespace stancegraph
