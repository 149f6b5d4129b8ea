// CSS-like selectors over the TEI tree, for house styles: `note`, `note[type=source]`,
// `div > head`, `closer persName`, `hi[rend^=ital]`, `*`, and comma-separated groups.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

struct _xmlNode;

namespace cabletei {

// A parsed selector. Element names are TEI local names ("persName") or "prefix:name" for the
// frus namespace ("frus:attachment"); attribute names likewise ("xml:id", "n").
// Supported: type (`p`, `*`), attribute tests `[a]` `[a=v]` `[a~=v]` (word) `[a^=v]` `[a$=v]`
// `[a*=v]` with optional quotes, the descendant (space) and child (`>`) combinators, and groups
// (`head, p`). Matching costs O(depth) per compound, also with descendant combinators;
// parsing is linear.
class Selector {
 public:
  // Parses `text`. Returns the selector, or a message naming the 1-based column of the fault.
  static std::variant<Selector, std::string> parse(std::string_view text);

  // True when the element `node` matches one of the groups. Non-elements never match.
  bool matches(const _xmlNode* node) const;

  struct AttrTest {
    std::string name;
    char op = 0;  // 0 exists, '=' equals, '~' word, '^' prefix, '$' suffix, '*' substring
    std::string value;
  };
  struct Compound {
    std::string tag;  // "" for any element
    std::vector<AttrTest> attrs;
    bool child_of_next = false;  // combinator to the compound on its left is '>'
  };

 private:
  // Each group is a chain of compounds, rightmost first.
  std::vector<std::vector<Compound>> groups_;
};

}  // namespace cabletei
