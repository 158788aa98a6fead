// `stancegraph formats`: the input and output formats this build knows.
#include "command.hpp"
#include "exporters/exporter.hpp"
#include "importers/importer.hpp"
#include "text_table.hpp"

#include <iostream>

namespace stancegraph {

namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : " ") + i;
    return out;
}

class FormatsCommand : public Command {
public:
    std::string name() const override { return "formats"; }
    std::string description() const override { return "list the input and output formats"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph formats\n  stancegraph formats | grep csv");
    }
    int run(Context&) override {
        TextTable inputs({"input", "suffixes", "description"});
        for (const auto& i : builtin_importers().all()) inputs.add_row({i.name, join(i.extensions), i.description});
        inputs.print(std::cout);
        std::cout << '\n';
        TextTable outputs({"output", "suffixes", "description"});
        for (const auto& e : builtin_exporters().all()) outputs.add_row({e.name, join(e.extensions), e.description});
        outputs.print(std::cout);
        return kExitOk;
    }
};

}  // namespace

std::unique_ptr<Command> make_formats_command() { return std::make_unique<FormatsCommand>(); }

}  // namespace stancegraph
