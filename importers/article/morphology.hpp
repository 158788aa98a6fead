// The forms a word may take for matching, by the rules of its script's lexicon: Arabic proclitics
// (و ف ب ل ك and the article) stripped only where something is left, Russian case endings removed.
// Names and cue patterns are matched against these forms, so neither lists inflected forms.
#pragma once

#include "lexicon.hpp"

#include <string>
#include <vector>

namespace stancegraph {

class Morphology {
public:
    explicit Morphology(const LexiconSet& lexicons);

    // The folded word first, then its other forms (no duplicates).
    void forms(const std::string& folded, std::vector<std::string>& out) const;
    // The form a word of a gazetteer name is indexed by (the stem for inflecting scripts).
    std::string index_form(const std::string& folded) const;
    // The forms a word of running text is looked up by in the name index. `first` words may carry
    // proclitics; later words of a name only inflect.
    // `clitics`, when given, receives for each form the proclitic stripped to make it ("" for none).
    void lookup_forms(const std::string& folded, bool first, std::vector<std::string>& out,
                      std::vector<std::string>* clitics = nullptr) const;
    // Other spellings of a name's text that papers use (Egyptian ج for a foreign g: "جوتيريش" beside
    // "غوتيريش"), from the lexicon's "spelling_variants"; empty when there are none.
    std::vector<std::string> spelling_variants(const std::string& folded) const;
    // True when the proclitic stripped from the word is a preposition (Arabic ب ل ك, also after و ف).
    bool is_prepositional(const std::string& folded, const std::string& clitic) const;

private:
    const Lexicon* lexicon_for(const std::string& folded) const;
    std::string stem(const Lexicon& lexicon, const std::string& folded) const;

    std::vector<std::pair<std::string, const Lexicon*>> by_script_;
};

}  // namespace stancegraph
