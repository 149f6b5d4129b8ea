// Tests of pattern_work, the worst-case bound the sandbox uses to refuse Lua patterns that
// would backtrack for seconds while allowing the everyday ones.
#include "style/lua_pattern_cost.hpp"

#include <gtest/gtest.h>

#include <string>

namespace cabletei {
namespace {

const std::string kAs(500, 'a');

bool allowed(const std::string& subject, const std::string& pattern,
             PatternUse use = PatternUse::find) {
  return pattern_work(subject, pattern, use) <= kPatternWorkLimit;
}

TEST(SandboxPatternCost, NestedLazyRepeatsAreRefused) {
  EXPECT_FALSE(allowed(kAs, ".-.-.-.-b"));
  EXPECT_FALSE(allowed(kAs, "(.-)(.-)(.-)b", PatternUse::match));
  EXPECT_FALSE(allowed(kAs, "a*a*a*b", PatternUse::gsub));
  std::string optional_as;
  for (int i = 0; i < 30; ++i) optional_as += "a?";
  EXPECT_FALSE(allowed(std::string(30, 'a'), optional_as + "b"));  // 2^30 paths
}

TEST(SandboxPatternCost, AMalformedTailDoesNotHideTheCost) {
  EXPECT_FALSE(allowed(kAs, ".-.-.-.-b["));
  EXPECT_FALSE(allowed(kAs, ".-.-.-.-b%"));
}

TEST(SandboxPatternCost, EverydayPatternsOnLongTextAreAllowed) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "THE MINISTER SAID STOP ";  // 115 KB
  EXPECT_TRUE(allowed(text, "%s+", PatternUse::gsub));
  EXPECT_TRUE(allowed(text, "%a+", PatternUse::gmatch));
  EXPECT_TRUE(allowed(text, "(%d%d)(%d%d)(%d%d)Z", PatternUse::gsub));
  EXPECT_TRUE(allowed(text, "STOP", PatternUse::find));
  EXPECT_TRUE(allowed(text, "^%s*(.-)%s*$", PatternUse::match));
  EXPECT_TRUE(allowed(text, "[^S]*STOP", PatternUse::match));
}

TEST(SandboxPatternCost, AnchorsCountOnlyWhereLuaHonoursThem) {
  const std::string text(20000, 'x');
  EXPECT_TRUE(allowed(text, "^(.-)y", PatternUse::match));
  EXPECT_FALSE(allowed(text, "(.-)y", PatternUse::match));
  EXPECT_FALSE(allowed(text, "^(.-)y", PatternUse::gmatch));  // '^' is literal in gmatch
}

TEST(SandboxPatternCost, RunsAreMeasuredPerClass) {
  const std::string text(20000, 'a');
  EXPECT_TRUE(allowed(text, "[^a]*[^a]*[^a]*b"));
  EXPECT_TRUE(allowed(text, "%A*%A*%A*b"));
  EXPECT_FALSE(allowed(text, "%a*%a*%a*b"));
  EXPECT_TRUE(allowed(text, "%%*%%*%%*b"));
  EXPECT_FALSE(allowed(text, "[%a]-[b-z%d]*[a-c]-b"));
}

TEST(SandboxPatternCost, PlainSearchAndLinearItems) {
  const std::string text(1 << 20, 'a');
  EXPECT_TRUE(allowed(text, "aab", PatternUse::plain_find));
  EXPECT_FALSE(allowed(text, std::string(4096, 'a') + "b", PatternUse::plain_find));
  EXPECT_FALSE(allowed(std::string(20000, '('), "%b()"));
  EXPECT_TRUE(allowed("(a(b)c)", "%b()"));
  EXPECT_EQ(pattern_work("", "x", PatternUse::find), 1.0 * (1 + 1.0 / 16));
}

}  // namespace
}  // namespace cabletei
