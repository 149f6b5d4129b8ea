// The pandoc-style walk of house styles: element handlers keyed by TEI name, called in
// document order (or bottom-up), whose return values keep, replace, splice or delete nodes.
#pragma once

struct lua_State;
struct _xmlNode;

namespace cabletei {

// Runs the element handlers of the filter table at stack index `filter` over the subtree of
// `root` (root included), passing the context at index `cx` as the handlers' second argument.
// A handler is a function, or a list of {selector, function} pairs tried in order ("_" matches
// anything); `Element` handles elements without their own handler. Keys whose values are not
// handlers (name = "…", text = {rules}, traverse = "bottomup", off, after_encode,
// before_render) are settings, not handlers.
//
// Return contract: nil keeps the node; a node or a string replaces it; a list splices its
// items in its place; {} deletes it; a second result `false` skips the children. In document
// order (the default) the walk then continues into the children of what stands in the node's
// place; items of a returned list that were inside the node (el.children, say) are walked as
// nodes of their own, new ones only into their children; then it goes on with the node's next
// sibling as it was before the handler ran (nodes a handler puts after its element are not
// walked). Each element is visited once per filter, however handlers move it (a handler may
// wrap its element: el:wrap("gloss"), returned or not). Errors are raised as Lua errors.
void walk_filter(lua_State* L, int filter, int cx, _xmlNode* root);

}  // namespace cabletei
