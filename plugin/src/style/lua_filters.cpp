// The walk of element handlers (see lua_filters.hpp): handler lookup by tag and selector
// lists, the return contract, and a sibling iteration that survives edits around the node.
#include "style/lua_filters.hpp"

#include <libxml/tree.h>
#include <lua.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "style/lua_node.hpp"
#include "style/style_run.hpp"
#include "style/tei_names.hpp"

namespace cabletei {
namespace {

class Walker {
 public:
  Walker(lua_State* L, int filter, int cx, bool bottomup)
      : L_(L), filter_(filter), cx_(cx), bottomup_(bottomup) {
    // The names the filter handles, so that other elements cost no Lua lookup.
    lua_pushnil(L_);
    while (lua_next(L_, filter_) != 0) {
      if (lua_type(L_, -2) == LUA_TSTRING && is_handler(-1)) {
        std::string key = lua_tostring(L_, -2);
        if (key == "after_encode" || key == "before_render") {  // phase hooks
          lua_pop(L_, 1);
          continue;
        }
        if (key == "Element") fallback_ = true;
        if (std::find(handled_.begin(), handled_.end(), key) == handled_.end())
          handled_.push_back(std::move(key));
      }
      lua_pop(L_, 1);
    }
  }

  // False for a filter of text rules or hooks only: there is nothing to walk for.
  bool has_handlers() const { return fallback_ || !handled_.empty(); }

  // The visited elements carry a mark in their _private field (no allocation per element);
  // their own values come back when the walk ends, even by an error.
  ~Walker() {
    for (auto it = marked_.rbegin(); it != marked_.rend(); ++it) it->first->_private = it->second;
  }
  Walker(const Walker&) = delete;
  Walker& operator=(const Walker&) = delete;

  // Visits `node`; returns the last node now standing in its place, or null if it is gone.
  // An element is visited once, however handlers move it about.
  xmlNode* visit(xmlNode* node) {
    if (node->_private == mark()) return node;
    marked_.emplace_back(node, node->_private);
    node->_private = mark();
    xmlNode* parent = node->parent;
    if (bottomup_) children(node);
    if (!push_handler(node)) {
      if (!bottomup_) children(node);
      return node;
    }
    bool descend = call_handler(node);
    return apply_result(node, parent, descend && !bottomup_);
  }

  void children(xmlNode* parent) {
    xmlNode* c = parent->children;
    while (c) {
      if (c->type != XML_ELEMENT_NODE) {
        c = c->next;
        continue;
      }
      xmlNode* prev = c->prev;
      xmlNode* next = c->next;
      xmlNode* last = visit(c);
      if (!next)  // it was the last: whatever follows it now came with its handler
        break;
      if (next->parent == parent)  // the old next sibling is still here: go on from it
        c = next;
      else if (last && last->parent == parent)
        c = last->next;
      else if (prev && prev->parent == parent)
        c = prev->next;
      else if (!prev)
        c = parent->children;
      else
        c = nullptr;  // the neighbourhood was moved away: nothing sensible to resume from
    }
  }

 private:
  // Pushes the function that handles `node`, or returns false (pushing nothing).
  bool push_handler(xmlNode* node) {
    if (!fallback_ && !handles(node)) return false;
    std::string tag = tag_of(node);
    lua_getfield(L_, filter_, tag.c_str());
    if (!is_handler(-1)) {
      lua_pop(L_, 1);
      lua_getfield(L_, filter_, "Element");
      if (!is_handler(-1)) {
        lua_pop(L_, 1);
        return false;
      }
      tag = "Element";
    }
    if (lua_isfunction(L_, -1)) return true;
    return pick_from_list(node, tag);
  }

  // Whether a handler is keyed by the node's tag (TEI elements: no string is built). Filters
  // handle a few tags: comparing them beats hashing every element's name.
  bool handles(const xmlNode* node) {
    bool tei = !node->ns || !node->ns->href || node->ns->href == tei_href_;
    if (!tei && std::string_view(reinterpret_cast<const char*>(node->ns->href)) == kTeiNamespace) {
      tei_href_ = node->ns->href;  // the document's TEI namespace: compared by address from now
      tei = true;
    }
    std::string other = tei ? std::string() : tag_of(node);
    const char* tag = tei ? reinterpret_cast<const char*>(node->name) : other.c_str();
    for (const std::string& h : handled_)
      if (h[0] == tag[0] && h == tag) return true;
    return false;
  }

  // This walk's mark: the address of the walker, unique while it lives.
  void* mark() { return this; }

  // A function, or a list of {selector, function} pairs; strings and booleans are settings.
  bool is_handler(int index) const {
    if (lua_isfunction(L_, index)) return true;
    if (!lua_istable(L_, index)) return false;
    lua_geti(L_, index, 1);
    bool list = false;
    if (lua_istable(L_, -1)) {
      lua_geti(L_, -1, 1);
      list = lua_type(L_, -1) == LUA_TSTRING;  // {selector, function}, not a text rule
      lua_pop(L_, 1);
    }
    lua_pop(L_, 1);
    return list;
  }

  // Replaces the selector list on the stack by the first function whose selector matches.
  bool pick_from_list(xmlNode* node, const std::string& key) {
    int list = lua_gettop(L_);
    StyleRun& run = StyleRun::of(L_);
    for (lua_Integer k = 1;; ++k) {
      if (lua_geti(L_, list, k) == LUA_TNIL) break;
      lua_geti(L_, -1, 1);
      lua_geti(L_, -2, 2);
      const char* sel = lua_tostring(L_, -2);
      if (!sel || !lua_isfunction(L_, -1))
        luaL_error(L_, "handler list '%s', entry %d: expected {selector, function}", key.c_str(),
                   static_cast<int>(k));
      if (std::string(sel) == "_" || run.selector(L_, sel).matches(node)) {
        lua_replace(L_, list);
        lua_settop(L_, list);
        return true;
      }
      lua_pop(L_, 3);
    }
    lua_settop(L_, list - 1);
    return false;
  }

  // Calls the handler on the stack with (node, cx); leaves its two results; returns whether
  // to descend. Errors get the element and its input line appended.
  bool call_handler(xmlNode* node) {
    StyleRun::of(L_).charge(L_, 1);
    push_node(L_, node);
    lua_pushvalue(L_, cx_);
    if (lua_pcall(L_, 2, 2, 0) != LUA_OK) {
      const char* msg = lua_tostring(L_, -1);
      lua_pushfstring(L_, "%s (handling <%s> from input line %d)", msg ? msg : "error",
                      tag_of(node).c_str(), static_cast<int>(line_of(node)));
      lua_error(L_);
    }
    bool descend = !(lua_isboolean(L_, -1) && !lua_toboolean(L_, -1));
    lua_pop(L_, 1);
    return descend;
  }

  // Applies the handler's first result (on the stack top, popped here).
  xmlNode* apply_result(xmlNode* node, xmlNode* parent, bool descend) {
    int r = lua_gettop(L_);
    xmlNode* same = to_node(L_, r);
    if (lua_isnil(L_, r) || same == node) {
      lua_pop(L_, 1);
      if (descend) children(node);
      return node;
    }
    if (same && same->parent == parent && is_ancestor_or_self(same, node)) {
      lua_pop(L_, 1);  // el:wrap(...): the wrapper already stands in the node's place
      if (descend) children(node);
      return same;
    }
    std::vector<xmlNode*> items;
    if (lua_istable(L_, r) && !same) {
      lua_Integer size = luaL_len(L_, r);
      for (lua_Integer k = 1; k <= size; ++k) {
        lua_geti(L_, r, k);
        if (!to_node(L_, -1) && lua_type(L_, -1) != LUA_TSTRING && lua_type(L_, -1) != LUA_TNUMBER)
          luaL_error(L_, "%s returned a list whose item %d is a %s; expected nodes or strings",
                     handler_of(node).c_str(), static_cast<int>(k), luaL_typename(L_, -1));
        items.push_back(node_from_value(L_, -1, "handler result"));
        lua_pop(L_, 1);
      }
    } else if (same || lua_type(L_, r) == LUA_TSTRING || lua_type(L_, r) == LUA_TNUMBER) {
      items.push_back(node_from_value(L_, r, "handler result"));
    } else {
      luaL_error(L_, "%s returned a %s; expected nil, a node, a string or a list",
                 handler_of(node).c_str(), luaL_typename(L_, r));
    }
    return splice(node, items, descend);
  }

  // "the handler for <p> from input line 3", for errors about what a handler returned.
  static std::string handler_of(const xmlNode* node) {
    return "the handler for <" + tag_of(node) + "> from input line " +
           std::to_string(line_of(node));
  }

  xmlNode* splice(xmlNode* node, const std::vector<xmlNode*>& items, bool descend) {
    StyleRun& run = StyleRun::of(L_);
    xmlNode* parent = node->parent;
    std::string error;
    std::vector<bool> was_inside;
    for (xmlNode* item : items)
      was_inside.push_back(item != node && is_ancestor_or_self(node, item));
    bool kept = false;
    xmlNode* ref = node;  // the items go before this node; null: at the end of the parent
    for (xmlNode* item : items) {
      kept = kept || item == node;
      if (item == ref) {  // already in place (the node itself, say): the rest go after it
        ref = item->next;
        continue;
      }
      bool placed =
          ref ? run.editor.insert_before(ref, item, error) : run.editor.append(parent, item, error);
      if (!placed)
        luaL_error(L_, "%s returned a node that cannot go there: %s", handler_of(node).c_str(),
                   error.c_str());
    }
    if (!kept && !run.editor.detach(node, error))
      luaL_error(L_, "%s returned no node to stand in its place: %s", handler_of(node).c_str(),
                 error.c_str());
    lua_pop(L_, 1);
    run.charge(L_, static_cast<std::int64_t>(items.size()));
    if (descend)
      for (std::size_t k = 0; k < items.size(); ++k) {
        if (items[k]->type != XML_ELEMENT_NODE || items[k]->parent != parent) continue;
        if (was_inside[k])
          visit(items[k]);
        else
          children(items[k]);
      }
    for (auto it = items.rbegin(); it != items.rend(); ++it)
      if ((*it)->parent == parent) return *it;
    return nullptr;
  }

  lua_State* L_;
  int filter_, cx_;
  bool bottomup_;
  bool fallback_ = false;                           // an Element handler
  std::vector<std::string> handled_;                // tags with a handler
  const xmlChar* tei_href_ = nullptr;               // the TEI namespace URI of this document
  std::vector<std::pair<xmlNode*, void*>> marked_;  // visited elements, their own _private
};

}  // namespace

void walk_filter(lua_State* L, int filter, int cx, xmlNode* root) {
  filter = lua_absindex(L, filter);
  cx = lua_absindex(L, cx);
  lua_getfield(L, filter, "traverse");
  const char* traverse = lua_tostring(L, -1);
  bool bottomup = traverse && std::string(traverse) == "bottomup";
  if (traverse && !bottomup && std::string(traverse) != "document")
    luaL_error(L, "traverse = '%s': expected \"document\" or \"bottomup\"", traverse);
  lua_pop(L, 1);
  Walker walker(L, filter, cx, bottomup);
  if (walker.has_handlers()) walker.visit(root);
}

}  // namespace cabletei
