// Parses and matches the CSS-like selectors of selector.hpp: a small recursive-descent parser
// into compounds, matched right to left against ancestors.
#include "style/selector.hpp"

#include <libxml/tree.h>

#include "style/tei_names.hpp"

namespace cabletei {
namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == ':' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  std::string error;

  // One group, left to right; stored rightmost first, each compound knowing whether the
  // combinator to its left neighbour is '>'.
  bool group(std::vector<Selector::Compound>& chain) {
    skip_spaces();
    bool child = false;
    for (;;) {
      Selector::Compound c;
      if (!compound(c)) return false;
      c.child_of_next = child;
      chain.push_back(std::move(c));
      bool spaced = skip_spaces();
      if (at_end() || peek() == ',') break;
      child = peek() == '>';
      if (child) {
        ++i_;
        skip_spaces();
      } else if (!spaced) {
        return fail("unexpected '" + std::string(1, peek()) + "'");
      }
    }
    std::vector<Selector::Compound> reversed(chain.rbegin(), chain.rend());
    chain = std::move(reversed);
    return true;
  }

  bool at_end() const { return i_ >= s_.size(); }
  char peek() const { return s_[i_]; }
  void advance() { ++i_; }

  bool fail(const std::string& what) {
    error = "column " + std::to_string(i_ + 1) + ": " + what;
    return false;
  }

  bool skip_spaces() {
    std::size_t start = i_;
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n')) ++i_;
    return i_ > start;
  }

 private:
  std::string name() {
    std::size_t start = i_;
    while (!at_end() && is_name_char(peek())) ++i_;
    return std::string(s_.substr(start, i_ - start));
  }

  bool compound(Selector::Compound& c) {
    if (at_end()) return fail("a selector is missing");
    if (peek() == '*' || peek() == '_') {
      ++i_;
    } else if (is_name_char(peek())) {
      c.tag = name();
    } else if (peek() != '[') {
      return fail("unexpected '" + std::string(1, peek()) + "'");
    }
    while (!at_end() && peek() == '[')
      if (!attribute(c)) return false;
    return true;
  }

  bool attribute(Selector::Compound& c) {
    ++i_;  // '['
    skip_spaces();
    Selector::AttrTest t;
    t.name = name();
    if (t.name.empty()) return fail("an attribute name is missing");
    skip_spaces();
    if (!at_end() && peek() != ']') {
      char op = peek();
      if (op == '=') {
        ++i_;
      } else if ((op == '~' || op == '^' || op == '$' || op == '*') && i_ + 1 < s_.size() &&
                 s_[i_ + 1] == '=') {
        i_ += 2;
      } else {
        return fail("unknown operator '" + std::string(1, op) + "'");
      }
      t.op = op;
      skip_spaces();
      if (!value(t.value)) return false;
      skip_spaces();
    }
    if (at_end() || peek() != ']') return fail("']' expected");
    ++i_;
    c.attrs.push_back(std::move(t));
    return true;
  }

  bool value(std::string& out) {
    if (!at_end() && (peek() == '"' || peek() == '\'')) {
      char quote = peek();
      std::size_t end = s_.find(quote, i_ + 1);
      if (end == std::string_view::npos) return fail("unterminated string");
      out = std::string(s_.substr(i_ + 1, end - i_ - 1));
      i_ = end + 1;
      return true;
    }
    std::size_t start = i_;
    while (!at_end() && peek() != ']' && peek() != ' ') ++i_;
    out = std::string(s_.substr(start, i_ - start));
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

bool has_word(std::string_view list, std::string_view word) {
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    std::size_t j = list.find(' ', i);
    if (j == std::string_view::npos) j = list.size();
    if (j > i && list.substr(i, j - i) == word) return true;
    i = j;
  }
  return false;
}

bool test(const xmlNode* node, const Selector::AttrTest& t) {
  bool present = false;
  std::string v = attr_value(node, t.name, &present);
  if (!present) return false;
  std::string_view value = v;
  switch (t.op) {
    case 0:
      return true;
    case '=':
      return value == t.value;
    case '~':
      return has_word(value, t.value);
    case '^':
      return value.substr(0, t.value.size()) == t.value;
    case '$':
      return value.size() >= t.value.size() &&
             value.substr(value.size() - t.value.size()) == t.value;
    default:
      return value.find(t.value) != std::string_view::npos;
  }
}

bool matches_compound(const xmlNode* node, const Selector::Compound& c) {
  if (!node || node->type != XML_ELEMENT_NODE) return false;
  if (!c.tag.empty() && !has_tag(node, c.tag)) return false;
  for (const auto& t : c.attrs)
    if (!test(node, t)) return false;
  return true;
}

// Does the chain (rightmost first) match at `node`? Dynamic programming over the node and its
// ancestors, one compound after another from the leftmost: O(depth x compounds). (Trying every
// choice of ancestors for descendant combinators would cost C(depth, compounds).)
bool matches_chain(const xmlNode* node, const std::vector<Selector::Compound>& chain) {
  if (!matches_compound(node, chain[0])) return false;
  if (chain.size() == 1) return true;
  std::vector<const xmlNode*> line;  // node and its element ancestors, nearest first
  for (const xmlNode* n = node; n && n->type == XML_ELEMENT_NODE; n = n->parent) line.push_back(n);
  const std::size_t depth = line.size();
  // For the compounds from k on: ok[u] when they match with chain[k] at line[u]; above[u]
  // when they do at line[u] or higher. Index `depth` stands for "no such ancestor".
  std::vector<char> ok(depth + 1, 0), above(depth + 1, 0), ok_next, above_next;
  for (std::size_t k = chain.size(); k-- > 0;) {
    ok.swap(ok_next);
    above.swap(above_next);
    ok.assign(depth + 1, 0);
    above.assign(depth + 1, 0);
    for (std::size_t u = depth; u-- > 0;) {
      bool m = (k > 0 || u == 0) && matches_compound(line[u], chain[k]);
      if (m && k + 1 < chain.size())
        m = chain[k].child_of_next ? ok_next[u + 1] : above_next[u + 1];
      ok[u] = m;
      above[u] = m || above[u + 1];
    }
  }
  return ok[0];
}

}  // namespace

std::variant<Selector, std::string> Selector::parse(std::string_view text) {
  Selector out;
  Parser p(text);
  for (;;) {
    std::vector<Compound> chain;
    if (!p.group(chain)) return p.error;
    out.groups_.push_back(std::move(chain));
    if (p.at_end()) break;
    p.advance();  // ','
  }
  return out;
}

bool Selector::matches(const xmlNode* node) const {
  for (const auto& chain : groups_)
    if (matches_chain(node, chain)) return true;
  return false;
}

}  // namespace cabletei
