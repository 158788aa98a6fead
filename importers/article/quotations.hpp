// Quotations that run over several sentences: each sentence inside one is spoken by whoever the
// quotation is attributed to where it opens ("X said: «…") or closes ("…,” the minister said"),
// though that sentence names no speaker itself.
#pragma once

#include "core/gazetteer.hpp"
#include "lexicon.hpp"
#include "mention_finder.hpp"
#include "tokenizer.hpp"

#include <functional>
#include <vector>

namespace stancegraph {

struct QuotationState {
    const Entity* speaker = nullptr;  // whom the quotation the sentence belongs to is attributed to
    bool starts_inside = false;       // the sentence begins inside a quotation opened before it
};

// Per sentence: the quotation it belongs to, if any.
// `actor_of` gives the actor behind a mention (a person's state on the day).
std::vector<QuotationState> quotation_speakers(const TokenizedText& text, const TextForms& forms, const Lexicon& lexicon,
                                              const std::vector<std::vector<Mention>>& mentions,
                                              const std::function<const Entity*(const Mention&)>& actor_of);

}  // namespace stancegraph
