// Names of TEI nodes and attributes as house styles see them (see tei_names.hpp): local names
// for TEI, well-known prefixes for the xml and frus namespaces.
#include "style/tei_names.hpp"

#include <libxml/tree.h>

#include <cstring>

namespace cabletei {
namespace {

std::string_view view(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

// The prefix a style writes for namespace `ns`: "" for TEI (and none), "xml", "frus", or the
// document's own prefix.
std::string_view prefix_of(const xmlNs* ns) {
  if (!ns || !ns->href) return "";
  std::string_view href = view(ns->href);
  if (href == kTeiNamespace) return "";
  if (href == kXmlNamespace) return "xml";
  if (href == kFrusNamespace) return "frus";
  return view(ns->prefix);
}

bool qualified_equals(const xmlNs* ns, const xmlChar* local, std::string_view name) {
  std::string_view l = view(local);
  if (name.size() < l.size() || name.substr(name.size() - l.size()) != l) return false;
  std::string_view prefix = prefix_of(ns);
  if (prefix.empty()) return name == l;
  return name.size() == prefix.size() + 1 + l.size() && name.substr(0, prefix.size()) == prefix &&
         name[prefix.size()] == ':' && name.substr(prefix.size() + 1) == l;
}

}  // namespace

std::string tag_of(const xmlNode* node) {
  switch (node->type) {
    case XML_ELEMENT_NODE: {
      std::string_view prefix = prefix_of(node->ns);
      std::string out(prefix);
      if (!out.empty()) out += ':';
      out += view(node->name);
      return out;
    }
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      return "#text";
    case XML_COMMENT_NODE:
      return "#comment";
    default:
      return "#node";
  }
}

std::string attr_name(const xmlAttr* attr) {
  std::string out(prefix_of(attr->ns));
  if (!out.empty()) out += ':';
  out += view(attr->name);
  return out;
}

bool has_tag(const xmlNode* node, std::string_view tag) {
  if (node->type != XML_ELEMENT_NODE || !node->name) return false;
  if (tag.find(':') != std::string_view::npos) return qualified_equals(node->ns, node->name, tag);
  // A TEI tag: the local name first (it mostly differs in its first byte), then the namespace.
  const auto* local = reinterpret_cast<const char*>(node->name);
  for (char c : tag)
    if (*local++ != c) return false;
  return *local == '\0' && prefix_of(node->ns).empty();
}

const xmlAttr* find_attr(const xmlNode* node, std::string_view name) {
  if (node->type != XML_ELEMENT_NODE) return nullptr;
  for (const xmlAttr* a = node->properties; a; a = a->next)
    if (qualified_equals(a->ns, a->name, name)) return a;
  return nullptr;
}

std::string attr_value(const xmlNode* node, std::string_view name, bool* present) {
  const xmlAttr* a = find_attr(node, name);
  if (present) *present = a != nullptr;
  if (!a) return {};
  std::string out;
  for (const xmlNode* c = a->children; c; c = c->next) out += view(c->content);
  return out;
}

bool split_qualified(std::string_view name, const char** ns_uri, std::string_view* local) {
  std::size_t colon = name.find(':');
  *local = name;
  *ns_uri = nullptr;
  if (colon == std::string_view::npos) return true;
  std::string_view prefix = name.substr(0, colon);
  *local = name.substr(colon + 1);
  if (prefix == "xml")
    *ns_uri = kXmlNamespace;
  else if (prefix == "frus")
    *ns_uri = kFrusNamespace;
  else
    return false;
  return !local->empty();
}

}  // namespace cabletei
