// The safe parse of rendering input: the file is read into memory and parsed with the safe
// options; any internal or external DTD subset makes the input unusable.
#include "render/safe_input.hpp"

#include <libxml/parser.h>

#include "io/read_file.hpp"

namespace cabletei {

XmlDocPtr parse_safe_input(const std::string& path, ErrorCollector& errors) {
  std::string data;
  if (!read_file(path, data)) {
    errors.add(Severity::error, "unreadable-input", "cannot read " + path);
    return nullptr;
  }
  if (data.size() > static_cast<std::size_t>(INT32_MAX)) {
    errors.add(Severity::error, "unreadable-input", path + " is too large");
    return nullptr;
  }
  XmlDocPtr doc(xmlReadMemory(data.data(), static_cast<int>(data.size()), path.c_str(), nullptr,
                              kSafeParseOptions));
  if (!doc) {
    if (!errors.has_errors()) errors.add(Severity::error, "xml-error", path + " is not XML");
    return nullptr;
  }
  if (doc->intSubset || doc->extSubset) {
    errors.add(Severity::error, "doctype-rejected",
               "a DOCTYPE is not accepted in rendering input (entities could read files or "
               "expand without bound); remove it");
    return nullptr;
  }
  return doc;
}

}  // namespace cabletei
