// Membership a sentence states in passing, by apposition rather than with a verb: "the Group of
// Seven (Canada, France, …)", "Seven EU members … - Bulgaria, Cyprus …", "NATO member Turkey",
// "Sweden is the first EU member state", "три члена Совбеза – Россия, Китай и Пакистан",
// "دول مجلس التعاون الخليجي مثل …". Each member of the list is a member of the organisation.
#pragma once

#include "sentence_analysis.hpp"

#include <utility>
#include <vector>

namespace stancegraph {

struct MembershipFact {
    const Entity* member = nullptr;
    const Entity* organisation = nullptr;
    std::string how;
};

std::vector<MembershipFact> membership_by_apposition(const SentenceAnalysis& sentence);

}  // namespace stancegraph
