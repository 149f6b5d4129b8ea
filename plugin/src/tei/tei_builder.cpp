// Builds the FRUS-style TEI document for a cable with libxml2's tree API, following
// frus-encoding.md §1: notes at their callout, pb between or inside blocks, ids by house rule.
#include "tei/tei_builder.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <new>
#include <set>
#include <string_view>

#include "cable/line_kinds.hpp"

namespace cabletei {
namespace {

constexpr const char* kTeiNs = "http://www.tei-c.org/ns/1.0";
constexpr const char* kXmlNs = "http://www.w3.org/XML/1998/namespace";

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

class TeiBuilder {
 public:
  explicit TeiBuilder(const Cable& cable) : cable_(cable), id_(id_of("d", cable.number)) {}

  TeiDocument build() {
    TeiDocument doc(xmlNewDoc(X("1.0")));
    xmlNode* tei = xmlNewDocNode(doc.get(), nullptr, X("TEI"), nullptr);
    xmlDocSetRootElement(doc.get(), tei);
    xmlNs* ns = xmlNewNs(tei, X(kTeiNs), nullptr);
    xmlSetNs(tei, ns);
    xml_ns_ = xmlSearchNsByHref(doc.get(), tei, X(kXmlNs));
    header(tei);
    xmlNode* body = child(child(tei, "text"), "body");
    document_div(body);
    return doc;
  }

 private:
  // `prefix` and the id-safe characters of `s` ("1" when it has none): an xml:id.
  static std::string id_of(const char* prefix, std::string_view s) {
    std::string out = prefix;
    std::size_t length = out.size();
    for (char c : s)
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_')
        out += c;
    if (out.size() == length) out += '1';
    return out;
  }

  static xmlNode* child(xmlNode* parent, const char* name, const std::string* text = nullptr) {
    return xmlNewTextChild(parent, nullptr, X(name), text ? X(text->c_str()) : nullptr);
  }
  static void attr(xmlNode* node, const char* name, const std::string& value) {
    xmlNewProp(node, X(name), X(value.c_str()));
  }
  void xml_id(xmlNode* node, const std::string& value) {
    xmlNewNsProp(node, xml_ns_, X("id"), X(unique(value).c_str()));
  }
  std::string unique(const std::string& id) {
    std::string candidate = id;
    for (int k = 1; !ids_.insert(candidate).second; ++k) candidate = id + "_" + std::to_string(k);
    return candidate;
  }
  static void text(xmlNode* parent, std::string_view s) {
    if (!s.empty())
      xmlAddChild(parent, xmlNewTextLen(reinterpret_cast<const xmlChar*>(s.data()),
                                        static_cast<int>(s.size())));
  }

  std::string title() const {
    std::string_view t = cable_.head.text;
    std::string number = head_number(t);
    if (!number.empty()) t.remove_prefix(std::min(t.size(), number.size() + 2));
    return std::string(t);
  }

  void header(xmlNode* tei) {
    xmlNode* file = child(child(tei, "teiHeader"), "fileDesc");
    std::string t = title();
    child(child(file, "titleStmt"), "title", &t);
    std::string published = "Encoded from cable text by cabletei.";
    child(child(file, "publicationStmt"), "p", &published);
    std::string source =
        "Raw cable text" + (cable_.source_line ? " (" + cable_.source_line->text + ")" : "") + ".";
    child(child(file, "sourceDesc"), "p", &source);
  }

  bool editorial_note() const {
    std::string_view t = cable_.head.text;
    return t.size() >= 14 && t.substr(t.size() - 14) == "Editorial Note";
  }

  void document_div(xmlNode* body) {
    xmlNode* div = located(child(body, "div"), cable_.head.line);
    attr(div, "type", "document");
    xml_id(div, id_);
    attr(div, "n", cable_.number);
    attr(div, "subtype", editorial_note() ? "editorial-note" : "historical-document");
    if (cable_.source_line) {
      xmlNode* note = child(div, "note");
      attr(note, "rend", "inline");
      attr(note, "type", "source");
      run(note, *cable_.source_line);
    }
    run(block(div, "head", cable_.head), cable_.head);
    opener(div);
    for (const Block& b : cable_.body) {
      if (b.kind == Block::Kind::paragraph)
        run(block(div, "p", b.paragraph), b.paragraph);
      else
        list(div, b.list);
    }
    closer(div);
  }

  // A block element for `r`; the page breaks that open its line go before it.
  xmlNode* block(xmlNode* parent, const char* name, const Run& r) {
    for (const Anchor& a : r.anchors)
      if (a.kind == Anchor::Kind::page && a.before_block) page_break(parent, a);
    return located(child(parent, name), r.line);
  }

  // Records the input line on the node, for diagnostics about it (libxml2 keeps 16 bits).
  static xmlNode* located(xmlNode* node, std::size_t line) {
    node->line = static_cast<unsigned short>(std::min<std::size_t>(line, 65535));
    return node;
  }

  void opener(xmlNode* div) {
    xmlNode* parent = div;
    if (cable_.classification) {
      parent = block(div, "opener", *cable_.classification);
      xmlNode* hi = child(child(parent, "seg"), "hi");
      attr(hi, "rend", "smallcaps");
      run(hi, *cable_.classification);
    }
    if (cable_.dateline) dateline(block(parent, "dateline", *cable_.dateline), *cable_.dateline);
  }

  void dateline(xmlNode* node, const Run& r) {
    auto parts = parse_dateline(r.text);
    if (!parts) {
      run(node, r);
      return;
    }
    std::size_t at = 0;
    if (parts->place_end > parts->place_begin) {
      range(node, r, at, parts->place_begin, false);
      range(child(node, "placeName"), r, parts->place_begin, parts->place_end, false);
      at = parts->place_end;
    }
    range(node, r, at, parts->date_begin, false);
    xmlNode* date = child(node, "date");
    attr(date, "calendar", "gregorian");
    bool date_ends_line = parts->date_end == r.text.size();
    range(date, r, parts->date_begin, parts->date_end, date_ends_line);
    if (!date_ends_line) range(node, r, parts->date_end, r.text.size(), true);
  }

  void list(xmlNode* div, const List& l) {
    xmlNode* node = nullptr;
    auto open = [&](const Run& first) {
      if (!node) {
        node = block(div, "list", first);
        if (!l.type.empty()) attr(node, "type", l.type);
      }
      return node;
    };
    if (l.head) run(child(open(*l.head), "head"), *l.head);
    for (const ListItem& item : l.items) {
      if (item.label) run(block(open(*item.label), "label", *item.label), *item.label);
      xmlNode* it = block(open(item.paragraphs.front()), "item", item.paragraphs.front());
      if (item.paragraphs.size() == 1) {
        run(it, item.paragraphs.front());
        continue;
      }
      for (std::size_t k = 0; k < item.paragraphs.size(); ++k)
        run(k == 0 ? child(it, "p") : block(it, "p", item.paragraphs[k]), item.paragraphs[k]);
    }
  }

  void closer(xmlNode* div) {
    if (!cable_.closer) return;
    const Closer& c = *cable_.closer;
    xmlNode* signed_ = child(block(div, "closer", c.name), "signed");
    xmlNode* hi = child(child(signed_, "persName"), "hi");
    attr(hi, "rend", "strong");
    run(hi, c.name);
    for (const Run& t : c.titles) {
      child(signed_, "lb");
      xmlNode* title = child(signed_, "hi");
      attr(title, "rend", "italic");
      run(title, t);
    }
  }

  void run(xmlNode* parent, const Run& r) { range(parent, r, 0, r.text.size(), true); }

  // Emits r.text[from, to) into parent with the anchors that fall in it (those at `to`
  // only when `closing`). Whitespace before a note moves after it, per the house rules.
  void range(xmlNode* parent, const Run& r, std::size_t from, std::size_t to, bool closing) {
    std::size_t at = from;
    bool after_note = false;
    for (const Anchor& a : r.anchors) {
      if (a.offset < from || a.offset > to || (a.offset == to && !closing)) continue;
      if (a.kind == Anchor::Kind::page && a.before_block) continue;
      std::string_view before(r.text.data() + at, a.offset - at);
      std::size_t trimmed = before.size();
      if (a.kind == Anchor::Kind::note)
        while (trimmed > 0 && before[trimmed - 1] == ' ') --trimmed;
      if (a.kind == Anchor::Kind::note && after_note && trimmed == 0) text(parent, " ");
      text(parent, before.substr(0, trimmed));
      if (a.kind == Anchor::Kind::page) {
        page_break(parent, a);
        after_note = false;
      } else {
        note(parent, a.note);
        after_note = true;
        bool space_moved = trimmed < before.size();
        if (space_moved && a.offset < to && r.text[a.offset] != ' ') text(parent, " ");
      }
      at = a.offset;
    }
    text(parent, std::string_view(r.text.data() + at, to - at));
  }

  void page_break(xmlNode* parent, const Anchor& a) {
    xmlNode* pb = child(parent, "pb");
    attr(pb, "n", a.page);
    xml_id(pb, id_of("pg_", a.page));
  }

  void note(xmlNode* parent, std::size_t index) {
    const Footnote& f = cable_.footnotes[index];
    xmlNode* note = located(child(parent, "note"), f.line);
    if (!f.n.empty()) {  // a footnote printed without a callout has no number
      attr(note, "n", f.n);
      xml_id(note, id_of((id_ + "fn").c_str(), f.n));
    }
    std::string_view t = f.text;
    std::size_t source = t.find(" Source: ");
    if (t.substr(0, 8) == "Summary:" && source != std::string_view::npos) {
      xmlNode* summary = child(child(note, "p"), "seg");
      attr(summary, "type", "summary");
      text(summary, t.substr(0, source));
      xmlNode* src = child(child(note, "p"), "seg");
      attr(src, "type", "source");
      text(src, t.substr(source + 1));
      return;
    }
    if (index == 0 && t.substr(0, 7) == "Source:" && parent->name &&
        std::string_view(reinterpret_cast<const char*>(parent->name)) == "head")
      attr(note, "type", "source");
    text(note, t);
  }

  const Cable& cable_;
  std::string id_;
  xmlNs* xml_ns_ = nullptr;
  std::set<std::string> ids_;
};

}  // namespace

void init_xml_library() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

void XmlDocFree::operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }

TeiDocument build_tei_document(const Cable& cable) {
  init_xml_library();
  return TeiBuilder(cable).build();
}

std::string serialize_tei(xmlDoc* doc) {
  xmlChar* out = nullptr;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc, &out, &size, "UTF-8", 1);
  if (!out) throw std::bad_alloc();
  std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(size));
  xmlFree(out);
  return result;
}

std::string build_tei(const Cable& cable) { return serialize_tei(build_tei_document(cable).get()); }

}  // namespace cabletei
