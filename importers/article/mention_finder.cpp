// The name trie and longest-match search.
#include "mention_finder.hpp"

#include "core/text_folding.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <sstream>

namespace stancegraph {

namespace {

bool usable(const Entity& entity, const EntityName& name) {
    // iso-codes' region names carry no language: local romanizations that collide with words.
    if (name.lang.empty()) return false;
    return entity.kind != EntityKind::other;
}

int form_rank(NameForm form) {
    switch (form) {
        case NameForm::name: return 0;
        case NameForm::abbreviation: return 1;
        case NameForm::demonym: return 2;
        case NameForm::capital: return 3;
    }
    return 4;
}

// An apostrophe, hyphen or full stop written inside a word ("People’s", "Jong-un", "U.S"): a name
// may run across it.
bool joins_words(const std::vector<Token>& tokens, std::size_t j, std::size_t last) {
    if (j + 1 >= last || tokens[j].kind != TokenKind::punct || tokens[j].space_before) return false;
    const std::string& mark = tokens[j].folded;
    if (mark != "'" && mark != "-" && mark != "." && mark != "\u2010" && mark != "\u2011") return false;
    return tokens[j + 1].kind == TokenKind::word && !tokens[j + 1].space_before;
}

// Every word of the span is in capitals; a single capital letter counts ("U.S.").
bool written_in_capitals(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k < last; ++k) {
        const Token& t = tokens[k];
        if (t.kind != TokenKind::word) continue;
        if (!t.all_upper && !(t.capitalized && t.folded.size() == 1)) return false;
    }
    return true;
}

bool in_office(const Entity& person, DayNumber day) {
    for (const auto& role : person.roles)
        if (role.holds_on(day)) return true;
    return false;
}

}  // namespace

MentionFinder::MentionFinder(const Gazetteer& gazetteer, const Morphology& morphology) : morphology_(morphology) {
    for (const auto& entity : gazetteer.entities()) {
        for (const auto& name : entity.names) {
            if (!usable(entity, name)) continue;
            bool has_letters = false, upper_first = false, all_upper = true;
            std::size_t letters = 0;
            for (std::size_t pos = 0; pos < name.text.size();) {
                const auto c = static_cast<UChar32>(next_code_point(name.text, pos));
                if (!u_isalpha(c)) continue;
                if (!has_letters) upper_first = u_isupper(c);
                has_letters = true;
                ++letters;
                if (!u_isupper(c)) all_upper = false;
            }
            if (!has_letters) continue;
            const NameRef ref{&entity, name.form, name.lang, upper_first, all_upper && letters >= 2};
            const std::string key = name_key(name.text);
            insert(key, ref);
            for (const auto& variant : morphology_.spelling_variants(key)) insert(variant, ref);
        }
    }
}

void MentionFinder::insert(const std::string& key, const NameRef& ref) {
    if (key.empty()) return;
    Node* node = &root_;
    std::istringstream words(key);
    std::string word;
    while (words >> word) {
        auto& child = node->children[morphology_.index_form(word)];
        if (!child) child = std::make_unique<Node>();
        node = child.get();
    }
    node->names.push_back(ref);
}

const std::vector<MentionFinder::Start>& MentionFinder::starts_of(const std::string& folded) const {
    auto [it, added] = starts_.try_emplace(folded);
    if (added) {
        std::vector<std::string> forms, clitics;
        morphology_.lookup_forms(folded, true, forms, &clitics);
        for (std::size_t f = 0; f < forms.size(); ++f)
            if (auto child = root_.children.find(forms[f]); child != root_.children.end())
                it->second.push_back({child->second.get(), clitics[f]});
    }
    return it->second;
}

std::vector<Mention> MentionFinder::find(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                         const std::string& language, bool capitalized_names, DayNumber day) const {
    std::vector<Mention> mentions;
    if (starts_.size() > 400000) starts_.clear();  // keeps memory flat on any corpus
    for (std::size_t i = first; i < last;) {
        if (tokens[i].kind == TokenKind::punct) {
            ++i;
            continue;
        }
        std::size_t best_end = 0;
        std::vector<const NameRef*> best;
        bool best_prepositional = false;
        std::string best_clitic;
        for (const Start& start : starts_of(tokens[i].folded)) {
            const Node* node = start.node;
            std::size_t j = i + 1;
            std::vector<std::pair<std::size_t, const Node*>> path{{j, node}};
            std::vector<std::string> next_forms;
            while (j < last) {
                std::size_t word = j;
                if (tokens[word].kind == TokenKind::punct) {
                    if (!joins_words(tokens, word, last)) break;
                    ++word;
                }
                morphology_.lookup_forms(tokens[word].folded, false, next_forms);
                const Node* next = nullptr;
                for (const auto& nf : next_forms)
                    if (auto c = node->children.find(nf); c != node->children.end()) {
                        next = c->second.get();
                        break;
                    }
                if (!next) break;
                node = next;
                j = word + 1;
                path.emplace_back(j, node);
            }
            // The longest prefix of the path that ends a name usable in this text.
            for (auto it = path.rbegin(); it != path.rend(); ++it) {
                std::vector<const NameRef*> usable_names;
                for (const auto& ref : it->second->names) {
                    if (ref.lang != language && ref.lang != "en" && ref.form != NameForm::abbreviation) continue;
                    if (capitalized_names && ref.all_upper && !written_in_capitals(tokens, i, it->first)) continue;
                    if (capitalized_names && ref.capitalized && !tokens[i].capitalized) continue;
                    usable_names.push_back(&ref);
                }
                if (usable_names.empty()) continue;
                if (it->first > best_end) {
                    best_end = it->first;
                    best = std::move(usable_names);
                    best_prepositional = morphology_.is_prepositional(tokens[i].folded, start.clitic);
                    best_clitic = start.clitic;
                }
                break;
            }
        }
        if (best.empty()) {
            ++i;
            continue;
        }
        std::stable_sort(best.begin(), best.end(), [&](const NameRef* a, const NameRef* b) {
            if (form_rank(a->form) != form_rank(b->form)) return form_rank(a->form) < form_rank(b->form);
            const bool a_person = a->entity->kind == EntityKind::person, b_person = b->entity->kind == EntityKind::person;
            if (a_person && b_person) return in_office(*a->entity, day) && !in_office(*b->entity, day);
            return kind_rank(a->entity->kind) < kind_rank(b->entity->kind);
        });
        Mention mention;
        mention.first = i;
        mention.last = best_end;
        mention.entity = best.front()->entity;
        mention.form = best.front()->form;
        mention.prepositional = best_prepositional;
        mention.clitic = best_clitic;
        for (const NameRef* ref : best)
            if (std::find(mention.candidates.begin(), mention.candidates.end(), ref->entity) == mention.candidates.end())
                mention.candidates.push_back(ref->entity);
        mentions.push_back(std::move(mention));
        i = best_end;
    }
    return mentions;
}

}  // namespace stancegraph
