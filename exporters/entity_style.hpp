// How pictures draw an entity of each kind: Graphviz shape and style, fill colour and legend text.
// One table for the DOT export and the HTML page, so that both pictures read alike.
#pragma once

#include "core/entity.hpp"

namespace stancegraph {

struct KindStyle {
    const char* shape;
    const char* style;
    const char* fill;
    const char* legend;
};

inline KindStyle entity_kind_style(EntityKind kind) {
    switch (kind) {
        case EntityKind::state: return {"box", "rounded,filled", "#deebf7", "state"};
        case EntityKind::territory: return {"box", "rounded,filled,dashed", "#fee8c8", "state with limited recognition, territory"};
        case EntityKind::region: return {"ellipse", "filled", "#f0f0f0", "region"};
        case EntityKind::organisation: return {"hexagon", "filled", "#e5f5e0", "organisation"};
        case EntityKind::group: return {"octagon", "filled", "#fde0ef", "movement or group"};
        case EntityKind::person: return {"oval", "filled", "#efedf5", "person"};
        case EntityKind::other: return {"ellipse", "dashed", "#ffffff", "other"};
    }
    return {"ellipse", "dashed", "#ffffff", "other"};
}

}  // namespace stancegraph
