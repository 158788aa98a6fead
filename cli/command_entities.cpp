// `stancegraph entities find NAME` and `entities show ID`: look names up in the gazetteer.
#include "command.hpp"
#include "core/error.hpp"
#include "core/json.hpp"
#include "query_options.hpp"
#include "text_table.hpp"

#include <filesystem>
#include <iostream>

namespace stancegraph {

namespace {

class EntitiesCommand : public Command {
public:
    std::string name() const override { return "entities"; }
    std::string description() const override { return "find entities by name in any language, or show one"; }
    void setup(CLI::App& app) override {
        app.footer("Examples:\n  stancegraph entities find كازاخستان\n  stancegraph entities show XKX\n  stancegraph entities find Georgia --format csv");
        app.require_subcommand(1);
        auto* find = app.add_subcommand("find", "entities with this name (any language, any spelling the folding allows)");
        find->add_option("name", name_, "a name, id or ISO code")->required();
        find->add_option("--format", format_, "text, jsonl or csv")->check(CLI::IsMember({"text", "jsonl", "csv"}));
        find->add_option("--db", db_, "also look among the entities of this store");
        find->callback([this] { action_ = "find"; });
        auto* show = app.add_subcommand("show", "everything the gazetteer knows about one entity");
        show->add_option("entity", name_, "an id, ISO code or name")->required();
        show->add_option("--format", format_, "text, jsonl or csv")->check(CLI::IsMember({"text", "jsonl", "csv"}));
        show->add_option("--db", db_, "also look among the entities of this store");
        show->callback([this] { action_ = "show"; });
    }
    int run(Context& context) override {
        Gazetteer& gazetteer = context.gazetteer();
        if (!db_.empty()) open_store(context, db_)->add_entities_named(gazetteer, name_);
        std::vector<GazetteerMatch> matches;
        if (const Entity* by_id = gazetteer.by_id(name_)) matches.push_back({by_id, nullptr});
        else if (const Entity* by_code = gazetteer.by_iso_code(name_)) matches.push_back({by_code, nullptr});
        for (const auto& m : gazetteer.find(name_))
            if (matches.empty() || matches.front().entity != m.entity) matches.push_back(m);
        if (matches.empty()) {
            std::cerr << "stancegraph: no entity is named \"" << printable(name_) << "\"" << printable(gazetteer.did_you_mean(name_)) << '\n';
            return kExitFailure;
        }
        if (action_ == "show" && matches.size() > 1 && matches.front().name) {
            std::vector<std::string> others;
            for (std::size_t i = 1; i < matches.size(); ++i) others.push_back(matches[i].entity->id + " (" + matches[i].entity->name + ")");
            note_ambiguous_entity(name_, matches.front().entity->id + " (" + matches.front().entity->name + ")",
                                  std::string(to_string(matches.front().name->form)), std::string(to_string(matches.front().entity->kind)), others);
        }
        if (action_ == "show") matches.erase(matches.begin() + 1, matches.end());
        if (format_ == "jsonl") {
            JsonWriter w;
            for (const auto& m : matches) {
                w.clear();
                write_entity(w, *m.entity, m.name, action_ == "show");
                std::cout << w.text() << '\n';
            }
            return kExitOk;
        }
        if (action_ == "show" && format_ == "csv") {
            const Entity& e = *matches.front().entity;
            TextTable table({"id", "lang", "form", "name"});
            for (const auto& n : e.names) table.add_row({e.id, n.lang, std::string(to_string(n.form)), n.text});
            table.print_csv(std::cout);
            return kExitOk;
        }
        if (action_ == "show") {
            print_entity(*matches.front().entity);
            return kExitOk;
        }
        TextTable table({"id", "kind", "name", "matched", "lang", "form"});
        for (const auto& m : matches)
            table.add_row({m.entity->id, std::string(to_string(m.entity->kind)), m.entity->name, m.name ? m.name->text : m.entity->id,
                           m.name ? m.name->lang : "", m.name ? std::string(to_string(m.name->form)) : "id"});
        if (format_ == "csv") table.print_csv(std::cout);
        else table.print(std::cout);
        return kExitOk;
    }

private:
    static void write_entity(JsonWriter& w, const Entity& e, const EntityName* matched, bool full) {
        w.begin_object().key("id").value(e.id).key("name").value(e.name).key("kind").value(std::string(to_string(e.kind)));
        if (matched) w.key("matched").value(matched->text).key("lang").value(matched->lang).key("form").value(std::string(to_string(matched->form)));
        if (!e.iso_alpha2.empty()) w.key("iso_alpha2").value(e.iso_alpha2);
        if (!e.iso_alpha3.empty()) w.key("iso_alpha3").value(e.iso_alpha3);
        if (!e.qid.empty()) w.key("qid").value(e.qid);
        if (!e.part_of.empty()) w.key("part_of").value(e.part_of);
        if (full) {
            w.key("names").begin_array();
            for (const auto& n : e.names)
                w.begin_object().key("lang").value(n.lang).key("name").value(n.text).key("form").value(std::string(to_string(n.form))).end_object();
            w.end_array();
            w.key("roles").begin_array();
            for (const auto& r : e.roles)
                w.begin_object().key("relation").value(r.relation).key("target").value(r.target).key("title").value(r.title)
                    .key("from").optional_value(to_string(r.from)).key("to").optional_value(to_string(r.to)).end_object();
            w.end_array();
        }
        w.end_object();
    }

    static void print_entity(const Entity& e) {
        std::cout << e.id << "  " << e.name << "  (" << to_string(e.kind) << ")\n";
        if (!e.iso_alpha2.empty()) std::cout << "ISO 3166-1: " << e.iso_alpha2 << " " << e.iso_alpha3 << '\n';
        if (!e.part_of.empty()) std::cout << "part of: " << e.part_of << '\n';
        for (const auto& c : e.claimed_by) std::cout << "claimed by: " << c << '\n';
        for (const auto& r : e.roles)
            std::cout << r.relation << ' ' << r.target << " (" << r.title << ") " << to_string(r.from) << " – " << to_string(r.to) << '\n';
        TextTable table({"lang", "form", "name"});
        for (const auto& n : e.names) table.add_row({n.lang, std::string(to_string(n.form)), n.text});
        table.print(std::cout);
    }

    std::string name_, action_, db_;
    std::string format_ = "text";
};

}  // namespace

std::unique_ptr<Command> make_entities_command() { return std::make_unique<EntitiesCommand>(); }

}  // namespace stancegraph
