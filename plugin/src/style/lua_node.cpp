// TEI nodes as Lua values (see lua_node.hpp): proxy userdata over libxml2 nodes, an attribute
// proxy, node methods for queries and edits through the TreeEditor, and the `tei` module.
#include "style/lua_node.hpp"

#include <libxml/tree.h>
#include <lua.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "style/lua_sandbox.hpp"
#include "style/style_run.hpp"
#include "style/style_set.hpp"
#include "style/tei_names.hpp"
#include "style/time_zones.hpp"
#include "text/fold.hpp"

namespace cabletei {
namespace {

constexpr const char* kNodeMeta = "cabletei.node";
constexpr const char* kAttrMeta = "cabletei.attr";
constexpr const char* kListMeta = "cabletei.List";
constexpr const char* kTeiModule = "cabletei.tei";
constexpr std::int64_t kEditCost = 20;  // instructions charged per node edit

struct NodeBox {
  xmlNode* node;
  std::uint64_t generation;  // the StyleRun it belongs to
};

// The box's node, or a Lua error when the proxy outlived its document.
xmlNode* live(lua_State* L, const NodeBox* box) {
  if (box->generation != StyleRun::of(L).generation)
    luaL_error(L,
               "a node of an earlier document: nodes cannot be kept from one document to "
               "the next");
  return box->node;
}

void new_box(lua_State* L, xmlNode* node, const char* meta) {
  auto* box = static_cast<NodeBox*>(lua_newuserdatauv(L, sizeof(NodeBox), 0));
  box->node = node;
  box->generation = StyleRun::of(L).generation;
  luaL_setmetatable(L, meta);
}

std::string_view view(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

bool is_proxied(const xmlNode* n) {
  return n && (n->type == XML_ELEMENT_NODE || n->type == XML_TEXT_NODE ||
               n->type == XML_CDATA_SECTION_NODE || n->type == XML_COMMENT_NODE);
}

[[noreturn]] void edit_failed(lua_State* L, const std::string& what) {
  luaL_error(L, "%s", what.c_str());
  std::abort();  // not reached: luaL_error does not return
}

TreeEditor& editor(lua_State* L) { return StyleRun::of(L).editor; }

void charge(lua_State* L, std::int64_t units = kEditCost) { StyleRun::of(L).charge(L, units); }

std::string content_of(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string out(view(c));
  xmlFree(c);
  return out;
}

xmlNode* element_arg(lua_State* L, int index) {
  xmlNode* n = check_node(L, index);
  if (n->type != XML_ELEMENT_NODE) luaL_argerror(L, index, "an element expected, got text");
  return n;
}

// ---- attributes ------------------------------------------------------------------------------

void set_attribute(lua_State* L, xmlNode* n, const char* name, int value_index) {
  std::string error;
  const char* value = nullptr;
  if (!lua_isnil(L, value_index)) {
    if (lua_type(L, value_index) != LUA_TSTRING && lua_type(L, value_index) != LUA_TNUMBER &&
        lua_type(L, value_index) != LUA_TBOOLEAN)
      luaL_error(L, "attribute '%s': a string expected, got %s", name,
                 luaL_typename(L, value_index));
    value = luaL_tolstring(L, value_index, nullptr);  // pushes
  }
  bool ok = editor(L).set_attr(n, name, value, error);
  if (value) lua_pop(L, 1);
  if (!ok) edit_failed(L, error);
  charge(L);
}

// Sets the attributes in the table at `index`, in name order so that output is stable.
void set_attributes(lua_State* L, xmlNode* n, int index) {
  index = lua_absindex(L, index);
  std::vector<std::string> names;
  lua_pushnil(L);
  while (lua_next(L, index) != 0) {
    if (lua_type(L, -2) != LUA_TSTRING) luaL_error(L, "attribute names must be strings");
    names.emplace_back(lua_tostring(L, -2));
    lua_pop(L, 1);
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    lua_getfield(L, index, name.c_str());
    set_attribute(L, n, name.c_str(), -1);
    lua_pop(L, 1);
  }
}

int attr_index(lua_State* L) {
  auto* box = static_cast<NodeBox*>(luaL_checkudata(L, 1, kAttrMeta));
  bool present = false;
  std::string v = attr_value(live(L, box), luaL_checkstring(L, 2), &present);
  if (present)
    lua_pushlstring(L, v.data(), v.size());
  else
    lua_pushnil(L);
  return 1;
}

int attr_newindex(lua_State* L) {
  auto* box = static_cast<NodeBox*>(luaL_checkudata(L, 1, kAttrMeta));
  set_attribute(L, live(L, box), luaL_checkstring(L, 2), 3);
  return 0;
}

// __pairs iterator: the control value is the previous attribute name.
int attr_next(lua_State* L) {
  auto* box = static_cast<NodeBox*>(luaL_checkudata(L, 1, kAttrMeta));
  const xmlAttr* a = live(L, box)->properties;
  if (!lua_isnil(L, 2)) {
    const xmlAttr* prev = find_attr(live(L, box), lua_tostring(L, 2));
    a = prev ? prev->next : nullptr;
  }
  if (!a) return 0;
  std::string name = attr_name(a);
  lua_pushlstring(L, name.data(), name.size());
  std::string value = attr_value(live(L, box), name);
  lua_pushlstring(L, value.data(), value.size());
  return 2;
}

int attr_pairs(lua_State* L) {
  luaL_checkudata(L, 1, kAttrMeta);
  lua_pushcfunction(L, attr_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

void push_attr_proxy(lua_State* L, xmlNode* n) { new_box(L, n, kAttrMeta); }

// ---- reading ---------------------------------------------------------------------------------

void push_children(lua_State* L, xmlNode* n) {
  push_new_list(L, 0);
  int i = 0;
  if (n->type == XML_ELEMENT_NODE)
    for (xmlNode* c = n->children; c; c = c->next)
      if (is_proxied(c)) {
        push_node(L, c);
        lua_rawseti(L, -2, ++i);
      }
}

xmlNode* proxied_sibling(xmlNode* n, bool forward) {
  for (n = forward ? n->next : n->prev; n && !is_proxied(n); n = forward ? n->next : n->prev) {
  }
  return n;
}

int node_index(lua_State* L) {
  xmlNode* n = check_node(L, 1);
  std::string_view key = luaL_checkstring(L, 2);
  if (key == "tag") {
    std::string t = tag_of(n);
    lua_pushlstring(L, t.data(), t.size());
  } else if (key == "attr") {
    if (n->type == XML_ELEMENT_NODE)
      push_attr_proxy(L, n);
    else
      lua_pushnil(L);
  } else if (key == "children") {
    push_children(L, n);
  } else if (key == "parent") {
    push_node(L, n->parent && n->parent->type == XML_ELEMENT_NODE ? n->parent : nullptr);
  } else if (key == "prev" || key == "next") {
    push_node(L, proxied_sibling(n, key == "next"));
  } else if (key == "text") {
    std::string t = content_of(n);
    lua_pushlstring(L, t.data(), t.size());
  } else if (key == "line") {
    lua_pushinteger(L, line_of(n));
  } else {
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));  // methods
  }
  return 1;
}

// ---- editing ---------------------------------------------------------------------------------

// Collects the nodes for arguments [first, top]: nodes, strings, or lists of them.
void collect_nodes(lua_State* L, int first, std::vector<xmlNode*>& out) {
  int top = lua_gettop(L);
  for (int i = first; i <= top; ++i) {
    if (lua_type(L, i) == LUA_TTABLE) {
      lua_Integer size = luaL_len(L, i);
      for (lua_Integer k = 1; k <= size; ++k) {
        lua_geti(L, i, k);
        out.push_back(node_from_value(L, -1, "list item"));
        lua_pop(L, 1);
      }
    } else if (!lua_isnil(L, i)) {
      out.push_back(node_from_value(L, i, "argument"));
    }
  }
}

void replace_children(lua_State* L, xmlNode* n, int index) {
  std::vector<xmlNode*> nodes;
  lua_pushvalue(L, index);
  int top = lua_gettop(L);
  collect_nodes(L, top, nodes);
  lua_pop(L, 1);
  std::string error;
  TreeEditor& ed = editor(L);
  while (n->children) ed.detach(n->children, error);
  for (xmlNode* c : nodes)
    if (!ed.append(n, c, error)) edit_failed(L, error);
  charge(L, kEditCost * static_cast<std::int64_t>(nodes.size() + 1));
}

int node_newindex(lua_State* L) {
  xmlNode* n = check_node(L, 1);
  std::string_view key = luaL_checkstring(L, 2);
  std::string error;
  if (key == "tag") {
    if (!editor(L).rename(n, luaL_checkstring(L, 3), error)) edit_failed(L, error);
  } else if (key == "text") {
    size_t len = 0;
    const char* s = luaL_checklstring(L, 3, &len);
    if (n->type == XML_ELEMENT_NODE) {
      lua_settop(L, 3);
      replace_children(L, n, 3);
    } else {
      editor(L).set_text(n, std::string_view(s, len));
    }
  } else if (key == "children") {
    if (n->type != XML_ELEMENT_NODE) luaL_error(L, "a %s node has no children", tag_of(n).c_str());
    replace_children(L, n, 3);
  } else if (key == "attr") {
    if (n->type != XML_ELEMENT_NODE) luaL_error(L, "only elements have attributes");
    luaL_checktype(L, 3, LUA_TTABLE);
    editor(L).clear_attrs(n);
    set_attributes(L, n, 3);
  } else {
    luaL_error(L, "cannot set field '%s' of a node (tag, text, children and attr can be set)",
               std::string(key).c_str());
  }
  charge(L);
  return 0;
}

int node_eq(lua_State* L) {
  lua_pushboolean(L, to_node(L, 1) == to_node(L, 2));
  return 1;
}

int node_tostring(lua_State* L) {
  xmlNode* n = check_node(L, 1);
  xmlBuffer* buf = xmlBufferCreate();
  if (!buf) return luaL_error(L, "not enough memory");
  xmlNodeDump(buf, n->doc, n, 0, 0);
  lua_pushlstring(L, reinterpret_cast<const char*>(xmlBufferContent(buf)),
                  static_cast<size_t>(xmlBufferLength(buf)));
  xmlBufferFree(buf);
  return 1;
}

int m_select(lua_State* L) {
  xmlNode* n = check_node(L, 1);
  const Selector& sel = StyleRun::of(L).selector(L, luaL_checkstring(L, 2));
  bool first_only = lua_toboolean(L, lua_upvalueindex(1));
  push_new_list(L, 0);
  int i = 0;
  std::int64_t visited = 0;
  // Iterative pre-order over the descendants of n.
  xmlNode* c = n->type == XML_ELEMENT_NODE ? n->children : nullptr;
  while (c && c != n) {
    ++visited;
    if (c->type == XML_ELEMENT_NODE && sel.matches(c)) {
      if (first_only) {
        push_node(L, c);
        return 1;
      }
      push_node(L, c);
      lua_rawseti(L, -2, ++i);
    }
    if (c->type == XML_ELEMENT_NODE && c->children) {
      c = c->children;
      continue;
    }
    while (c != n && !c->next) c = c->parent;
    if (c != n) c = c->next;
  }
  StyleRun::of(L).charge(L, visited);
  if (first_only) lua_pushnil(L);
  return 1;
}

int m_matches(lua_State* L) {
  xmlNode* n = check_node(L, 1);
  lua_pushboolean(L, StyleRun::of(L).selector(L, luaL_checkstring(L, 2)).matches(n));
  return 1;
}

int m_closest(lua_State* L) {
  xmlNode* n = check_node(L, 1);
  const Selector& sel = StyleRun::of(L).selector(L, luaL_checkstring(L, 2));
  for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
    if (sel.matches(n)) {
      push_node(L, n);
      return 1;
    }
  lua_pushnil(L);
  return 1;
}

int m_clone(lua_State* L) {
  xmlNode* copy = editor(L).clone(check_node(L, 1));
  charge(L);
  push_node(L, copy);
  return 1;
}

enum class Place { append, prepend, before, after, replace };

int place_nodes(lua_State* L, Place where) {
  xmlNode* n = check_node(L, 1);
  std::vector<xmlNode*> nodes;
  collect_nodes(L, 2, nodes);
  TreeEditor& ed = editor(L);
  std::string error;
  if ((where == Place::append || where == Place::prepend) && n->type != XML_ELEMENT_NODE)
    luaL_error(L, "only elements have children");
  if ((where == Place::before || where == Place::after || where == Place::replace) &&
      (!n->parent || n->parent->type != XML_ELEMENT_NODE))
    luaL_error(L, "the node is not inside an element");
  xmlNode* anchor = nullptr;  // insert before this; null = append to parent
  xmlNode* parent = n;
  switch (where) {
    case Place::append:
      break;
    case Place::prepend:
      anchor = n->children;
      break;
    case Place::before:
    case Place::replace:
      parent = n->parent;
      anchor = n;
      break;
    case Place::after:
      parent = n->parent;
      anchor = n->next;
      break;
  }
  for (xmlNode* c : nodes) {
    if (c == anchor) {  // already in place (the node itself, say): the rest go after it
      anchor = c->next;
      continue;
    }
    bool ok = anchor ? ed.insert_before(anchor, c, error) : ed.append(parent, c, error);
    if (!ok) edit_failed(L, error);
  }
  if (where == Place::replace && std::find(nodes.begin(), nodes.end(), n) == nodes.end() &&
      !ed.detach(n, error))
    edit_failed(L, error);
  charge(L, kEditCost * static_cast<std::int64_t>(nodes.size() + 1));
  lua_settop(L, 1);
  return 1;
}

int m_append(lua_State* L) { return place_nodes(L, Place::append); }
int m_prepend(lua_State* L) { return place_nodes(L, Place::prepend); }
int m_before(lua_State* L) { return place_nodes(L, Place::before); }
int m_after(lua_State* L) { return place_nodes(L, Place::after); }
int m_replace(lua_State* L) { return place_nodes(L, Place::replace); }

int m_remove(lua_State* L) {
  xmlNode* n = check_node(L, 1);
  std::string error;
  if (!editor(L).detach(n, error)) edit_failed(L, error);
  charge(L);
  lua_settop(L, 1);
  return 1;
}

// Replaces the element by its children; returns them as a List.
int m_unwrap(lua_State* L) {
  xmlNode* n = element_arg(L, 1);
  if (!n->parent || n->parent->type != XML_ELEMENT_NODE)
    luaL_error(L, "the node is not inside an element");
  TreeEditor& ed = editor(L);
  std::string error;
  push_children(L, n);
  while (xmlNode* c = n->children)
    if (!ed.insert_before(n, c, error)) edit_failed(L, error);
  if (!ed.detach(n, error)) edit_failed(L, error);
  charge(L);
  return 1;
}

// Wraps the node in a new element tag (attrs optional) and returns the element.
int m_wrap(lua_State* L) {
  xmlNode* n = check_node(L, 1);
  std::string error;
  TreeEditor& ed = editor(L);
  xmlNode* w = ed.new_element(luaL_checkstring(L, 2), error);
  if (!w) edit_failed(L, error);
  if (lua_istable(L, 3)) set_attributes(L, w, 3);
  if (n->parent && !ed.insert_before(n, w, error)) edit_failed(L, error);
  if (!ed.append(w, n, error)) edit_failed(L, error);
  charge(L);
  push_node(L, w);
  return 1;
}

// ---- the tei module --------------------------------------------------------------------------

int tei_el(lua_State* L) {
  std::string error;
  xmlNode* n = editor(L).new_element(luaL_checkstring(L, 1), error);
  if (!n) edit_failed(L, error);
  int children_at = 2;
  if (lua_istable(L, 2) && !to_node(L, 2)) {
    // a table of attributes (string keys) or, if it is a list, the children
    lua_geti(L, 2, 1);
    bool is_list = !lua_isnil(L, -1);
    lua_pop(L, 1);
    if (!is_list) {
      set_attributes(L, n, 2);
      children_at = 3;
    }
  }
  std::vector<xmlNode*> nodes;
  if (lua_gettop(L) >= children_at) {
    lua_settop(L, children_at);
    collect_nodes(L, children_at, nodes);
  }
  for (xmlNode* c : nodes)
    if (!editor(L).append(n, c, error)) edit_failed(L, error);
  charge(L, kEditCost * static_cast<std::int64_t>(nodes.size() + 1));
  push_node(L, n);
  return 1;
}

int tei_text(lua_State* L) {
  size_t len = 0;
  const char* s = luaL_checklstring(L, 1, &len);
  xmlNode* n = editor(L).new_text(std::string_view(s, len));
  charge(L);
  push_node(L, n);
  return 1;
}

void stringify_into(lua_State* L, int index, std::string& out, int depth, std::size_t cap) {
  if (depth > 64) luaL_error(L, "tei.stringify: lists nested too deeply");
  if (out.size() > cap) luaL_error(L, "tei.stringify: the text would pass the memory limit");
  index = lua_absindex(L, index);
  if (xmlNode* n = to_node(L, index)) {
    out += content_of(n);
  } else if (lua_type(L, index) == LUA_TSTRING || lua_type(L, index) == LUA_TNUMBER) {
    size_t len = 0;
    const char* s = lua_tolstring(L, index, &len);
    out.append(s, len);
  } else if (lua_istable(L, index)) {
    lua_Integer size = luaL_len(L, index);
    for (lua_Integer k = 1; k <= size; ++k) {
      lua_geti(L, index, k);
      stringify_into(L, -1, out, depth + 1, cap);
      lua_pop(L, 1);
    }
  } else if (!lua_isnil(L, index)) {
    luaL_error(L, "tei.stringify: cannot stringify a %s", luaL_typename(L, index));
  }
}

int tei_stringify(lua_State* L) {
  std::string out;
  const StyleSet* style = StyleRun::of(L).style;  // the same node may be listed many times
  stringify_into(L, 1, out, 0, style ? style->limits().memory_bytes : SIZE_MAX);
  if (style && out.size() > style->limits().memory_bytes)
    luaL_error(L, "tei.stringify: the text would pass the memory limit");
  StyleRun::of(L).charge(L, static_cast<std::int64_t>(out.size() / 8));
  lua_pushlstring(L, out.data(), out.size());
  return 1;
}

// tei.utc_offset(zone, "YYYY-MM-DDTHH:MM[:SS]") -> "+03:00", or nil for an unknown zone or
// an invalid time: the zone's offset at that local time (IANA data through ICU).
int tei_utc_offset(lua_State* L) {
  const char* zone = luaL_checkstring(L, 1);
  const char* when = luaL_checkstring(L, 2);
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  int fields = std::sscanf(when, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &sec);
  if (fields < 5) return luaL_argerror(L, 2, "expected YYYY-MM-DDTHH:MM[:SS]");
  StyleRun::of(L).charge(L, 200);
  auto minutes = utc_offset_minutes(zone, y, mo, d, h, mi, fields == 6 ? sec : 0);
  if (!minutes) {
    lua_pushnil(L);
    return 1;
  }
  std::string text = format_utc_offset(*minutes);
  lua_pushlstring(L, text.data(), text.size());
  return 1;
}

// tei.fold(s): s without diacritics ("Kádár" -> "Kadar"), for comparisons.
int tei_fold(lua_State* L) {
  size_t len = 0;
  const char* s = luaL_checklstring(L, 1, &len);
  StyleRun::of(L).charge(L, static_cast<std::int64_t>(len / 8 + 1));
  std::string out = fold_diacritics(std::string_view(s, len));
  lua_pushlstring(L, out.data(), out.size());
  return 1;
}

int tei_list(lua_State* L) {
  if (lua_isnoneornil(L, 1)) {
    push_new_list(L, 0);
    return 1;
  }
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  luaL_setmetatable(L, kListMeta);
  return 1;
}

void new_metatable(lua_State* L, const char* name, const luaL_Reg* fns) {
  luaL_newmetatable(L, name);
  luaL_setfuncs(L, fns, 0);
  lua_pushstring(L, "locked");
  lua_setfield(L, -2, "__metatable");
}

}  // namespace

long line_of(const xmlNode* node) {
  for (; node; node = node->parent)
    if (node->type == XML_ELEMENT_NODE && node->line > 0) return node->line;
  return 0;
}

void push_node(lua_State* L, xmlNode* node) {
  if (!node) {
    lua_pushnil(L);
    return;
  }
  new_box(L, node, kNodeMeta);
}

xmlNode* to_node(lua_State* L, int index) {
  auto* box = static_cast<NodeBox*>(luaL_testudata(L, index, kNodeMeta));
  return box ? live(L, box) : nullptr;
}

xmlNode* check_node(lua_State* L, int index) {
  return live(L, static_cast<NodeBox*>(luaL_checkudata(L, index, kNodeMeta)));
}

xmlNode* node_from_value(lua_State* L, int index, const char* what) {
  if (xmlNode* n = to_node(L, index)) return n;
  if (lua_type(L, index) == LUA_TSTRING || lua_type(L, index) == LUA_TNUMBER) {
    size_t len = 0;
    const char* s = lua_tolstring(L, index, &len);
    return editor(L).new_text(std::string_view(s, len));
  }
  luaL_error(L, "%s: a node or a string expected, got %s", what, luaL_typename(L, index));
  return nullptr;
}

void push_new_list(lua_State* L, int size_hint) {
  lua_createtable(L, size_hint, 0);
  luaL_setmetatable(L, kListMeta);
}

void open_node_library(lua_State* L) {
  static const luaL_Reg attr_fns[] = {
      {"__index", attr_index}, {"__newindex", attr_newindex}, {"__pairs", attr_pairs}, {}};
  new_metatable(L, kAttrMeta, attr_fns);
  lua_pop(L, 1);

  static const luaL_Reg node_fns[] = {
      {"__newindex", node_newindex}, {"__eq", node_eq}, {"__tostring", node_tostring}, {}};
  new_metatable(L, kNodeMeta, node_fns);
  static const luaL_Reg methods[] = {
      {"matches", m_matches}, {"closest", m_closest}, {"clone", m_clone}, {"append", m_append},
      {"prepend", m_prepend}, {"before", m_before},   {"after", m_after}, {"replace", m_replace},
      {"remove", m_remove},   {"unwrap", m_unwrap},   {"wrap", m_wrap},   {}};
  luaL_newlib(L, methods);
  lua_pushboolean(L, 0);
  lua_pushcclosure(L, m_select, 1);
  lua_setfield(L, -2, "select");
  lua_pushboolean(L, 1);
  lua_pushcclosure(L, m_select, 1);
  lua_setfield(L, -2, "first");
  lua_pushcclosure(L, node_index, 1);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);

  luaL_newmetatable(L, kListMeta);  // methods are added by the prelude
  lua_pop(L, 1);

  static const luaL_Reg tei_fns[] = {{"el", tei_el},
                                     {"text", tei_text},
                                     {"stringify", tei_stringify},
                                     {"List", tei_list},
                                     {"utc_offset", tei_utc_offset},
                                     {"fold", tei_fold},
                                     {}};
  luaL_newlib(L, tei_fns);
  lua_setfield(L, LUA_REGISTRYINDEX, kTeiModule);
}

void push_tei_module(lua_State* L) { lua_getfield(L, LUA_REGISTRYINDEX, kTeiModule); }

}  // namespace cabletei
