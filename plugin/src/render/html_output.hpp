// Serialises rendering results: a page as the stylesheet's xsl:output says (as xsltproc
// would), and a site's page element as an HTML5 file (<!DOCTYPE html>, UTF-8).
#pragma once

#include <libxml/tree.h>

#include <string>

#include "render/stylesheet_cache.hpp"

namespace cabletei {

// The result document serialised with `sheet`'s xsl:output settings.
std::string serialize_result(xmlDoc* result, const CompiledStylesheet& sheet);

// `html` (an element in no namespace) as an HTML5 document: "<!DOCTYPE html>" and the HTML
// serialisation in UTF-8, with a charset declaration added when the page has none.
std::string serialize_html5(const xmlNode* html);

}  // namespace cabletei
