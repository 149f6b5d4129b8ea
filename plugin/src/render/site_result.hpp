// Reads a site stylesheet's result: <site:site> in namespace urn:cabletei:site holding
// site:page elements (an html element each) and site:file elements (text), named by href.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <vector>

#include "render/atomic_files.hpp"
#include "render/error_collector.hpp"

namespace cabletei {

// The namespace of the site format.
constexpr const char* kSiteNamespace = "urn:cabletei:site";

// True when `result`'s root element is site:site.
bool is_site_result(xmlDoc* result);

// The files of the site: each page as an HTML5 document, each file as its text. An href
// that is not a plain file name ([A-Za-z0-9._-]+, not starting with '.'), a duplicate href,
// a page without its html element or an unknown child is an error ("bad-site"); returns
// nullopt then.
std::optional<std::vector<OutputFile>> site_files(xmlDoc* result, ErrorCollector& errors);

}  // namespace cabletei
