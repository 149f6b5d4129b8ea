// Authority lists (persons, terms) as house styles see them: read-only Lua values over the
// lists loaded once per style, with a prebuilt phrase index of their entries' forms.
#pragma once

#include <memory>

#include "authority/authority_list.hpp"
#include "text/phrase_index.hpp"

struct lua_State;

namespace cabletei {

// A loaded list and the index of its entries' forms (value = entry position). Terms are also
// found in the plural ("Embtels") and dotted acronyms without their periods ("PL" for P.L.);
// capitalised terms ("Deptel", "Nodis") match in any letter case, the others
// ("UN", "res") and persons' names only as written or in capitals ("LODGE"). Immutable once built;
// thread-safe.
struct AuthorityBinding {
  AuthorityList list;
  PhraseIndex index;

  explicit AuthorityBinding(AuthorityList l);
};

// Pushes a read-only proxy for `binding` (nil when null): `#list`, `list[i]` (entries in list
// order), `list["p_KJ1"]` or `list["#p_KJ1"]` (by id), `pairs`/`ipairs`. An entry is a
// read-only value with id, name, description and forms (a fresh List). Writes raise errors.
// `list:lookup(name)` gives the List of entries one of whose forms is the whole of `name`
// (white space, diacritics and, for mixed-case terms, letter case aside).
void push_authority(lua_State* L, const AuthorityBinding* binding);
// The binding behind the proxy at `index`, or nullptr.
const AuthorityBinding* to_authority(lua_State* L, int index);
// Pushes the read-only proxy of entry `position` of `binding`.
void push_authority_entry(lua_State* L, const AuthorityBinding* binding, int position);
// Creates the metatables; called once per Lua state.
void open_authority_library(lua_State* L);

}  // namespace cabletei
