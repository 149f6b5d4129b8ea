// Read-only Lua proxies over authority lists (see authority_binding.hpp): the list indexes by
// position or id, entries expose their fields, and every write raises an error.
#include "style/authority_binding.hpp"

#include <lua.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "style/lua_node.hpp"

namespace cabletei {
namespace {

constexpr const char* kListMeta = "cabletei.authority";
constexpr const char* kEntryMeta = "cabletei.authority.entry";
constexpr const char* kProxyCache = "cabletei.authority.proxies";

struct ListBox {
  const AuthorityBinding* binding;
};
struct EntryBox {
  const AuthorityBinding* binding;
  int position;
};

bool has_lower_case(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// "Deptel", "Nodis": a capital and lower-case letters; such terms match in any letter case.
bool is_capitalised_word(std::string_view s) {
  return !s.empty() && is_upper(s[0]) && has_lower_case(s);
}

// How a term may be written: itself; with a plural s ("Embtels"); a dotted acronym without
// its periods ("PL" for "P.L."). (The reverse, "U.S." for US, is not the house practice.)
std::vector<std::string> term_variants(const std::string& term) {
  std::vector<std::string> out = {term};
  char last = term.empty() ? 0 : term.back();
  bool letter_end = (last >= 'a' && last <= 'z') || is_upper(last);
  if (term.size() >= 2 && letter_end) out.push_back(term + "s");
  bool dotted_acronym = term.size() >= 4 && term.size() % 2 == 0;
  std::string plain;
  for (std::size_t k = 0; dotted_acronym && k < term.size(); k += 2) {
    dotted_acronym = is_upper(term[k]) && term[k + 1] == '.';
    plain += term[k];
  }
  if (dotted_acronym) out.push_back(plain);
  return out;
}

std::string ascii_upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

const char* kind_name(const AuthorityBinding* b) {
  return b->list.kind == AuthorityKind::persons ? "persons" : "terms";
}

const AuthorityBinding* check_list(lua_State* L) {
  return static_cast<ListBox*>(luaL_checkudata(L, 1, kListMeta))->binding;
}

int list_lookup(lua_State* L);

int list_index(lua_State* L) {
  const AuthorityBinding* b = check_list(L);
  if (lua_type(L, 2) == LUA_TSTRING && std::string_view(lua_tostring(L, 2)) == "lookup") {
    lua_pushcfunction(L, list_lookup);
    return 1;
  }
  if (lua_isinteger(L, 2)) {
    lua_Integer i = lua_tointeger(L, 2);
    if (i >= 1 && i <= static_cast<lua_Integer>(b->list.entries.size()))
      push_authority_entry(L, b, static_cast<int>(i - 1));
    else
      lua_pushnil(L);
    return 1;
  }
  const char* id = lua_tostring(L, 2);
  const AuthorityEntry* e = id ? b->list.find(id) : nullptr;
  if (e)
    push_authority_entry(L, b, static_cast<int>(e - b->list.entries.data()));
  else
    lua_pushnil(L);
  return 1;
}

int list_len(lua_State* L) {
  lua_pushinteger(L, static_cast<lua_Integer>(check_list(L)->list.entries.size()));
  return 1;
}

int list_next(lua_State* L) {
  const AuthorityBinding* b = check_list(L);
  lua_Integer i = lua_isnil(L, 2) ? 1 : luaL_checkinteger(L, 2) + 1;
  if (i > static_cast<lua_Integer>(b->list.entries.size())) return 0;
  lua_pushinteger(L, i);
  push_authority_entry(L, b, static_cast<int>(i - 1));
  return 2;
}

int list_pairs(lua_State* L) {
  check_list(L);
  lua_pushcfunction(L, list_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

// list:lookup(name) -> List of the entries one of whose forms is the whole of `name`
// (white space and diacritics aside), e.g. cx.persons:lookup("Kadar").
int list_lookup(lua_State* L) {
  const AuthorityBinding* b = check_list(L);
  size_t len = 0;
  const char* s = luaL_checklstring(L, 2, &len);
  std::string_view name(s, len);
  std::size_t first = name.find_first_not_of(" \t\n");
  std::size_t last = name.find_last_not_of(" \t\n");
  push_new_list(L, 0);
  if (first == std::string_view::npos) return 1;
  auto matches = b->index.find_all(name);
  if (matches.size() != 1 || matches[0].begin != first || matches[0].end != last + 1) return 1;
  int i = 0;
  for (int position : matches[0].values) {
    push_authority_entry(L, b, position);
    lua_rawseti(L, -2, ++i);
  }
  return 1;
}

int list_newindex(lua_State* L) {
  return luaL_error(L, "cx.%s is read-only (the volume's list of %s)", kind_name(check_list(L)),
                    kind_name(check_list(L)));
}

int list_tostring(lua_State* L) {
  const AuthorityBinding* b = check_list(L);
  lua_pushfstring(L, "list of %s (%d entries)", kind_name(b),
                  static_cast<int>(b->list.entries.size()));
  return 1;
}

int entry_index(lua_State* L) {
  auto* box = static_cast<EntryBox*>(luaL_checkudata(L, 1, kEntryMeta));
  const AuthorityEntry& e = box->binding->list.entries[static_cast<std::size_t>(box->position)];
  std::string_view key = luaL_checkstring(L, 2);
  auto push = [&](const std::string& s) { lua_pushlstring(L, s.data(), s.size()); };
  if (key == "id")
    push(e.id);
  else if (key == "name")
    push(e.name);
  else if (key == "description")
    push(e.description);
  else if (key == "forms") {
    push_new_list(L, static_cast<int>(e.forms.size()));
    for (std::size_t k = 0; k < e.forms.size(); ++k) {
      push(e.forms[k]);
      lua_rawseti(L, -2, static_cast<lua_Integer>(k + 1));
    }
  } else {
    lua_pushnil(L);
  }
  return 1;
}

int entry_newindex(lua_State* L) {
  auto* box = static_cast<EntryBox*>(luaL_checkudata(L, 1, kEntryMeta));
  return luaL_error(L, "entries of cx.%s are read-only", kind_name(box->binding));
}

int entry_eq(lua_State* L) {
  auto* a = static_cast<EntryBox*>(luaL_testudata(L, 1, kEntryMeta));
  auto* b = static_cast<EntryBox*>(luaL_testudata(L, 2, kEntryMeta));
  lua_pushboolean(L, a && b && a->binding == b->binding && a->position == b->position);
  return 1;
}

}  // namespace

AuthorityBinding::AuthorityBinding(AuthorityList l) : list(std::move(l)) {
  for (std::size_t i = 0; i < list.entries.size(); ++i)
    for (const std::string& form : list.entries[i].forms) {
      if (list.kind == AuthorityKind::persons) {
        index.add(form, static_cast<int>(i));
        index.add(ascii_upper(form), static_cast<int>(i));  // "LODGE" in a transcript
        continue;
      }
      for (const std::string& variant : term_variants(form))
        index.add(variant, static_cast<int>(i), is_capitalised_word(form));
    }
}

void push_authority(lua_State* L, const AuthorityBinding* binding) {
  if (!binding) {
    lua_pushnil(L);
    return;
  }
  // One proxy per list and Lua state, so that `cx.terms == cx.terms` and scripts can cache
  // what they derive from a list.
  if (luaL_getsubtable(L, LUA_REGISTRYINDEX, kProxyCache) == 0) {
    lua_createtable(L, 0, 1);  // weak values: a proxy no script holds may go
    lua_pushliteral(L, "v");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
  }
  if (lua_rawgetp(L, -1, binding) == LUA_TUSERDATA) {
    lua_remove(L, -2);
    return;
  }
  lua_pop(L, 1);
  auto* box = static_cast<ListBox*>(lua_newuserdatauv(L, sizeof(ListBox), 0));
  box->binding = binding;
  luaL_setmetatable(L, kListMeta);
  lua_pushvalue(L, -1);
  lua_rawsetp(L, -3, binding);
  lua_remove(L, -2);
}

const AuthorityBinding* to_authority(lua_State* L, int index) {
  auto* box = static_cast<ListBox*>(luaL_testudata(L, index, kListMeta));
  return box ? box->binding : nullptr;
}

void push_authority_entry(lua_State* L, const AuthorityBinding* binding, int position) {
  auto* box = static_cast<EntryBox*>(lua_newuserdatauv(L, sizeof(EntryBox), 0));
  box->binding = binding;
  box->position = position;
  luaL_setmetatable(L, kEntryMeta);
}

void open_authority_library(lua_State* L) {
  static const luaL_Reg list_fns[] = {{"__index", list_index},       {"__len", list_len},
                                      {"__pairs", list_pairs},       {"__newindex", list_newindex},
                                      {"__tostring", list_tostring}, {}};
  luaL_newmetatable(L, kListMeta);
  luaL_setfuncs(L, list_fns, 0);
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  static const luaL_Reg entry_fns[] = {
      {"__index", entry_index}, {"__newindex", entry_newindex}, {"__eq", entry_eq}, {}};
  luaL_newmetatable(L, kEntryMeta);
  luaL_setfuncs(L, entry_fns, 0);
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);
}

}  // namespace cabletei
