// Text rules over text runs (see text_rules.hpp): runs are collected per element, matched
// whole, the rule's function is asked about each match in document order, and the edits are
// made from the end of each run backwards so that earlier offsets stay valid.
#include "style/text_rules.hpp"

#include <libxml/tree.h>
#include <lua.hpp>

#include <string.h>  // memmem

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "style/authority_binding.hpp"
#include "style/lua_node.hpp"
#include "style/lua_sandbox.hpp"
#include "style/style_run.hpp"
#include "style/tei_names.hpp"
#include "text/phrase_index.hpp"

namespace cabletei {
namespace {

const char* const kDefaultExclude[] = {"teiHeader", "gloss", "persName", "placeName", "orgName",
                                       "ref",       "date",  "term",     "choice"};

constexpr std::size_t kContext = 64;  // bytes of m.before and m.after

// pb or lb (checked byte by byte first: this runs for every child of every element).
bool is_milestone(const xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE || !n->name) return false;
  const xmlChar* name = n->name;
  return (name[0] == 'p' || name[0] == 'l') && name[1] == 'b' && name[2] == 0 &&
         (has_tag(n, "pb") || has_tag(n, "lb"));
}
bool is_text(const xmlNode* n) {
  return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE;
}

// The first occurrence of `needle` in `text` at or after `from`, or npos (glibc's memmem is
// much faster than std::string_view::find for needles whose first byte is common).
std::size_t find_in(std::string_view text, std::string_view needle, std::size_t from = 0) {
  if (from > text.size()) return std::string_view::npos;
  const void* at = memmem(text.data() + from, text.size() - from, needle.data(), needle.size());
  return at ? static_cast<std::size_t>(static_cast<const char*>(at) - text.data())
            : std::string_view::npos;
}

// Consecutive children of one element that are text or milestones; text is their content.
// A view into the Runs it was collected with.
struct Run {
  xmlNode* parent = nullptr;
  std::span<xmlNode* const> nodes;
  std::span<const std::size_t> starts;  // offset of each node in text (milestones: zero width)
  std::string_view text;
};

// The runs under a root, as one rule configuration (exclusions, scope) sees them, kept
// while the tree is unchanged: consecutive rules of a style that make no edit share them.
class Runs {
 public:
  struct Key {
    const xmlNode* root = nullptr;
    const Selector* scope = nullptr;
    std::vector<std::string> exclude;
    std::uint64_t version = 0;
    bool operator==(const Key&) const = default;
  };

  bool valid_for(const Key& key) const { return valid_ && key_ == key; }
  void reset(Key key) {
    key_ = std::move(key);
    valid_ = true;
    text_.clear();
    nodes_.clear();
    starts_.clear();
    spans_.clear();
  }

  // Adds the node to the run being built.
  void add(xmlNode* n, std::size_t run_start) {
    nodes_.push_back(n);
    starts_.push_back(text_.size() - run_start);
    if (n->content && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE))
      text_ += reinterpret_cast<const char*>(n->content);
  }
  std::size_t text_size() const { return text_.size(); }
  std::size_t node_count() const { return nodes_.size(); }
  // Ends the run that started at these sizes: kept when it has text other than white space,
  // dropped otherwise.
  void end_run(xmlNode* parent, std::size_t text_start, std::size_t first_node, bool keep) {
    std::string_view text = std::string_view(text_).substr(text_start);
    if (keep && text.find_first_not_of(" \n\t") != std::string_view::npos) {
      spans_.push_back({parent, first_node, nodes_.size(), text_start, text_.size()});
      return;
    }
    text_.resize(text_start);
    nodes_.resize(first_node);
    starts_.resize(first_node);
  }

  std::size_t size() const { return spans_.size(); }
  // The runs (by number, in order) whose text holds `needle`: one search through all of them.
  std::vector<std::size_t> holding(std::string_view needle) const {
    std::vector<std::size_t> out;
    std::size_t k = 0;
    for (std::size_t at = find_in(text_, needle); at != std::string_view::npos;) {
      while (k < spans_.size() && spans_[k].text_end < at + needle.size()) ++k;
      if (k == spans_.size()) break;
      if (spans_[k].text_begin <= at) {  // inside run k (not across two runs)
        out.push_back(k);
        at = find_in(text_, needle, spans_[k].text_end);  // the next run's, if any
      } else {
        at = find_in(text_, needle, spans_[k].text_begin);
      }
    }
    return out;
  }
  Run operator[](std::size_t k) const {
    const Span& s = spans_[k];
    return {s.parent, std::span(nodes_).subspan(s.first, s.last - s.first),
            std::span(starts_).subspan(s.first, s.last - s.first),
            std::string_view(text_).substr(s.text_begin, s.text_end - s.text_begin)};
  }

 private:
  struct Span {
    xmlNode* parent;
    std::size_t first, last, text_begin, text_end;
  };
  Key key_;
  bool valid_ = false;
  std::string text_;  // the runs' texts, one after another
  std::vector<xmlNode*> nodes_;
  std::vector<std::size_t> starts_;
  std::vector<Span> spans_;
};

struct Match {
  std::size_t begin = 0, end = 0;
  std::vector<std::string> captures;  // pattern captures (position captures as numbers)
  std::vector<int> values;            // words: positions in the value table or list
};

// What a rule does with a match, decided before any edit.
struct Edit {
  std::size_t begin = 0, end = 0;
  std::vector<xmlNode*> replacement;  // replace: the new nodes
  xmlNode* wrapper = nullptr;         // wrap: the new element
};

enum class Kind { literal, pattern, words };

// The text content of a subtree, read when first asked for and again after any edit of the
// tree (by a rule, or by a rule function's own node calls) that may have changed it.
class WholeText {
 public:
  WholeText(const xmlNode* root, const TreeEditor& editor) : root_(root), editor_(editor) {}
  bool contains(std::string_view needle) {
    if (!read_ || version_ != editor_.version()) {
      text_.clear();
      append_text(root_);
      read_ = true;
      version_ = editor_.version();
    }
    return find_in(text_, needle) != std::string_view::npos;
  }
  // The edits since version `v` left the text as it was (elements wrapped around parts): if
  // it was read at `v`, it is still right.
  void unchanged_since(std::uint64_t v) {
    if (read_ && version_ == v) version_ = editor_.version();
  }

 private:
  void append_text(const xmlNode* n) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
        text_ += reinterpret_cast<const char*>(c->content);
      else if (c->type == XML_ELEMENT_NODE)
        append_text(c);
    }
  }

  const xmlNode* root_;
  const TreeEditor& editor_;
  std::string text_;  // kept between reads: no allocation once grown
  bool read_ = false;
  std::uint64_t version_ = 0;
};

class RuleRunner {
 public:
  RuleRunner(lua_State* L, int rule, int cx, int number)
      : L_(L), rule_(lua_absindex(L, rule)), cx_(cx), number_(number), run_(StyleRun::of(L)) {
    read_rule();
  }

  // Applies the rule under `root`, whose whole text is `all_text`: a rule whose literal (or
  // required literal) is absent from it, or from the runs it would use, cannot match and is
  // skipped without walking the tree; the runs are collected again only when the tree
  // changed since `runs` were (or the rule excludes other elements).
  void apply(xmlNode* root, WholeText& all_text, Runs& runs) {
    if (kind_ == Kind::words && index_->size() == 0) return;
    Runs::Key key{root, scope_, exclude_, run_.editor.version()};
    const bool collected = runs.valid_for(key);
    std::string_view needle = kind_ == Kind::literal ? std::string_view(lua_tostring(L_, literal_))
                              : kind_ == Kind::pattern ? std::string_view(required_)
                                                       : std::string_view();
    if (!needle.empty() && !collected && !all_text.contains(needle)) return;
    if (!collected) {
      runs.reset(std::move(key));
      collect(root, false, runs);
    }
    const std::uint64_t before = run_.editor.version();
    if (needle.empty()) {
      for (std::size_t k = 0; k < runs.size(); ++k) apply_run(runs[k]);
    } else {  // only the runs that hold the literal text every match contains
      for (std::size_t k : runs.holding(needle)) apply_run(runs[k]);
    }
    // Wrapping keeps the text; edits by rule functions might not.
    if (!wrap_tag_.empty() && run_.editor.version() - before == own_edits_)
      all_text.unchanged_since(before);
  }

 private:
  [[noreturn]] void fail(const std::string& what) {
    luaL_error(L_, "text rule %d: %s", number_, what.c_str());
    std::abort();
  }

  void read_rule() {
    if (!lua_istable(L_, rule_)) fail("a table expected");
    int kinds = 0;
    if (lua_getfield(L_, rule_, "literal") == LUA_TSTRING) kind_ = Kind::literal, ++kinds;
    if (lua_getfield(L_, rule_, "pattern") == LUA_TSTRING) kind_ = Kind::pattern, ++kinds;
    if (lua_getfield(L_, rule_, "words") != LUA_TNIL) kind_ = Kind::words, ++kinds;
    if (kinds != 1) fail("give exactly one of literal, pattern and words");
    pattern_ = lua_gettop(L_) - 1;
    literal_ = lua_gettop(L_) - 2;
    words_ = lua_gettop(L_);
    if (kind_ == Kind::literal && lua_rawlen(L_, literal_) == 0) fail("empty literal");
    if (kind_ == Kind::pattern) required_ = required_literal(lua_tostring(L_, pattern_));
    if (kind_ == Kind::words) read_words();
    bool wrap = lua_getfield(L_, rule_, "wrap") != LUA_TNIL;
    if (wrap) {
      if (!lua_isstring(L_, -1)) fail("wrap must be an element name");
      wrap_tag_ = lua_tostring(L_, -1);
    }
    lua_getfield(L_, rule_, "attr");
    attr_ = lua_gettop(L_);
    bool replace = lua_getfield(L_, rule_, "replace") != LUA_TNIL;
    replace_ = lua_gettop(L_);
    if (lua_getfield(L_, rule_, "min_length") != LUA_TNIL)
      min_length_ = static_cast<std::size_t>(luaL_checkinteger(L_, -1));
    lua_pop(L_, 1);
    if (lua_getfield(L_, rule_, "outside") != LUA_TNIL) {
      if (!lua_isstring(L_, -1))
        fail("outside must be a string (an ending kept out of the element)");
      outside_ = lua_tostring(L_, -1);
    }
    lua_pop(L_, 1);
    if (wrap == replace) fail("give exactly one of wrap and replace");
    if (lua_getfield(L_, rule_, "scope") != LUA_TNIL) {
      if (!lua_isstring(L_, -1)) fail("scope must be a selector");
      scope_ = &run_.selector(L_, lua_tostring(L_, -1));
    }
    read_exclude();
  }

  void read_words() {
    if (lua_isfunction(L_, words_)) {  // words = function(cx) return cx.persons end
      lua_pushvalue(L_, words_);
      lua_pushvalue(L_, cx_);
      lua_call(L_, 1, 1);
      lua_replace(L_, words_);
    }
    if ((authority_ = to_authority(L_, words_))) {
      index_ = &authority_->index;
      return;
    }
    if (!lua_istable(L_, words_)) fail("words must be a table {phrase = value} or a list");
    lua_getfield(L_, rule_, "ignore_case");
    bool ignore_case = lua_toboolean(L_, -1);
    lua_pop(L_, 1);
    lua_newtable(L_);  // position -> value
    values_ = lua_gettop(L_);
    std::vector<std::string> phrases;
    lua_pushnil(L_);
    while (lua_next(L_, words_) != 0) {
      if (lua_type(L_, -2) != LUA_TSTRING) fail("words: keys must be phrases (strings)");
      size_t len = 0;
      const char* phrase = lua_tolstring(L_, -2, &len);
      phrases.emplace_back(phrase, len);
      lua_rawseti(L_, values_, static_cast<lua_Integer>(phrases.size()));  // pops the value
    }
    const void* table = lua_topointer(L_, words_);
    if (run_.words_indexes && (index_ = run_.words_indexes->find(table, phrases, ignore_case)))
      return;
    auto index = std::make_unique<PhraseIndex>();
    for (std::size_t k = 0; k < phrases.size(); ++k) {
      index->add(phrases[k], static_cast<int>(k + 1), ignore_case);
      run_.charge(L_, 10);
    }
    if (run_.words_indexes) {
      index_ = &run_.words_indexes->keep(table, std::move(phrases), ignore_case, std::move(index));
    } else {
      own_index_ = std::move(index);
      index_ = own_index_.get();
    }
  }

  void read_exclude() {
    if (lua_getfield(L_, rule_, "exclude") == LUA_TNIL) {
      exclude_.assign(std::begin(kDefaultExclude), std::end(kDefaultExclude));
    } else {
      if (!lua_istable(L_, -1)) fail("exclude must be a list of element names");
      for (lua_Integer k = 1; lua_geti(L_, -1, k) == LUA_TSTRING; ++k) {
        exclude_.emplace_back(lua_tostring(L_, -1));
        lua_pop(L_, 1);
      }
      lua_pop(L_, 1);
    }
    if (!wrap_tag_.empty()) exclude_.push_back(wrap_tag_);
    for (const std::string& tag : exclude_) {  // the local name's first byte
      std::string_view local = std::string_view(tag).substr(tag.find(':') + 1);
      if (!local.empty()) excluded_first_[static_cast<unsigned char>(local.front())] = true;
    }
    lua_pop(L_, 1);
  }

  bool excluded(const xmlNode* n) const {
    if (!n->name || !excluded_first_[n->name[0]]) return false;
    for (const std::string& tag : exclude_)
      if (has_tag(n, tag)) return true;
    return false;
  }

  // Runs under `n` (depth-first); `in_scope` tells whether an ancestor matched the scope.
  void collect(xmlNode* n, bool in_scope, Runs& runs) {
    if (n->type != XML_ELEMENT_NODE || excluded(n)) return;
    in_scope = in_scope || !scope_ || scope_->matches(n);
    std::size_t text_start = runs.text_size(), first_node = runs.node_count();
    for (xmlNode* c = n->children; c; c = c->next) {
      if (is_text(c) || is_milestone(c)) {
        runs.add(c, text_start);
        continue;
      }
      runs.end_run(n, text_start, first_node, in_scope);
      collect(c, in_scope, runs);
      text_start = runs.text_size();
      first_node = runs.node_count();
    }
    runs.end_run(n, text_start, first_node, in_scope);
    run_.charge(L_, 1);
  }

  std::vector<Match> find(const Run& r) {
    std::vector<Match> out;
    run_.charge(L_, static_cast<std::int64_t>(r.text.size() / 8 + 1));
    if (kind_ == Kind::literal) {
      size_t len = 0;
      const char* lit = lua_tolstring(L_, literal_, &len);
      std::string_view needle(lit, len);
      for (std::size_t at = find_in(r.text, needle); at != std::string_view::npos;
           at = find_in(r.text, needle, at + len))
        out.push_back({at, at + len, {}, {}});
    } else if (kind_ == Kind::words) {
      for (auto& m : index_->find_all(r.text)) out.push_back({m.begin, m.end, {}, m.values});
    } else {
      find_pattern(r.text, out);
    }
    return out;
  }

  // Repeated string.find from left to right, the subject pushed once; the sandbox checks the
  // pattern's cost bound for this subject once and charges the pass. A run without the
  // literal text every match contains is skipped.
  void find_pattern(std::string_view text, std::vector<Match>& out) {
    if (!required_.empty() && find_in(text, required_) == std::string_view::npos) return;
    int base = lua_gettop(L_);
    LuaSandbox::push_pattern_find(L_, text, lua_tostring(L_, pattern_));
    lua_pushlstring(L_, text.data(), text.size());
    int find = base + 1, subject = base + 2;
    std::size_t init = 0;
    while (init <= text.size()) {
      int top = lua_gettop(L_);
      lua_pushvalue(L_, find);
      lua_pushvalue(L_, subject);
      lua_pushvalue(L_, pattern_);
      lua_pushinteger(L_, static_cast<lua_Integer>(init) + 1);
      lua_call(L_, 3, LUA_MULTRET);
      if (lua_gettop(L_) - top < 2 || lua_isnil(L_, top + 1)) break;
      Match m;
      m.begin = static_cast<std::size_t>(lua_tointeger(L_, top + 1) - 1);
      m.end = static_cast<std::size_t>(lua_tointeger(L_, top + 2));
      for (int k = top + 3; k <= lua_gettop(L_); ++k) {
        m.captures.emplace_back(luaL_tolstring(L_, k, nullptr));
        lua_pop(L_, 1);
      }
      lua_settop(L_, top);
      init = m.end > m.begin ? m.end : m.end + 1;
      if (m.end > m.begin) out.push_back(std::move(m));
    }
    lua_settop(L_, base);
  }

  // The longest run of literal characters a match of the pattern must contain (outside sets,
  // not quantified; "%." counts as "."), or "" when there is none of two characters or more.
  static std::string required_literal(std::string_view p) {
    std::string best, current;
    auto close = [&] {
      if (current.size() > best.size()) best = current;
      current.clear();
    };
    for (std::size_t i = 0; i < p.size();) {
      char c = p[i];
      std::size_t next = i + 1;
      std::string literal;
      if (c == '%' && i + 1 < p.size() && !std::isalnum(static_cast<unsigned char>(p[i + 1]))) {
        literal = p[i + 1];
        next = i + 2;
      } else if (c == '%' && i + 1 < p.size() && (p[i + 1] == 'b' || p[i + 1] == 'f')) {
        close();  // %bxy, %f[set]: skip the item
        next = p[i + 1] == 'b' ? i + 4 : p.find(']', i + 3) + 1;
        if (next == 0) return best;
        i = next;
        continue;
      } else if (c == '[') {
        close();
        std::size_t end = p.find(']', i + 2);
        if (end == std::string_view::npos) return best;
        i = end + 1;
        if (i < p.size() && std::string_view("*+-?").find(p[i]) != std::string_view::npos) ++i;
        continue;
      } else if (std::string_view("^$*+?.()%-").find(c) == std::string_view::npos) {
        literal = c;
      } else {
        close();
        i = next + (c == '%' ? 1 : 0);
        continue;
      }
      bool quantified =
          next < p.size() && std::string_view("*-?").find(p[next]) != std::string_view::npos;
      if (quantified) {
        close();
        i = next + 1;
        continue;
      }
      current += literal;
      if (next < p.size() && p[next] == '+') {  // "a+" needs one "a" at least
        close();
        ++next;
      }
      i = next;
    }
    close();
    return best.size() >= 2 ? best : std::string();
  }

  // Pushes the `m` table for rule functions.
  void push_match(const Run& r, const Match& m) {
    lua_createtable(L_, 0, 5);
    lua_pushlstring(L_, r.text.data() + m.begin, m.end - m.begin);
    lua_setfield(L_, -2, "text");
    std::size_t before = std::min<std::size_t>(m.begin, kContext);
    lua_pushlstring(L_, r.text.data() + m.begin - before, before);
    lua_setfield(L_, -2, "before");
    lua_pushlstring(L_, r.text.data() + m.end, std::min(r.text.size() - m.end, kContext));
    lua_setfield(L_, -2, "after");
    push_node(L_, r.parent);
    lua_setfield(L_, -2, "parent");
    lua_pushinteger(L_, line_of(r.parent));
    lua_setfield(L_, -2, "line");
    push_new_list(L_, static_cast<int>(m.captures.size()));
    for (std::size_t k = 0; k < m.captures.size(); ++k) {
      lua_pushlstring(L_, m.captures[k].data(), m.captures[k].size());
      lua_rawseti(L_, -2, static_cast<lua_Integer>(k + 1));
    }
    lua_setfield(L_, -2, "captures");
    push_new_list(L_, static_cast<int>(m.values.size()));
    for (std::size_t k = 0; k < m.values.size(); ++k) {
      if (authority_)
        push_authority_entry(L_, authority_, m.values[k]);
      else
        lua_rawgeti(L_, values_, m.values[k]);
      lua_rawseti(L_, -2, static_cast<lua_Integer>(k + 1));
    }
    lua_setfield(L_, -2, "values");
  }

  // Calls f(m, cx) for the function at `fn`, leaving one result.
  void call(int fn, const Run& r, const Match& m) {
    lua_pushvalue(L_, fn);
    push_match(r, m);
    lua_pushvalue(L_, cx_);
    lua_call(L_, 2, 1);
  }

  std::optional<Edit> decide(const Run& r, const Match& m) {
    Edit e{m.begin, m.end, {}, nullptr};
    std::string error;
    if (m.end - m.begin < min_length_) return std::nullopt;
    if (!wrap_tag_.empty() && lua_istable(L_, attr_) && authority_) {  // no Lua call per match
      e.wrapper = run_.editor.new_element(wrap_tag_, error);
      if (!e.wrapper) fail(error);
      set_entry_attrs(e.wrapper, authority_->list.entries[static_cast<std::size_t>(m.values[0])]);
      trim_outside(r, m, e);
      return e;
    }
    if (!wrap_tag_.empty()) {
      int attrs = attr_;
      if (lua_isfunction(L_, attr_)) {
        call(attr_, r, m);
        if (lua_isnil(L_, -1) || (lua_isboolean(L_, -1) && !lua_toboolean(L_, -1))) {
          lua_pop(L_, 1);
          return std::nullopt;
        }
        attrs = lua_gettop(L_);
      }
      e.wrapper = run_.editor.new_element(wrap_tag_, error);
      if (!e.wrapper) fail(error);
      if (lua_istable(L_, attrs))
        set_attrs(e.wrapper, attrs);
      else if (!lua_isnil(L_, attrs) && !lua_isboolean(L_, attrs))
        fail("attr must give a table");
      if (attrs != attr_) lua_pop(L_, 1);
      return e;
    }
    if (lua_isfunction(L_, replace_)) {
      call(replace_, r, m);
      if (lua_isnil(L_, -1)) {
        lua_pop(L_, 1);
        return std::nullopt;
      }
      collect_replacement(-1, e.replacement);
      lua_pop(L_, 1);
      return e;
    }
    if (!lua_isstring(L_, replace_)) fail("replace must be a string or a function");
    e.replacement.push_back(run_.editor.new_text(substitute(lua_tostring(L_, replace_), r, m)));
    return e;
  }

  void collect_replacement(int index, std::vector<xmlNode*>& out) {
    index = lua_absindex(L_, index);
    if (lua_istable(L_, index) && !to_node(L_, index)) {
      lua_Integer size = luaL_len(L_, index);
      for (lua_Integer k = 1; k <= size; ++k) {
        lua_geti(L_, index, k);
        out.push_back(node_from_value(L_, -1, "replacement"));
        lua_pop(L_, 1);
      }
    } else {
      out.push_back(node_from_value(L_, index, "replacement"));
    }
  }

  // "%0" the match, "%1".."%9" captures, "%%" a percent sign.
  std::string substitute(std::string_view tpl, const Run& r, const Match& m) {
    std::string out;
    for (std::size_t i = 0; i < tpl.size(); ++i) {
      if (tpl[i] != '%' || i + 1 == tpl.size()) {
        out += tpl[i];
        continue;
      }
      char c = tpl[++i];
      if (c == '0')
        out.append(r.text, m.begin, m.end - m.begin);
      else if (c >= '1' && c <= '9' && static_cast<std::size_t>(c - '1') < m.captures.size())
        out += m.captures[static_cast<std::size_t>(c - '1')];
      else if (c == '%')
        out += '%';
      else
        fail("invalid use of '%' in replace");
    }
    return out;
  }

  // Static attributes for a match of an authority list: "${id}", "${name}" in a value stand
  // for the matched entry's. Set in name order.
  void set_entry_attrs(xmlNode* element, const AuthorityEntry& entry) {
    if (entry_attrs_.empty()) entry_attrs_ = sorted_attrs(attr_);
    std::string error;
    for (const auto& [name, pattern] : entry_attrs_) {
      std::string value = pattern;
      for (const auto& [key, field] :
           {std::pair<std::string, const std::string*>{"${id}", &entry.id},
            {"${name}", &entry.name}})
        for (std::size_t at = value.find(key); at != std::string::npos;
             at = value.find(key, at + field->size()))
          value.replace(at, key.size(), *field);
      if (!run_.editor.set_attr(element, name, value.c_str(), error)) fail(error);
    }
  }

  // "Embtels": an ending in `outside` that the matched entry's forms do not have stays out of
  // the element.
  void trim_outside(const Run& r, const Match& m, Edit& e) {
    if (outside_.empty() || m.end - m.begin <= outside_.size()) return;
    std::string_view text(r.text.data() + m.begin, m.end - m.begin);
    if (text.substr(text.size() - outside_.size()) != outside_) return;
    const auto& forms = authority_->list.entries[static_cast<std::size_t>(m.values[0])].forms;
    if (std::find(forms.begin(), forms.end(), text) != forms.end()) return;
    e.end -= outside_.size();
  }

  // The attributes in the Lua table at `table`, as text, in name order (stable output).
  std::vector<std::pair<std::string, std::string>> sorted_attrs(int table) {
    std::vector<std::pair<std::string, std::string>> attrs;
    lua_pushnil(L_);
    while (lua_next(L_, table) != 0) {
      if (lua_type(L_, -2) != LUA_TSTRING) fail("attribute names must be strings");
      std::string name = lua_tostring(L_, -2);
      std::string value = luaL_tolstring(L_, -1, nullptr);
      attrs.emplace_back(std::move(name), std::move(value));
      lua_pop(L_, 2);
    }
    std::sort(attrs.begin(), attrs.end());
    return attrs;
  }

  void set_attrs(xmlNode* element, int table) {
    std::string error;
    for (const auto& [name, value] : sorted_attrs(table))
      if (!run_.editor.set_attr(element, name, value.c_str(), error)) fail(error);
  }

  void apply_run(const Run& r) {
    std::vector<Match> matches = find(r);
    if (matches.empty()) return;
    std::vector<Edit> edits;
    for (const Match& m : matches)
      if (auto e = decide(r, m)) edits.push_back(std::move(*e));
    const std::uint64_t before = run_.editor.version();
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) edit(r, *it);
    own_edits_ += run_.editor.version() - before;
    run_.charge(L_, static_cast<std::int64_t>(edits.size()) * 20);
  }

  // The text node holding offset `at` as a start (at < end) or as an end (at > start), split
  // so that the node starts (or ends) there.
  xmlNode* boundary(const Run& r, std::size_t at, bool as_start, xmlNode** split = nullptr) {
    for (std::size_t k = 0; k < r.nodes.size(); ++k) {
      xmlNode* n = r.nodes[k];
      if (!is_text(n)) continue;
      std::size_t start = r.starts[k];
      std::size_t len = n->content ? xmlStrlen(n->content) : 0;
      bool holds = as_start ? (at >= start && at < start + len) : (at > start && at <= start + len);
      if (!holds) continue;
      std::size_t off = at - start;
      if (as_start && off == 0) return n;
      if (as_start) {
        if (split) *split = n;
        return run_.editor.split_text(n, off);
      }
      if (off < len) run_.editor.split_text(n, off);
      return n;
    }
    return nullptr;
  }

  void edit(const Run& r, const Edit& e) {
    xmlNode* last = boundary(r, e.end, false);
    xmlNode* split = nullptr;
    xmlNode* first = boundary(r, e.begin, true, &split);
    if (!first || !last) return;
    if (split == last) last = first;  // the match lies inside one text node
    std::vector<xmlNode*> span;
    for (xmlNode* n = first;; n = n->next) {
      span.push_back(n);
      if (n == last || !n->next) break;
    }
    std::string error;
    if (e.wrapper) {
      if (!run_.editor.insert_before(first, e.wrapper, error)) fail(error);
      for (xmlNode* n : span)
        if (!run_.editor.append(e.wrapper, n, error)) fail(error);
      return;
    }
    for (xmlNode* n : e.replacement)
      if (!run_.editor.insert_before(first, n, error)) fail(error);
    for (xmlNode* n : span)
      if (is_text(n)) run_.editor.detach(n, error);
  }

  lua_State* L_;
  int rule_, cx_, number_;
  StyleRun& run_;
  Kind kind_ = Kind::literal;
  int literal_ = 0, pattern_ = 0, words_ = 0, attr_ = 0, replace_ = 0, values_ = 0;
  std::string wrap_tag_;
  std::uint64_t own_edits_ = 0;  // tree edits made by this rule's wraps and replacements
  std::string required_;         // literal text every match contains
  std::size_t min_length_ = 0;   // shorter matches are left alone
  std::string outside_;          // an ending kept outside the wrapper
  std::vector<std::pair<std::string, std::string>> entry_attrs_;
  const Selector* scope_ = nullptr;
  std::vector<std::string> exclude_;
  std::array<bool, 256> excluded_first_{};  // first bytes of the excluded local names
  const AuthorityBinding* authority_ = nullptr;
  const PhraseIndex* index_ = nullptr;
  std::unique_ptr<PhraseIndex> own_index_;
};

}  // namespace

void apply_text_rules(lua_State* L, int rules, int cx, xmlNode* root) {
  rules = lua_absindex(L, rules);
  cx = lua_absindex(L, cx);
  if (!lua_istable(L, rules)) luaL_error(L, "text: a list of rules expected");
  lua_Integer size = luaL_len(L, rules);
  WholeText all_text(root, StyleRun::of(L).editor);
  Runs runs;
  for (lua_Integer k = 1; k <= size; ++k) {
    int top = lua_gettop(L);
    lua_geti(L, rules, k);
    RuleRunner(L, -1, cx, static_cast<int>(k)).apply(root, all_text, runs);
    lua_settop(L, top);
  }
}

}  // namespace cabletei
