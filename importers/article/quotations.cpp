// Finding who speaks a quotation of several sentences.
#include "quotations.hpp"

namespace stancegraph {

namespace {

bool opens(const Token& t) { return t.kind == TokenKind::punct && (t.folded == "“" || t.folded == "«" || t.folded == "„"); }
bool closes(const Token& t) { return t.kind == TokenKind::punct && (t.folded == "”" || t.folded == "»"); }
bool straight(const Token& t) { return t.kind == TokenKind::punct && t.folded == "\""; }

// A speech verb with an actor beside it in tokens [from, to) of a sentence: "…,” Lavrov said".
const Entity* attributed(const TextForms& forms, const Lexicon& lexicon, const std::vector<Mention>& mentions,
                         std::size_t from, std::size_t to, const std::function<const Entity*(const Mention&)>& actor_of) {
    for (std::size_t k = from; k < to; ++k) {
        auto end = lexicon.speech_verbs.longest_at(forms, k, to);
        if (!end) continue;
        const Entity* best = nullptr;
        std::size_t best_distance = 6;
        for (const auto& m : mentions) {
            if (m.first < from || m.last > to) continue;
            const std::size_t distance = m.last <= k ? k - m.last : m.first >= *end ? m.first - *end : 99;
            const Entity* actor = actor_of(m);
            if (actor && distance < best_distance) {
                best = actor;
                best_distance = distance;
            }
        }
        if (best) return best;
    }
    return nullptr;
}

}  // namespace

std::vector<QuotationState> quotation_speakers(const TokenizedText& text, const TextForms& forms, const Lexicon& lexicon,
                                              const std::vector<std::vector<Mention>>& mentions,
                                              const std::function<const Entity*(const Mention&)>& actor_of) {
    const auto& sentences = text.sentences;
    std::vector<QuotationState> speakers(sentences.size());
    bool open = false, open_straight = false;
    std::size_t open_sentence = 0, open_token = 0;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        speakers[s].starts_inside = open;
        for (std::size_t k = sentences[s].first; k < sentences[s].last; ++k) {
            const Token& t = text.tokens[k];
            const bool start = opens(t) || (straight(t) && !open);
            const bool stop = closes(t) || (straight(t) && open && open_straight);
            if (start && !open) {
                open = true;
                open_straight = straight(t);
                open_sentence = s;
                open_token = k;
            } else if (stop && open) {
                open = false;
                if (s == open_sentence) continue;
                // Attributed after the close in this sentence, or before the open in the first.
                const Entity* who = attributed(forms, lexicon, mentions[s], k + 1, sentences[s].last, actor_of);
                if (!who) who = attributed(forms, lexicon, mentions[open_sentence], sentences[open_sentence].first, open_token, actor_of);
                if (who)
                    for (std::size_t q = open_sentence; q <= s; ++q) speakers[q].speaker = who;
            }
        }
        // A paragraph break ends a quotation opened by a straight mark, which cannot tell opening from
        // closing; guillemets and curly marks may run over paragraphs.
        if (open && open_straight && s + 1 < sentences.size() && text.tokens[sentences[s + 1].first].newline_before)
            open = false;
    }
    return speakers;
}

}  // namespace stancegraph
