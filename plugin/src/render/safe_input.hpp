// Parses the TEI to render without network, DTD loading or entity expansion, and refuses a
// document that has a DOCTYPE (entities could read files or expand without bound).
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>

#include "render/error_collector.hpp"

namespace cabletei {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// The parser options of every document read during a rendering (input and document()).
constexpr int kSafeParseOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA;

// Reads and parses `path`. Returns nullptr after reporting the reason to `errors` (codes
// "unreadable-input", "xml-error", "doctype-rejected").
XmlDocPtr parse_safe_input(const std::string& path, ErrorCollector& errors);

}  // namespace cabletei
