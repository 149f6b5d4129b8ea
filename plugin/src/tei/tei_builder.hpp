// Builds the FRUS-style TEI document for a cable: teiHeader, and a body holding one
// div type="document" with head, dateline, paragraphs, lists, notes, page breaks, closer.
#pragma once

#include <memory>
#include <string>

#include "cable/cable.hpp"

struct _xmlDoc;

namespace cabletei {

// Initialises libxml2 once per process. Its lazy initialisation is not thread-safe (2.9.x), so
// this runs before any context is used; build_tei also calls it. Safe to call many times.
void init_xml_library();

struct XmlDocFree {
  void operator()(_xmlDoc* doc) const;
};
// A libxml2 document owned by the holder.
using TeiDocument = std::unique_ptr<_xmlDoc, XmlDocFree>;

// Builds `cable` as a complete TEI P5 document. Elements carry their input line (node->line).
// Throws std::bad_alloc when memory runs out.
TeiDocument build_tei_document(const Cable& cable);

// The document as UTF-8 XML, indented where there is no mixed content.
std::string serialize_tei(_xmlDoc* doc);

// serialize_tei(build_tei_document(cable)).
std::string build_tei(const Cable& cable);

}  // namespace cabletei
