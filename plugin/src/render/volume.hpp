// Tells a volume from a single document: a tei:TEI whose text/body holds more than one
// div type="document" (at any depth, as in chapters) is rendered as a site.
#pragma once

#include <libxml/tree.h>

namespace cabletei {

// The TEI namespace.
constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";

// True when `doc` is a volume.
bool is_volume(xmlDoc* doc);

}  // namespace cabletei
