// The context `cx` handed to every handler and rule of a house style: read-only parameters
// and authority lists, and cx:warn/note/error diagnostics that carry script and input lines.
#pragma once

struct lua_State;

namespace cabletei {

class StyleSet;

// Pushes a new, read-only `cx` for `style`: cx.params (name -> string), cx.persons and
// cx.terms (authority proxies; empty lists when the volume has none), cx.coverage (the
// volume's span {min, max} from the lists' frus:doc-dateTime-min/max, or nil), cx.format
// ("tei"), and
// methods cx:warn(node, fmt, ...), cx:note(...), cx:error(...) (the document then fails).
// `node` may be nil; the diagnostic's line is the node's input line. Needs StyleRun::attach.
void push_context(lua_State* L, const StyleSet& style);

}  // namespace cabletei
