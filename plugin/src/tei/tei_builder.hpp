// Builds the FRUS-style TEI document for a cable: teiHeader, and a body holding one
// div type="document" with head, dateline, paragraphs, lists, notes, page breaks, closer.
#pragma once

#include <string>

#include "cable/cable.hpp"

namespace cabletei {

// Initialises libxml2 once per process. Its lazy initialisation is not thread-safe (2.9.x), so
// this runs before any context is used; build_tei also calls it. Safe to call many times.
void init_xml_library();

// Serialises `cable` as a complete TEI P5 document (UTF-8, indented where no mixed content).
std::string build_tei(const Cable& cable);

}  // namespace cabletei
