// Turns a site:site result tree into output files, checking every href so that a stylesheet
// can only write plain file names inside the chosen folder.
#include "render/site_result.hpp"

#include <cctype>
#include <set>
#include <string>

#include "render/html_output.hpp"

namespace cabletei {
namespace {

bool is_site_element(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && node->ns &&
         xmlStrEqual(node->ns->href, BAD_CAST kSiteNamespace) &&
         xmlStrEqual(node->name, BAD_CAST name);
}

bool is_plain_name(const std::string& name) {
  if (name.empty() || name.front() == '.') return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-'))
      return false;
  return true;
}

std::string href_of(xmlNode* node) {
  xmlChar* value = xmlGetNoNsProp(node, BAD_CAST "href");
  std::string href = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return href;
}

const xmlNode* html_child(const xmlNode* page) {
  for (const xmlNode* child = page->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE && !child->ns && xmlStrEqual(child->name, BAD_CAST "html"))
      return child;
  return nullptr;
}

std::string text_of(xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string text = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return text;
}

// One child of site:site as a file; false (with an error) when it is not a valid one.
bool take_child(xmlNode* child, std::vector<OutputFile>& files, ErrorCollector& errors) {
  bool page = is_site_element(child, "page");
  if (!page && !is_site_element(child, "file")) {
    errors.add(Severity::error, "bad-site",
               std::string("unexpected element in the site result: ") +
                   reinterpret_cast<const char*>(child->name));
    return false;
  }
  std::string href = href_of(child);
  if (!is_plain_name(href)) {
    errors.add(Severity::error, "bad-site",
               "refused site href '" + href + "': expected a plain file name ([A-Za-z0-9._-]+)");
    return false;
  }
  const xmlNode* html = page ? html_child(child) : nullptr;
  if (page && !html) {
    errors.add(Severity::error, "bad-site", "site page " + href + " has no html element");
    return false;
  }
  files.push_back({href, page ? serialize_html5(html) : text_of(child)});
  return true;
}

}  // namespace

bool is_site_result(xmlDoc* result) {
  xmlNode* root = result ? xmlDocGetRootElement(result) : nullptr;
  return root && is_site_element(root, "site");
}

std::optional<std::vector<OutputFile>> site_files(xmlDoc* result, ErrorCollector& errors) {
  if (!is_site_result(result)) {
    errors.add(Severity::error, "bad-site",
               "the stylesheet did not produce a site (site:site in urn:cabletei:site)");
    return std::nullopt;
  }
  std::vector<OutputFile> files;
  std::set<std::string> names;
  for (xmlNode* child = xmlDocGetRootElement(result)->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (!take_child(child, files, errors)) return std::nullopt;
    if (!names.insert(files.back().name).second) {
      errors.add(Severity::error, "bad-site", "site href " + files.back().name + " appears twice");
      return std::nullopt;
    }
  }
  return files;
}

}  // namespace cabletei
