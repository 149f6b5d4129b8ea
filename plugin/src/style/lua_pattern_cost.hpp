// Worst-case cost of a Lua pattern match, estimated before running it, so that the sandbox
// can refuse backtracking blow-ups (which Lua's count hook never interrupts).
#pragma once

#include <string_view>

namespace cabletei {

// Matcher steps above which string.find/match/gmatch/gsub are refused: a call allowed by
// it took at most ~0.1 s in randomized trials (0.3-1.5 ns per step).
inline constexpr double kPatternWorkLimit = 1e8;

// How the pattern will be used: '^' anchors find/match/gsub but not gmatch, and find with
// `plain` (or with no magic characters) is a substring search.
enum class PatternUse { find, plain_find, match, gmatch, gsub };

// Upper bound on the matcher steps for `pattern` over `subject` (the part from `init` on).
// The rule: a match attempt is a search tree in which each item `c*`, `c-` or `c+` branches
// at most (longest run of characters of class c in the subject + 1) ways and each `c?` at
// most 2 ways; every other item is deterministic (%b and back-references cost one subject
// length). The bound is (start positions, 1 when anchored) x (nodes of that tree x items);
// when the pattern starts with two literal characters or more, only the start positions where
// they occur count in full, the others one step per literal character.
// A malformed pattern is bounded by its well-formed prefix: Lua raises where that ends.
double pattern_work(std::string_view subject, std::string_view pattern, PatternUse use);

}  // namespace cabletei
