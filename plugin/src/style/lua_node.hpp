// TEI nodes as Lua values for house styles: a proxy per node with tag, attr, children, parent,
// prev, next, text and line, methods to query and edit the tree, and the `tei` module.
#pragma once

struct lua_State;
struct _xmlNode;

namespace cabletei {

// Creates the node metatables and the `tei` module table (left in the registry, see
// push_tei_module). Needs StyleRun::attach first.
void open_node_library(lua_State* L);

// Pushes the `tei` module table.
void push_tei_module(lua_State* L);

// Pushes a proxy for `node` (element, text or comment), or nil for null.
void push_node(lua_State* L, _xmlNode* node);
// The node of the proxy at `index`, or nullptr when it is not a node proxy.
_xmlNode* to_node(lua_State* L, int index);
// Same, raising a Lua argument error when it is not a node.
_xmlNode* check_node(lua_State* L, int index);
// Converts the value at `index` to a node: a proxy, or a string made into a new text node.
// Raises a Lua error naming `what` for anything else.
_xmlNode* node_from_value(lua_State* L, int index, const char* what);

// Pushes a new List (a table with the List metatable: map, filter, find, ...).
void push_new_list(lua_State* L, int size_hint);

// The line of `node` in the input: its own, or its nearest ancestor's; 0 when unknown.
long line_of(const _xmlNode* node);

}  // namespace cabletei
