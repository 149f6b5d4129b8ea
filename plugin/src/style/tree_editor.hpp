// Edits of the TEI tree on behalf of house styles: nodes are created, moved and detached,
// but never freed or merged until the run ends, so no handle a script holds can dangle.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct _xmlDoc;
struct _xmlNode;
struct _xmlNs;

namespace cabletei {

// Why an edit was refused; the message says what the script tried.
struct EditError {
  std::string message;
};

// Owns every node created or detached during one style run and frees, at destruction, those
// that are not in the document then. Text nodes are never merged (libxml2's xmlAddChild
// would free them). Nesting deeper than kMaxDepth is refused. Not thread-safe.
class TreeEditor {
 public:
  static constexpr int kMaxDepth = 256;

  explicit TreeEditor(_xmlDoc* doc);
  ~TreeEditor();
  TreeEditor(const TreeEditor&) = delete;
  TreeEditor& operator=(const TreeEditor&) = delete;

  _xmlDoc* doc() const { return doc_; }
  _xmlNode* root() const;

  // A new detached element: "p" (TEI), "frus:attachment"; nullptr with `error` set for a name
  // that is not an XML name or has an unknown prefix.
  _xmlNode* new_element(std::string_view tag, std::string& error);
  _xmlNode* new_text(std::string_view text);
  // A deep copy of `node`, detached.
  _xmlNode* clone(const _xmlNode* node);

  // Sets (value non-null) or removes an attribute ("n", "xml:id", "frus:doc-dateTime-min").
  bool set_attr(_xmlNode* element, std::string_view name, const char* value, std::string& error);
  // Renames an element, keeping its attributes and children.
  bool rename(_xmlNode* element, std::string_view tag, std::string& error);
  // Removes every attribute of an element.
  void clear_attrs(_xmlNode* element);
  // Replaces a text node's content.
  void set_text(_xmlNode* text, std::string_view value);

  // Moves `node` (detaching it first) before `ref` / as last child of `parent`. Refused when
  // `node` is the root, an ancestor of the target place, or the nesting would get too deep.
  bool insert_before(_xmlNode* ref, _xmlNode* node, std::string& error);
  bool append(_xmlNode* parent, _xmlNode* node, std::string& error);
  // Takes `node` out of the tree (it stays alive until the run ends). The root is refused.
  bool detach(_xmlNode* node, std::string& error);
  // Splits a text node at byte `offset` (0 < offset < size) and returns the new second half,
  // linked after it.
  _xmlNode* split_text(_xmlNode* text, std::size_t offset);

  // Bytes and nodes created so far, for the sandbox's accounting.
  std::size_t created_bytes() const { return created_bytes_; }
  // Counts the edits so far (every call that changes a node's content, attributes, name or
  // place): what was read from the tree at one version is still true at the same version.
  std::uint64_t version() const { return version_; }

 private:
  bool can_place(const _xmlNode* node, const _xmlNode* parent, std::string& error) const;
  // The namespace for `uri` (declared on the root on first use), the TEI one for null.
  _xmlNs* namespace_for(const char* uri);
  // Splits an element tag into namespace and local name; false with `error` if it is none.
  bool element_name(std::string_view tag, _xmlNs** ns, std::string& local, std::string& error);
  void unlink(_xmlNode* node);
  void track(_xmlNode* node, std::size_t bytes);

  _xmlDoc* doc_;
  _xmlNs* tei_ns_ = nullptr;
  std::vector<_xmlNode*> loose_;  // created or detached nodes
  std::size_t created_bytes_ = 0;
  std::uint64_t version_ = 0;
};

// True when `ancestor` is `node` or one of its ancestors.
bool is_ancestor_or_self(const _xmlNode* ancestor, const _xmlNode* node);

}  // namespace cabletei
