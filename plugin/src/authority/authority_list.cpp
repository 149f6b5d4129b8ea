// Loading the persons and terms lists: the publisher's TEI front matter through libxml2 (safe
// options, errors captured per parser context) or a TSV file; then ids checked, forms made.
#include "authority/authority_list.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <system_error>
#include <utility>

#include "authority/name_forms.hpp"
#include "tei/tei_builder.hpp"

namespace cabletei {
namespace {

constexpr const char* kTeiNs = "http://www.tei-c.org/ns/1.0";
constexpr std::size_t kMaxFileBytes = std::size_t{256} << 20;  // < INT_MAX, as libxml2 needs

using LoadResult = std::variant<AuthorityList, AuthorityError>;

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

const char* kind_name(AuthorityKind kind) {
  return kind == AuthorityKind::persons ? "persons" : "terms";
}

AuthorityKind other_kind(AuthorityKind kind) {
  return kind == AuthorityKind::persons ? AuthorityKind::terms : AuthorityKind::persons;
}

struct FileClose {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// Reads the whole file into `content`; on failure returns false with the reason in `error`.
bool read_file(const std::string& path, std::string& content, std::string& error) {
  std::unique_ptr<std::FILE, FileClose> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    error = "cannot open the file: " + std::generic_category().message(errno);
    return false;
  }
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0;) {
    content.append(buffer, n);
    if (content.size() > kMaxFileBytes) {
      error = "the file is too large for a list (over 256 MiB)";
      return false;
    }
  }
  if (std::ferror(file.get())) {
    error = "cannot read the file: " + std::generic_category().message(errno);
    return false;
  }
  return true;
}

bool has_suffix(const std::string& path, std::string_view suffix) {
  if (path.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = path[path.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

std::string_view without_bom(std::string_view s) {
  return s.substr(0, 3) == "\xEF\xBB\xBF" ? s.substr(3) : s;
}

bool is_tsv(const std::string& path, std::string_view content) {
  if (has_suffix(path, ".tsv")) return true;
  if (has_suffix(path, ".xml")) return false;
  std::size_t first = without_bom(content).find_first_not_of(" \t\r\n");
  return first == std::string_view::npos || without_bom(content)[first] != '<';
}

// Adds `entry` unless its id is taken; returns the error for a duplicate.
bool add_entry(AuthorityList& list, AuthorityEntry entry, std::size_t line,
               std::map<std::string, std::size_t, std::less<>>& lines, AuthorityError& error) {
  auto [it, inserted] = lines.emplace(entry.id, line);
  if (!inserted) {
    error = {
        list.file, line, 0,
        "duplicate id \"" + entry.id + "\" (first at line " + std::to_string(it->second) + ")"};
    return false;
  }
  entry.forms =
      list.kind == AuthorityKind::persons ? person_forms(entry.name) : term_forms(entry.name);
  list.entries.push_back(std::move(entry));
  return true;
}

// --- XML ------------------------------------------------------------------------------------

#if LIBXML_VERSION >= 21200
using XmlErrorArg = const xmlError*;
#else
using XmlErrorArg = xmlErrorPtr;
#endif

// Keeps the first error libxml2 reports while parsing; installed on the parser context only.
void keep_first_error(void* user_data, XmlErrorArg e) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(user_data);
  auto* first = ctxt ? static_cast<AuthorityError*>(ctxt->_private) : nullptr;
  if (!first || !e || e->level < XML_ERR_ERROR || !first->message.empty()) return;
  if (e->domain == XML_FROM_VALID) return;  // e.g. a repeated xml:id: reported by the loader
  first->line = e->line > 0 ? static_cast<std::size_t>(e->line) : 0;
  first->column = e->int2 > 0 ? static_cast<std::size_t>(e->int2) : 0;
  first->message = normalize_whitespace(e->message ? e->message : "");
  if (first->message.empty()) first->message = "not well-formed XML";
}

void ignore_error(void*, XmlErrorArg) {}

// Silences, on this thread and while it lives, the errors libxml2 raises without a parser
// context (encoding conversion) that would go to stderr; restores the previous handler.
class QuietXmlErrors {
 public:
  QuietXmlErrors() : handler_(xmlStructuredError), context_(xmlStructuredErrorContext) {
    xmlSetStructuredErrorFunc(nullptr, ignore_error);
  }
  ~QuietXmlErrors() { xmlSetStructuredErrorFunc(context_, handler_); }
  QuietXmlErrors(const QuietXmlErrors&) = delete;
  QuietXmlErrors& operator=(const QuietXmlErrors&) = delete;

 private:
  xmlStructuredErrorFunc handler_;
  void* context_;
};

struct ParserFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};
struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// Parses `content` safely: no network, no DTD loading, no entity substitution, no output:
// parser errors go to this parser context only, the first one into `error`.
DocPtr parse_xml(const std::string& path, const std::string& content, AuthorityError& error) {
  init_xml_library();
  std::unique_ptr<xmlParserCtxt, ParserFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) {
    error = {path, 0, 0, "cannot create an XML parser (out of memory)"};
    return nullptr;
  }
  AuthorityError first{path, 0, 0, ""};
  ctxt->_private = &first;
  ctxt->sax->serror = keep_first_error;
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  QuietXmlErrors quiet;
  DocPtr doc(xmlCtxtReadMemory(ctxt.get(), content.data(), static_cast<int>(content.size()),
                               path.c_str(), nullptr, options));
  if (doc && ctxt->wellFormed && first.message.empty()) return doc;
  if (first.message.empty()) {
    const xmlError& last = ctxt->lastError;
    first = {path, last.line > 0 ? static_cast<std::size_t>(last.line) : 0,
             last.int2 > 0 ? static_cast<std::size_t>(last.int2) : 0,
             normalize_whitespace(last.message ? last.message : "not well-formed XML")};
  }
  error = std::move(first);
  return nullptr;
}

bool is_tei(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, X(name)) &&
         (node->ns == nullptr || xmlStrEqual(node->ns->href, X(kTeiNs)));
}

std::string xml_id(const xmlNode* node) {
  xmlChar* value = xmlGetNsProp(node, X("id"), XML_XML_NAMESPACE);
  std::string id = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return id;
}

std::string text_content(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string text = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return normalize_whitespace(text);
}

// The div xml:id="persons" (or "terms") among `node` and its following siblings, depth first.
const xmlNode* find_div(const xmlNode* node, AuthorityKind kind) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (is_tei(node, "div") && xml_id(node) == kind_name(kind)) return node;
    if (const xmlNode* found = find_div(node->children, kind)) return found;
  }
  return nullptr;
}

// The list items below `node` (not those nested in another item).
void find_items(const xmlNode* node, std::vector<const xmlNode*>& items) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (is_tei(node, "item"))
      items.push_back(node);
    else
      find_items(node->children, items);
  }
}

// The first persName (or term) with an xml:id in an item, outside notes and nested items.
const xmlNode* find_name(const xmlNode* node, AuthorityKind kind) {
  const char* element = kind == AuthorityKind::persons ? "persName" : "term";
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (is_tei(node, element) && !xml_id(node).empty()) return node;
    if (is_tei(node, "note") || is_tei(node, "item")) continue;
    if (const xmlNode* found = find_name(node->children, kind)) return found;
  }
  return nullptr;
}

// Appends the text that follows `name` in document order, leaving out notes.
void text_after(const xmlNode* node, const xmlNode* name, bool& after, std::string& out) {
  for (; node; node = node->next) {
    if (node == name) {
      after = true;
    } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (after && node->content) out += reinterpret_cast<const char*>(node->content);
    } else if (node->type == XML_ELEMENT_NODE && !is_tei(node, "note")) {
      text_after(node->children, name, after, out);
    }
  }
}

std::string description_of(const xmlNode* item, const xmlNode* name) {
  std::string text;
  bool after = false;
  text_after(item->children, name, after, text);
  text = normalize_whitespace(text);
  std::size_t start = text.find_first_not_of(", ");
  return start == std::string::npos ? std::string() : text.substr(start);
}

std::size_t line_of(const xmlNode* node) {
  long line = xmlGetLineNo(node);
  return line > 0 ? static_cast<std::size_t>(line) : 0;
}

LoadResult missing_div(const std::string& path, const xmlDoc* doc, AuthorityKind kind) {
  std::string wanted = kind_name(kind), other = kind_name(other_kind(kind));
  if (find_div(xmlDocGetRootElement(doc), other_kind(kind)))
    return AuthorityError{path, 0, 0,
                          "this is the list of " + other + " (div xml:id=\"" + other +
                              "\"), not of " + wanted + ": give it as the " + other + " list"};
  return AuthorityError{path, 0, 0,
                        "no TEI div xml:id=\"" + wanted + "\" in this file: expected the " +
                            "volume's list of " + wanted};
}

// The value of the frus-namespace attribute `name` of `node`, or "".
std::string frus_attr(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetNsProp(node, X(name), X("http://history.state.gov/frus/ns/1.0"));
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

LoadResult read_xml_list(const std::string& path, const std::string& content, AuthorityKind kind) {
  AuthorityError error;
  DocPtr doc = parse_xml(path, content, error);
  if (!doc) return error;
  const xmlNode* div = find_div(xmlDocGetRootElement(doc.get()), kind);
  if (!div) return missing_div(path, doc.get(), kind);
  AuthorityList list{
      kind, path, {}, {}, frus_attr(div, "doc-dateTime-min"), frus_attr(div, "doc-dateTime-max")};
  std::map<std::string, std::size_t, std::less<>> lines;
  std::vector<const xmlNode*> items;
  find_items(div->children, items);
  for (const xmlNode* item : items) {
    const xmlNode* name = find_name(item->children, kind);
    if (!name) continue;  // an editor's note
    AuthorityEntry entry{xml_id(name), text_content(name), description_of(item, name), {}};
    if (entry.name.empty())
      return AuthorityError{path, line_of(name), 0, "empty name for id \"" + entry.id + "\""};
    if (!add_entry(list, std::move(entry), line_of(name), lines, error)) return error;
  }
  list.index();
  return list;
}

// --- TSV ------------------------------------------------------------------------------------

// 1-based byte column of the first invalid UTF-8 sequence in `line`, or 0.
std::size_t invalid_utf8_column(std::string_view line) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(line.data());
  for (std::size_t i = 0; i < line.size();) {
    int32_t n = static_cast<int32_t>(std::min<std::size_t>(4, line.size() - i)), k = 0;
    UChar32 c = 0;
    U8_NEXT(p + i, k, n, c);
    if (c < 0) return i + 1;
    i += static_cast<std::size_t>(k);
  }
  return 0;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool is_header(const std::vector<std::string_view>& fields) {
  if (fields.size() != 3) return false;
  auto is = [](std::string_view field, std::string_view word) {
    return normalize_whitespace(field) == word;
  };
  return is(fields[0], "id") && (is(fields[1], "name") || is(fields[1], "term")) &&
         is(fields[2], "description");
}

// Byte column where field `index` starts.
std::size_t field_column(const std::vector<std::string_view>& fields, std::size_t index) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < index && i < fields.size(); ++i) column += fields[i].size() + 1;
  return column;
}

// Reads one data line into `entry`; false with the error when it is not one.
bool parse_tsv_line(const std::vector<std::string_view>& fields, std::size_t line_length,
                    AuthorityEntry& entry, std::size_t& column, std::string& message) {
  if (fields.size() != 3) {
    column = fields.size() > 3 ? field_column(fields, 3) - 1 : line_length + 1;
    message = "expected 3 tab-separated columns (id, name, description), found " +
              std::to_string(fields.size());
    return false;
  }
  entry.id = normalize_whitespace(fields[0]);
  entry.name = normalize_whitespace(fields[1]);
  entry.description = normalize_whitespace(fields[2]);
  column = 1;
  if (entry.id.empty()) message = "empty id";
  if (entry.id.find(' ') != std::string::npos) message = "the id contains white space";
  if (message.empty() && entry.name.empty()) {
    column = field_column(fields, 1);
    message = "empty name";
  }
  return message.empty();
}

LoadResult read_tsv_list(const std::string& path, std::string_view content, AuthorityKind kind) {
  content = without_bom(content);
  if (content.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return AuthorityError{path, 0, 0, "the file is empty"};
  AuthorityList list{kind, path, {}, {}, "", ""};
  std::map<std::string, std::size_t, std::less<>> lines;
  AuthorityError error;
  bool first_line = true;
  for (std::size_t number = 1, start = 0; start < content.size(); ++number) {
    std::size_t end = std::min(content.find('\n', start), content.size());
    std::string_view line = content.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    if (std::size_t column = invalid_utf8_column(line))
      return AuthorityError{path, number, column, "invalid UTF-8 byte sequence"};
    std::vector<std::string_view> fields = split_tabs(line);
    if (std::exchange(first_line, false) && is_header(fields)) continue;
    AuthorityEntry entry;
    std::size_t column = 0;
    std::string message;
    if (!parse_tsv_line(fields, line.size(), entry, column, message))
      return AuthorityError{path, number, column, message};
    if (!add_entry(list, std::move(entry), number, lines, error)) return error;
  }
  list.index();
  return list;
}

}  // namespace

const AuthorityEntry* AuthorityList::find(std::string_view id) const {
  if (!id.empty() && id[0] == '#') id.remove_prefix(1);
  if (by_id.size() == entries.size()) {
    auto it = by_id.find(id);
    if (it == by_id.end()) return nullptr;
    if (it->second < entries.size() && entries[it->second].id == id) return &entries[it->second];
  }
  for (const AuthorityEntry& entry : entries)
    if (entry.id == id) return &entry;
  return nullptr;
}

void AuthorityList::index() {
  by_id.clear();
  for (std::size_t i = 0; i < entries.size(); ++i) by_id.emplace(entries[i].id, i);
}

std::string AuthorityError::to_string() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (line > 0 && column > 0) out += ":" + std::to_string(column);
  return out.empty() ? message : out + ": " + message;
}

std::variant<AuthorityList, AuthorityError> load_authority_list(const std::string& path,
                                                                AuthorityKind kind) noexcept {
  try {
    std::string content, reason;
    if (!read_file(path, content, reason)) return AuthorityError{path, 0, 0, reason};
    if (is_tsv(path, content)) return read_tsv_list(path, content, kind);
    return read_xml_list(path, content, kind);
  } catch (const std::exception& e) {
    return AuthorityError{path, 0, 0, std::string("cannot load the list: ") + e.what()};
  } catch (...) {
    return AuthorityError{path, 0, 0, "cannot load the list"};
  }
}

}  // namespace cabletei
