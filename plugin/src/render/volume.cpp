// Volume detection by a bounded walk of the body: it stops at the second document division,
// so a large volume costs no more than a small one.
#include "render/volume.hpp"

namespace cabletei {
namespace {

bool is_tei(const xmlNode* node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE && node->ns &&
         xmlStrEqual(node->ns->href, BAD_CAST kTeiNamespace) &&
         xmlStrEqual(node->name, BAD_CAST name);
}

const xmlNode* tei_child(const xmlNode* parent, const char* name) {
  for (const xmlNode* child = parent ? parent->children : nullptr; child; child = child->next)
    if (is_tei(child, name)) return child;
  return nullptr;
}

bool is_document_div(const xmlNode* node) {
  if (!is_tei(node, "div")) return false;
  xmlChar* type = xmlGetNoNsProp(node, BAD_CAST "type");
  bool document = type && xmlStrEqual(type, BAD_CAST "document");
  xmlFree(type);
  return document;
}

// Counts document divisions under `node`, stopping once `count` reaches 2.
void count_documents(const xmlNode* node, int& count) {
  for (const xmlNode* child = node->children; child && count < 2; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_document_div(child))
      ++count;
    else
      count_documents(child, count);
  }
}

}  // namespace

bool is_volume(xmlDoc* doc) {
  const xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
  if (!is_tei(root, "TEI")) return false;
  const xmlNode* body = tei_child(tei_child(root, "text"), "body");
  int count = 0;
  if (body) count_documents(body, count);
  return count > 1;
}

}  // namespace cabletei
