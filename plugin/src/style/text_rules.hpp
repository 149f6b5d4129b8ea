// Text rules of house styles: literal, Lua-pattern and word-list matches over text runs (a
// run goes on across pb and lb, so a page break inside a word does not hide it), wrapped in
// an element or replaced.
#pragma once

struct lua_State;
struct _xmlNode;

namespace cabletei {

// Applies the list of rules at stack index `rules`, one after another, to the text runs under
// `root`, passing the context at `cx` to rule functions. A rule is a table:
//   literal = "STOP" | pattern = "(%d+)Z" | words = {phrase = value, ...} or an authority
//     list (cx.persons, cx.terms: its entries' forms; ignore_case = true for any letter case),
//     or a function(cx) returning one of these (the lists only exist once a document runs)
//   wrap = "gloss"      wrap each match in this element, with
//   attr = {…} | function(m, cx) -> {…} | nil/false to leave this match alone; with an
//     authority list, a table's values may hold "${id}" and "${name}" of the matched entry
//     (no Lua call per match: the fast path for lists)
//   min_length = n      matches shorter than n bytes are left alone
//   outside = "s"       with an authority list and wrap: an ending the entry's forms do not
//                       have stays out of the element ("Embtel" + "s")
//   replace = "text" (%0–%9 captures for patterns) | function(m, cx) -> string, node, list, nil
//   scope = "p, note"   only runs inside elements matching this selector
//   exclude = {…}       element names whose runs are skipped (default: teiHeader and the
//                       entity elements gloss persName placeName orgName ref date term choice)
// `m` holds text, captures (pattern), values (words: the matched phrase's values, a List),
// before and after (up to 64 bytes of the run around the match: look-behind and look-ahead),
// parent (the element holding the run) and line. Matches never overlap; each rule sees the
// result of the previous one. Errors are raised as Lua errors.
void apply_text_rules(lua_State* L, int rules, int cx, _xmlNode* root);

}  // namespace cabletei
