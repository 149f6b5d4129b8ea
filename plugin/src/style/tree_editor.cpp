// Tree edits for house styles (see tree_editor.hpp): pointer-level linking that never merges
// text nodes, and deferred freeing of everything a run created or detached.
#include "style/tree_editor.hpp"

#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <new>

#include "style/tei_names.hpp"

namespace cabletei {
namespace {

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

bool is_xml_name(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    bool other = (c >= '0' && c <= '9') || c == '-' || c == '.';
    if (!alpha && !(i > 0 && other)) return false;
  }
  return true;
}

int depth_of(const xmlNode* node) {
  int d = 0;
  for (; node && node->type == XML_ELEMENT_NODE; node = node->parent) ++d;
  return d;
}

// Height of the subtree, stopping once it passes `limit`.
int height_of(const xmlNode* node, int limit) {
  if (node->type != XML_ELEMENT_NODE) return 0;
  int h = 0;
  for (const xmlNode* c = node->children; c && h <= limit; c = c->next)
    h = std::max(h, height_of(c, limit - 1));
  return h + 1;
}

std::size_t bytes_of(std::string_view s) { return s.size() + sizeof(xmlNode); }

}  // namespace

bool is_ancestor_or_self(const xmlNode* ancestor, const xmlNode* node) {
  for (; node; node = node->parent)
    if (node == ancestor) return true;
  return false;
}

TreeEditor::TreeEditor(xmlDoc* doc) : doc_(doc) {
  xmlNode* r = root();
  if (r) tei_ns_ = xmlSearchNsByHref(doc_, r, X(kTeiNamespace));
}

TreeEditor::~TreeEditor() {
  // Free the topmost loose nodes only: freeing one frees its subtree.
  std::vector<xmlNode*> tops;
  for (xmlNode* n : loose_)
    if (!n->parent) tops.push_back(n);
  std::sort(tops.begin(), tops.end());
  tops.erase(std::unique(tops.begin(), tops.end()), tops.end());
  for (xmlNode* n : tops) xmlFreeNode(n);
}

xmlNode* TreeEditor::root() const { return xmlDocGetRootElement(doc_); }

void TreeEditor::track(xmlNode* node, std::size_t bytes) {
  loose_.push_back(node);
  created_bytes_ += bytes;
}

xmlNs* TreeEditor::namespace_for(const char* uri) {
  if (!uri) return tei_ns_;
  xmlNode* r = root();
  xmlNs* ns = xmlSearchNsByHref(doc_, r, X(uri));  // finds the predefined xml namespace too
  return ns ? ns : xmlNewNs(r, X(uri), X("frus"));
}

bool TreeEditor::element_name(std::string_view tag, xmlNs** ns, std::string& local,
                              std::string& error) {
  const char* uri = nullptr;
  std::string_view name;
  if (!split_qualified(tag, &uri, &name) || !is_xml_name(name) ||
      (uri && std::string_view(uri) == kXmlNamespace)) {  // by content: literals may differ
    error = "'" + std::string(tag) + "' is not a TEI element name";
    return false;
  }
  *ns = namespace_for(uri);
  local = std::string(name);
  return true;
}

xmlNode* TreeEditor::new_element(std::string_view tag, std::string& error) {
  xmlNs* ns = nullptr;
  std::string local;
  if (!element_name(tag, &ns, local, error)) return nullptr;
  xmlNode* node = xmlNewDocNode(doc_, ns, X(local.c_str()), nullptr);
  if (!node) throw std::bad_alloc();
  track(node, bytes_of(tag));
  return node;
}

xmlNode* TreeEditor::new_text(std::string_view text) {
  xmlNode* node = xmlNewDocTextLen(doc_, X(text.data()), static_cast<int>(text.size()));
  if (!node) throw std::bad_alloc();
  track(node, bytes_of(text));
  return node;
}

xmlNode* TreeEditor::clone(const xmlNode* node) {
  if (node->type != XML_ELEMENT_NODE) {
    const char* content = node->content ? reinterpret_cast<const char*>(node->content) : "";
    if (node->type == XML_COMMENT_NODE) {
      xmlNode* c = xmlNewDocComment(doc_, X(content));
      if (!c) throw std::bad_alloc();
      track(c, bytes_of(content));
      return c;
    }
    return new_text(content);
  }
  xmlNode* copy = xmlNewDocNode(doc_, node->ns, node->name, nullptr);
  if (!copy) throw std::bad_alloc();
  track(copy, bytes_of(reinterpret_cast<const char*>(node->name)));
  copy->line = node->line;
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    xmlChar* v = xmlNodeListGetString(doc_, a->children, 1);
    xmlNewNsProp(copy, a->ns, a->name, v);
    xmlFree(v);
  }
  std::string ignored;
  for (const xmlNode* c = node->children; c; c = c->next) append(copy, clone(c), ignored);
  return copy;
}

bool TreeEditor::set_attr(xmlNode* element, std::string_view name, const char* value,
                          std::string& error) {
  ++version_;
  const char* uri = nullptr;
  std::string_view local;
  if (element->type != XML_ELEMENT_NODE) {
    error = "only elements have attributes";
    return false;
  }
  if (!split_qualified(name, &uri, &local) || !is_xml_name(local)) {
    error = "'" + std::string(name) + "' is not an attribute name";
    return false;
  }
  if (!value) {
    if (const xmlAttr* a = find_attr(element, name)) xmlRemoveProp(const_cast<xmlAttr*>(a));
    return true;
  }
  created_bytes_ += std::strlen(value) + name.size();
  std::string l(local);
  xmlNs* ns = uri ? namespace_for(uri) : nullptr;
  if (!xmlSetNsProp(element, ns, X(l.c_str()), X(value))) throw std::bad_alloc();
  return true;
}

bool TreeEditor::rename(xmlNode* element, std::string_view tag, std::string& error) {
  ++version_;
  if (element->type != XML_ELEMENT_NODE) {
    error = "only elements have a tag";
    return false;
  }
  xmlNs* ns = nullptr;
  std::string local;
  if (!element_name(tag, &ns, local, error)) return false;
  xmlNodeSetName(element, X(local.c_str()));
  element->ns = ns;
  return true;
}

void TreeEditor::clear_attrs(xmlNode* element) {
  ++version_;
  while (element->properties) xmlRemoveProp(element->properties);
}

void TreeEditor::set_text(xmlNode* text, std::string_view value) {
  ++version_;
  created_bytes_ += value.size();
  xmlNodeSetContentLen(text, X(value.data()), static_cast<int>(value.size()));
}

bool TreeEditor::can_place(const xmlNode* node, const xmlNode* parent, std::string& error) const {
  if (node == root() || node->type == XML_DOCUMENT_NODE) {
    error = "the document's root element cannot be moved";
    return false;
  }
  if (!parent || parent->type != XML_ELEMENT_NODE) {
    error = "nodes can only be placed inside elements";
    return false;
  }
  if (is_ancestor_or_self(node, parent)) {
    error = "a node cannot be placed inside itself";
    return false;
  }
  if (depth_of(parent) + height_of(node, kMaxDepth) > kMaxDepth) {
    error = "elements nested deeper than " + std::to_string(kMaxDepth) + " levels";
    return false;
  }
  return true;
}

void TreeEditor::unlink(xmlNode* node) {
  if (!node->parent) return;
  if (node->prev)
    node->prev->next = node->next;
  else
    node->parent->children = node->next;
  if (node->next)
    node->next->prev = node->prev;
  else
    node->parent->last = node->prev;
  node->parent = node->prev = node->next = nullptr;
}

bool TreeEditor::insert_before(xmlNode* ref, xmlNode* node, std::string& error) {
  ++version_;
  if (ref == node) return true;
  if (!can_place(node, ref->parent, error)) return false;
  if (!node->parent) loose_.push_back(node);  // cheap; duplicates are removed at the end
  unlink(node);
  node->parent = ref->parent;
  node->prev = ref->prev;
  node->next = ref;
  if (ref->prev)
    ref->prev->next = node;
  else
    ref->parent->children = node;
  ref->prev = node;
  return true;
}

bool TreeEditor::append(xmlNode* parent, xmlNode* node, std::string& error) {
  ++version_;
  if (!can_place(node, parent, error)) return false;
  unlink(node);
  node->parent = parent;
  node->prev = parent->last;
  node->next = nullptr;
  if (parent->last)
    parent->last->next = node;
  else
    parent->children = node;
  parent->last = node;
  return true;
}

bool TreeEditor::detach(xmlNode* node, std::string& error) {
  ++version_;
  if (node == root()) {
    error = "the document's root element cannot be removed";
    return false;
  }
  if (node->parent) {
    unlink(node);
    loose_.push_back(node);
  }
  return true;
}

xmlNode* TreeEditor::split_text(xmlNode* text, std::size_t offset) {
  ++version_;
  std::string content = text->content ? reinterpret_cast<const char*>(text->content) : "";
  xmlNode* tail = new_text(std::string_view(content).substr(offset));
  std::string ignored;
  if (text->next) {
    insert_before(text->next, tail, ignored);
  } else {
    append(text->parent, tail, ignored);
  }
  xmlNodeSetContentLen(text, X(content.data()), static_cast<int>(offset));
  return tail;
}

}  // namespace cabletei
