// Finding members named beside an organisation and a noun for its members.
#include "membership.hpp"

#include "argument_search.hpp"

#include <algorithm>

namespace stancegraph {

namespace {

class Appositions {
public:
    explicit Appositions(const SentenceAnalysis& s) : s_(s), lexicon_(s.text().lexicon), tokens_(s.text().tokens) {}

    std::vector<MembershipFact> run() const {
        std::vector<MembershipFact> out;
        const auto& ms = s_.mentions();
        for (std::size_t o = 0; o < ms.size(); ++o) {
            const Entity* organisation = ms[o].entity;
            if (organisation->kind != EntityKind::organisation) continue;
            // The organisation and its member noun: "EU members", "members of the EU", "члены Совбеза",
            // "دول الاتحاد", "الأعضاء في المجلس".
            std::optional<std::pair<std::size_t, std::size_t>> span = member_noun_beside(ms[o]);
            if (span) {
                if (negated(span->first)) continue;
                if (auto p = members_of(*span)) add(out, *p, organisation, "member noun");
                continue;
            }
            // "the Group of Seven (Canada, France, …)": the organisation with its members in brackets.
            if (auto p = bracketed_list_after(ms[o].last)) add(out, p->first, organisation, "members in brackets", p->second);
        }
        return out;
    }

private:
    const SentenceAnalysis& s_;
    const Lexicon& lexicon_;
    const std::vector<Token>& tokens_;

    std::optional<std::pair<std::size_t, std::size_t>> member_noun_beside(const Mention& o) const {
        const std::size_t last = s_.sentence().last, first = s_.sentence().first;
        // After the name where adjectives come first ("EU members"), before it where genitives
        // follow their noun ("члены Совбеза", "دول الاتحاد"), and "members of X" everywhere.
        if (!lexicon_.adjectives_follow_nouns && !lexicon_.inflects_names)
            if (auto end = s_.pattern_at(lexicon_.member_nouns, o.last, last)) return std::make_pair(o.first, *end);
        for (std::size_t k = o.first > first + 4 ? o.first - 4 : first; k < o.first; ++k) {
            auto end = s_.pattern_at(lexicon_.member_nouns, k, o.first);
            if (!end) continue;
            std::size_t between = *end;
            while (between < o.first && (s_.word_in(between, lexicon_.genitive_markers) || s_.word_in(between, lexicon_.list_fillers) ||
                                         s_.word_in(between, lexicon_.locative_markers)))
                ++between;
            if (between == o.first) return std::make_pair(k, o.last);
        }
        return std::nullopt;
    }

    // "Non-EU member Iceland", "غير الأعضاء": not a member.
    bool negated(std::size_t at) const {
        if (at <= s_.sentence().first) return false;
        std::size_t k = at - 1;
        if (tokens_[k].folded == "-" && k > s_.sentence().first) --k;
        return s_.word_in(k, lexicon_.negators) || tokens_[k].folded == "non";
    }

    std::optional<std::size_t> members_of(std::pair<std::size_t, std::size_t> span) const {
        const auto& ps = s_.phrases();
        const std::size_t last = s_.sentence().last;
        // A name right after: "NATO member Turkey", "EU member Sweden".
        if (auto p = phrase_starting(span.second); p && actor_list(*p)) return p;
        // A list after a marker within a few words: "EU members – Bulgaria, Cyprus", "دول مثل"; or
        // at the end of the clause the noun is the subject of ("Seven EU members have recognised
        // Palestine - Bulgaria, Cyprus …"), unless another counted noun stands between.
        for (std::size_t k = span.second; k < last && k <= span.second + 8; ++k) {
            std::optional<std::size_t> end = s_.pattern_at(lexicon_.enumeration_markers, k, last);
            const Token& t = tokens_[k];
            if (!end && t.kind == TokenKind::punct && (t.folded == ":" || t.folded == "(" || t.folded == "–" || t.folded == "—" ||
                                                       (t.folded == "-" && t.space_before)))
                end = k + 1;
            if (!end) {
                if (t.kind == TokenKind::punct && t.folded != ",") break;
                if (std::any_of(ps.begin(), ps.end(), [&](const Phrase& p) { return p.first == k; })) break;
                continue;
            }
            std::size_t at = *end;
            while (at < last && (tokens_[at].kind == TokenKind::punct || s_.word_in(at, lexicon_.list_fillers))) ++at;
            if (auto p = phrase_starting(at); p && actor_list(*p)) return p;
            break;
        }
        for (std::size_t k = span.second; k < last && k <= span.second + 20; ++k) {
            if (s_.pattern_at(lexicon_.group_nouns, k, last)) break;
            const Token& t = tokens_[k];
            const bool dash = t.kind == TokenKind::punct && (t.folded == "–" || t.folded == "—" || t.folded == ":" ||
                                                             (t.folded == "-" && t.space_before));
            if (!dash) continue;
            std::size_t at = k + 1;
            while (at < last && (tokens_[at].kind == TokenKind::punct || s_.word_in(at, lexicon_.list_fillers))) ++at;
            if (auto p = phrase_starting(at); p && actor_list(*p) && s_.phrases()[*p].members.size() >= 2 &&
                                               s_.phrases()[*p].last + 1 >= last)
                return p;
            break;
        }
        // "Sweden is the first EU member state", "Turkey, a NATO member,".
        for (std::size_t k = span.first; k > s_.sentence().first && k + 5 > span.first;) {
            --k;
            if (s_.word_in(k, lexicon_.copulas)) {
                for (std::size_t p = ps.size(); p-- > 0;)
                    if (ps[p].last <= k && ps[p].last + 2 >= k && ps[p].governed == Governed::none && actor_list(p)) return p;
                return std::nullopt;
            }
            if (tokens_[k].folded == ",") {
                for (std::size_t p = ps.size(); p-- > 0;)
                    if (ps[p].last == k && ps[p].governed == Governed::none && actor_list(p)) return p;
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    // The list in brackets after an organisation and where the brackets close (the list may go on
    // after them: "(Canada, …, the United States) and the EU").
    std::optional<std::pair<std::size_t, std::size_t>> bracketed_list_after(std::size_t at) const {
        const std::size_t last = s_.sentence().last;
        // Past an abbreviation in brackets: "the Group of Seven (G7) (Canada, …)".
        for (int round = 0; round < 2 && at < last; ++round) {
            if (tokens_[at].folded != "(") return std::nullopt;
            const std::size_t inner = at + 1;
            while (at < last && tokens_[at].folded != ")") ++at;
            if (auto p = phrase_starting(inner); p && inside(*p, at) >= 2 && actor_list(*p, at)) return std::make_pair(*p, at);
            ++at;
        }
        return std::nullopt;
    }

    std::size_t inside(std::size_t p, std::size_t close) const {
        const auto& members = s_.phrases()[p].members;
        return static_cast<std::size_t>(std::count_if(members.begin(), members.end(), [&](std::size_t m) { return s_.mentions()[m].last <= close; }));
    }

    std::optional<std::size_t> phrase_starting(std::size_t token) const {
        const auto& ps = s_.phrases();
        for (std::size_t p = 0; p < ps.size(); ++p)
            if (ps[p].first == token) return p;
        return std::nullopt;
    }

    bool actor_list(std::size_t p, std::size_t close = SIZE_MAX) const {
        const auto& members = s_.phrases()[p].members;
        return std::all_of(members.begin(), members.end(), [&](std::size_t m) {
            const Entity* e = s_.actor(m);
            return s_.mentions()[m].last > close || (e && (e->kind == EntityKind::state || e->kind == EntityKind::territory));
        });
    }

    void add(std::vector<MembershipFact>& out, std::size_t p, const Entity* organisation, const std::string& how,
             std::size_t close = SIZE_MAX) const {
        for (std::size_t m : s_.phrases()[p].members) {
            if (s_.mentions()[m].last > close) continue;
            const Entity* member = s_.actor(m);
            if (!member || member == organisation) continue;
            if (std::none_of(out.begin(), out.end(), [&](const MembershipFact& f) { return f.member == member && f.organisation == organisation; }))
                out.push_back({member, organisation, how});
        }
    }
};

}  // namespace

std::vector<MembershipFact> membership_by_apposition(const SentenceAnalysis& sentence) { return Appositions(sentence).run(); }

}  // namespace stancegraph
