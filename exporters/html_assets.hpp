// The files the HTML export builds its page from: the bundled graph library and its licences (made
// from npm packages in the build tree by web/CMakeLists.txt), and the page's own template, script
// and style (web/ in the source tree, copied beside them). Found like the data folder.
#pragma once

#include <string>

namespace stancegraph {

struct HtmlAssets {
    std::string library;    // graph-library.js
    std::string licences;   // graph-library-licences.txt
    std::string page;       // page.html, with <!--@name--> markers where the exporter writes
    std::string script;     // page.js
    std::string style;      // page.css
};

// From $STANCEGRAPH_WEB, else the install tree (../share/stancegraph/web beside the executable),
// else the build tree this binary was built in. Throws Error naming every place it looked.
HtmlAssets load_html_assets();

}  // namespace stancegraph
