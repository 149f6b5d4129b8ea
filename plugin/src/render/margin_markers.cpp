// Moves page markers into the outer margin in FOP's intermediate format: pages give their
// side, the region-body viewport the text block's edges, the measuring copy the marker's width.
#include "render/margin_markers.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>

#include "io/read_file.hpp"
#include "render/safe_input.hpp"

namespace cabletei {
namespace {

constexpr const char* kFoiNamespace = "http://xmlgraphics.apache.org/fop/internal";
constexpr double kStackLeading = 1.2;  // a marker on the line of another sits this many ems lower

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::string attribute(xmlNode* node, const char* name, const char* ns = nullptr) {
  xmlChar* value =
      ns ? xmlGetNsProp(node, BAD_CAST name, BAD_CAST ns) : xmlGetProp(node, BAD_CAST name);
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

// A coordinate in millipoints; `ok` false when the attribute is missing or not a number.
long coordinate(xmlNode* node, const char* name, bool& ok) {
  std::string text = attribute(node, name);
  char* end = nullptr;
  long value = std::strtol(text.c_str(), &end, 10);
  ok = ok && !text.empty() && *end == '\0';
  return value;
}

void set_coordinate(xmlNode* node, const char* name, long value) {
  xmlSetProp(node, BAD_CAST name, BAD_CAST std::to_string(value).c_str());
}

// Where a text's coordinates sit on the page: the sum of the translations around it, and the
// edges of the text block (the outermost viewport of the page's content).
struct Frame {
  long dx = 0, dy = 0;
  bool translated_only = true;
  bool has_block = false;
  long block_left = 0, block_right = 0;
};

// Parses exactly "translate(x,y)" or "translate(x)"; false (and 0, 0) for anything else.
bool parse_translation(const std::string& transform, double& x, double& y) {
  int used = -1;
  int length = static_cast<int>(transform.size());
  if (std::sscanf(transform.c_str(), "translate(%lf,%lf)%n", &x, &y, &used) == 2 && used == length)
    return true;
  used = -1;
  y = 0;
  if (std::sscanf(transform.c_str(), "translate(%lf)%n", &x, &used) == 1 && used == length)
    return true;
  x = y = 0;
  return false;
}

// Frame of a viewport or group child: a translation adds to the offset; any other transform
// makes the frame's coordinates unknown.
Frame enter(const Frame& outer, xmlNode* node) {
  Frame frame = outer;
  std::string transform = attribute(node, "transform");
  double x = 0, y = 0;
  if (!transform.empty() && !parse_translation(transform, x, y)) frame.translated_only = false;
  frame.dx += std::lround(x);
  frame.dy += std::lround(y);
  bool ok = true;
  long width = named(node, "viewport") ? coordinate(node, "width", ok) : 0;
  if (!frame.has_block && named(node, "viewport") && ok) {
    frame.has_block = true;
    frame.block_left = frame.dx;
    frame.block_right = frame.dx + width;
  }
  return frame;
}

class PageWalker {
 public:
  PageWalker(bool odd_page, long& font_size, std::set<std::string>& dropped)
      : odd_page_(odd_page), font_size_(font_size), dropped_(dropped) {}

  void walk(xmlNode* parent, const Frame& frame) {
    for (xmlNode* child = parent->children; child;) {
      xmlNode* next = child->next;
      if (named(child, "font")) {
        read_font(child);
      } else if (named(child, "text")) {
        read_text(child, frame);
      } else if (named(child, "viewport") || named(child, "g")) {
        walk(child, enter(frame, child));
      }
      child = next;
    }
  }

 private:
  void read_font(xmlNode* font) {
    std::string color = attribute(font, "color");
    if (!color.empty()) measuring_ = color == kMarkerMeasureColor;
    bool ok = true;
    long size = coordinate(font, "size", ok);
    if (ok) font_size_ = size;
  }

  void read_text(xmlNode* text, const Frame& frame) {
    if (measure_ && measure_->parent == text->parent) {
      place(text, frame);
    } else if (measuring_) {
      measure_ = text;
      return;
    }
    measure_ = nullptr;
  }

  // `marker` follows the measuring copy `measure_`, both right-aligned at the same point.
  void place(xmlNode* marker, const Frame& frame) {
    bool ok = frame.translated_only && frame.has_block;
    long measure_x = coordinate(measure_, "x", ok), x = coordinate(marker, "x", ok);
    long y = coordinate(marker, "y", ok);
    long width = x - measure_x;
    if (ok && width > 0) move(marker, frame, width, frame.dy + y);
    std::string ref = attribute(measure_, "struct-ref", kFoiNamespace);
    if (!ref.empty()) dropped_.insert(ref);
    xmlUnlinkNode(measure_);
    xmlFreeNode(measure_);
  }

  // Sets `marker` (`width` wide, its baseline at `top` on the page) into the outer margin.
  void move(xmlNode* marker, const Frame& frame, long width, long top) {
    long gap = font_size_, leading = std::lround(kStackLeading * font_size_);
    long left = odd_page_ ? frame.block_right + gap : frame.block_left - gap - width;
    if (std::labs(top - last_top_) < leading) top = last_top_ + leading;
    last_top_ = top;
    set_coordinate(marker, "x", left - frame.dx);
    set_coordinate(marker, "y", top - frame.dy);
  }

  bool odd_page_;
  long& font_size_;  // FOP states only what changes: the size carries over
  std::set<std::string>& dropped_;
  bool measuring_ = false;
  xmlNode* measure_ = nullptr;
  long last_top_ = -1000000000L;
};

// The value of a lower- or upper-case roman numeral, or 0.
long roman_value(const std::string& text) {
  static const std::string digits = "ivxlcdm";
  static const long values[] = {1, 5, 10, 50, 100, 500, 1000};
  long total = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t d =
        digits.find(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
    if (d == std::string::npos) return 0;
    std::size_t n =
        i + 1 < text.size()
            ? digits.find(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i + 1]))))
            : std::string::npos;
    total += n != std::string::npos && values[n] > values[d] ? -values[d] : values[d];
  }
  return total;
}

// The side of a page: its folio's parity when the folio is a number, arabic or roman (what
// odd-or-even page masters follow), otherwise its position in the document.
bool is_odd_page(xmlNode* page) {
  bool ok = true;
  long folio = coordinate(page, "name", ok);
  if (!ok) folio = roman_value(attribute(page, "name"));
  if (folio > 0) return folio % 2 != 0;
  long index = coordinate(page, "index", ok = true);
  return ok ? index % 2 == 0 : true;
}

// Removes the structure-tree nodes of the dropped copies, and their inline when it held only
// that copy.
void drop_structure(xmlNode* node, const std::set<std::string>& dropped) {
  for (xmlNode* child = node->children; child;) {
    xmlNode* next = child->next;
    if (named(child, "marked-content") &&
        dropped.count(attribute(child, "struct-id", kFoiNamespace))) {
      xmlNode* holder = child->parent;
      xmlUnlinkNode(child);
      xmlFreeNode(child);
      if (xmlFirstElementChild(holder) == nullptr && !named(holder, "structure-tree") &&
          holder->parent) {
        xmlUnlinkNode(holder);
        xmlFreeNode(holder);
        return;
      }
    } else if (child->type == XML_ELEMENT_NODE) {
      drop_structure(child, dropped);
    }
    child = next;
  }
}

// Moves the markers of every page of a page-sequence, then drops the measuring copies from
// the sequence's structure tree.
void move_in_sequence(xmlNode* sequence, long& font_size) {
  std::set<std::string> dropped;
  for (xmlNode* page = sequence->children; page; page = page->next) {
    if (!named(page, "page")) continue;
    for (xmlNode* part = page->children; part; part = part->next)
      if (named(part, "content")) PageWalker(is_odd_page(page), font_size, dropped).walk(part, {});
  }
  if (dropped.empty()) return;
  for (xmlNode* part = sequence->children; part; part = part->next)
    if (named(part, "structure-tree")) drop_structure(part, dropped);
}

}  // namespace

bool has_margin_markers(std::string_view fo) {
  std::string needle = "color=\"" + std::string(kMarkerMeasureColor) + "\"";
  return fo.find(needle) != std::string_view::npos;
}

bool move_markers_to_margin(const std::filesystem::path& if_file, ErrorCollector& errors) {
  std::string data;
  if (!read_file(if_file, data) || data.size() > static_cast<std::size_t>(INT32_MAX)) {
    errors.add(Severity::error, "fop-error", "cannot read FOP's layout " + if_file.string());
    return false;
  }
  XmlDocPtr doc(xmlReadMemory(data.data(), static_cast<int>(data.size()), nullptr, nullptr,
                              kSafeParseOptions | XML_PARSE_HUGE));
  if (!doc) {
    errors.add(Severity::error, "fop-error", "FOP's layout is not XML: " + if_file.string());
    return false;
  }
  long font_size = 10000;
  for (xmlNode* part = xmlDocGetRootElement(doc.get())->children; part; part = part->next)
    if (named(part, "page-sequence")) move_in_sequence(part, font_size);
  if (xmlSaveFileEnc(if_file.c_str(), doc.get(), "UTF-8") < 0) {
    errors.add(Severity::error, "unwritable-output", "cannot write " + if_file.string());
    return false;
  }
  return true;
}

}  // namespace cabletei
