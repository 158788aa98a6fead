// Reading articles from their three formats: article JSON (one object, or a list of them), JSON
// Lines of article objects, and plain text with an optional header of "key: value" lines.
#pragma once

#include "article.hpp"
#include "importers/importer.hpp"

#include <functional>
#include <istream>
#include <string>

namespace stancegraph {

using ArticleHandler = std::function<void(Article&&)>;

// Each reader calls `handle` per article and reports a bad article to the sink (with its location)
// without stopping; a file that cannot be read at all throws InputError.
void read_article_json(const std::string& content, const std::string& file, ArticleHandler handle, DocumentSink& sink);
// JSON Lines are streamed: one line in memory at a time, whatever the file's size.
void read_article_jsonl(std::istream& stream, const std::string& file, ArticleHandler handle, DocumentSink& sink);
void read_article_text(const std::string& content, const std::string& file, const ImportOptions& options,
                       ArticleHandler handle, DocumentSink& sink);

}  // namespace stancegraph
