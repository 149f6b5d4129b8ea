// A volume's authority lists, the persons and the terms (abbreviations) of its front matter,
// read from the publisher's TEI or from a simple TSV file, with the forms to look for in text.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cabletei {

struct AuthorityEntry {
  std::string id;                  // "p_KJ1", "t_UN1" (without '#')
  std::string name;                // as printed, whitespace normalised: "Kádár, János", "UN"
  std::string description;         // the rest of the item, whitespace normalised, no leading ", "
  std::vector<std::string> forms;  // how the text may refer to it (name_forms.hpp); first = name
};

enum class AuthorityKind { persons, terms };

struct AuthorityList {
  AuthorityKind kind = AuthorityKind::persons;
  std::string file;                                       // the path it was loaded from
  std::vector<AuthorityEntry> entries;                    // in the order of the file
  std::map<std::string, std::size_t, std::less<>> by_id;  // id -> position in entries
  // The volume's span as the publisher stamps it on the list's div (frus:doc-dateTime-min and
  // -max), or "" when absent (and always for TSV).
  std::string coverage_min, coverage_max;

  // The entry with this id ("p_KJ1" or "#p_KJ1"), or nullptr. Uses by_id while it is in step
  // with entries (load_authority_list fills it; call index() after changing entries), a scan
  // otherwise. The pointer is valid while entries is not changed.
  const AuthorityEntry* find(std::string_view id) const;
  // Rebuilds by_id from entries (a later duplicate id does not replace the first).
  void index();
};

struct AuthorityError {
  std::string file;
  std::size_t line = 0;    // 1-based; 0 when the error concerns the whole file
  std::size_t column = 0;  // 1-based; 0 when unknown
  std::string message;

  // "file:line:col: message", without the parts that are 0 ("file:line: message", "file: ...").
  std::string to_string() const;
};

// Reads the list of persons or terms in the file at `path`:
//  - TEI (a bare div, or a whole TEI document containing it), namespace TEI: the div with
//    xml:id "persons" (or "terms"), each list item whose persName (or term) has an xml:id is an
//    entry, other items (editor's notes) are skipped. Parsed without network access, without
//    DTD loading or entity expansion; libxml2's messages go into the error, never to stderr.
//  - TSV (file name ending in .tsv, or content not starting with '<'; .xml is always TEI):
//    `id<TAB>name<TAB>description` per line; blank lines, lines starting with '#' and a first
//    line `id<TAB>name<TAB>description` are ignored.
// Each entry gets its forms: person_forms or term_forms by `kind`.
// Returns the list, or the first error: file unreadable, XML not well-formed (with libxml2's
// message and line:column), no div for `kind` (naming the other kind when the file holds that
// one), a TSV line without exactly three columns, an empty id or name, invalid UTF-8, a
// duplicate id (at its second occurrence). Thread-safe; never throws.
std::variant<AuthorityList, AuthorityError> load_authority_list(const std::string& path,
                                                                AuthorityKind kind) noexcept;

}  // namespace cabletei
