// A relation as the predicate of an English sentence whose subject is a number of entities, so that
// text output agrees in number: "1 entity recognizes Abkhazia", "58 entities recognize Kosovo".
#pragma once

#include "relation_ontology.hpp"

#include <cstddef>
#include <string>

namespace stancegraph {

// The relation's English label conjugated for `subjects` subjects: "recognizes" / "recognize",
// "does not recognize" / "do not recognize"; a label that is no verb ("member of") gets "is" / "are".
std::string english_predicate(const RelationInfo& relation, std::size_t subjects);

// "1 entity", "58 entities".
std::string entity_count(std::size_t n);

}  // namespace stancegraph
