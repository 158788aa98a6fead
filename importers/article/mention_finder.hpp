// Finding entity mentions in tokenized text: the longest run of words that spells a gazetteer name,
// with each word looked up in its morphological forms (Arabic clitics, Russian endings).
#pragma once

#include "core/gazetteer.hpp"
#include "morphology.hpp"
#include "tokenizer.hpp"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace stancegraph {

struct Mention {
    std::size_t first = 0;  // token range [first, last)
    std::size_t last = 0;
    const Entity* entity = nullptr;        // the chosen reading
    std::vector<const Entity*> candidates; // every entity with this name, best first
    NameForm form = NameForm::name;
    bool prepositional = false;  // its first word carries a prepositional clitic (Arabic ب ل ك)
    std::string clitic;          // the proclitic stripped from its first word ("" for none)
    bool reference = false;      // not a name: a word pointing back ("the ministry", "the two countries")
};

class MentionFinder {
public:
    // `languages`: the names indexed are those in these languages (plus abbreviations in any).
    MentionFinder(const Gazetteer& gazetteer, const Morphology& morphology);

    // Mentions in tokens [first, last), left to right, longest first, not overlapping. `language`
    // chooses which names count (its own and English ones); `day` prefers people in office then.
    std::vector<Mention> find(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                              const std::string& language, bool capitalized_names, DayNumber day) const;

private:
    struct NameRef {
        const Entity* entity;
        NameForm form;
        std::string lang;
        bool capitalized;  // the name is written with a capital: in cased text only capitalized words match
        bool all_upper;    // an acronym: only an upper-case word matches
    };
    struct Node {
        std::unordered_map<std::string, std::unique_ptr<Node>> children;
        std::vector<NameRef> names;
    };
    void insert(const std::string& key, const NameRef& ref);

    // The names a word may begin, with the clitic stripped to begin them: looked up once per
    // distinct word (the first lookup of every word is most of the matcher's work).
    struct Start {
        const Node* node;
        std::string clitic;
    };
    const std::vector<Start>& starts_of(const std::string& folded) const;

    const Morphology& morphology_;
    Node root_;
    mutable std::unordered_map<std::string, std::vector<Start>> starts_;  // a cache; one extractor per thread
};

}  // namespace stancegraph
