// Selectors through the node methods select, first, matches and closest: every form (type, *,
// attribute tests, descendant and child combinators, groups, quotes, prefixed names), errors
// with their column, and matching cost on a deep tree.
#include "style_fixture.hpp"

namespace style_test {
namespace {

// Elements carry xml:id labels so that results print as "h1 h2".
const char* const kBody =
    "<head xml:id=\"hd\">1. T<note xml:id=\"n1\" n=\"1\" type=\"source\">Source</note></head>"
    "<p xml:id=\"p1\" rend=\"bold italic\" n=\"10\">a <hi xml:id=\"h1\" rend=\"italic\">b</hi> "
    "<persName xml:id=\"pn\" corresp=\"#p_KO1\">K</persName></p>"
    "<list xml:id=\"l1\" type=\"simple\"><item xml:id=\"i1\"><p xml:id=\"p2\">c "
    "<hi xml:id=\"h2\" rend=\"strong underline\">d</hi></p></item></list>"
    "<p xml:id=\"p3\">e<note xml:id=\"n2\" n=\"2\">see <hi xml:id=\"h3\" rend=\"italic-x\">f</hi>"
    "</note><frus:attachment xmlns:frus=\"http://history.state.gov/frus/ns/1.0\" xml:id=\"a1\" "
    "frus:kind=\"memo\">z</frus:attachment></p>";

class SelectorTest : public StyleTest {
 protected:
  // The labels of div:select(selector).
  std::string select(const std::string& selector) {
    Outcome out = run(R"lua(return { before_render = function(root)
  local div = root:first("div")
  local found = div:select(SELECTOR)
  print(table.concat(found:map(function(el) return el.attr["xml:id"] or el.tag end), " "))
end })lua",
                      kBody, selector);
    return last_;
  }

  Outcome run(std::string code, const std::string& body, const std::string& selector) {
    std::string quoted = "'";
    for (char c : selector) quoted += c == '\'' ? std::string("\\'") : std::string(1, c);
    quoted += "'";
    code.replace(code.find("SELECTOR"), 8, quoted);
    Outcome out = StyleTest::run(code, body);
    last_ = out.applied && out.prints().size() == 1 ? out.prints()[0] : "ERROR " + out.report();
    return out;
  }

  std::string last_;
};

TEST_F(SelectorTest, TypeAndAny) {
  EXPECT_EQ(select("hi"), "h1 h2 h3");
  EXPECT_EQ(select("*"), "hd n1 p1 h1 pn l1 i1 p2 h2 p3 n2 h3 a1");
  EXPECT_EQ(select("_"), "hd n1 p1 h1 pn l1 i1 p2 h2 p3 n2 h3 a1");
  EXPECT_EQ(select("table"), "");
  EXPECT_EQ(select("div"), "");  // select looks at descendants only
}

TEST_F(SelectorTest, AttributeTests) {
  EXPECT_EQ(select("[corresp]"), "pn");
  EXPECT_EQ(select("*[corresp]"), "pn");
  EXPECT_EQ(select("[rend=italic]"), "h1");
  EXPECT_EQ(select("[rend~=italic]"), "p1 h1");
  EXPECT_EQ(select("[rend~=ital]"), "");
  EXPECT_EQ(select("[rend^=ital]"), "h1 h3");
  EXPECT_EQ(select("[rend$=line]"), "h2");
  EXPECT_EQ(select("[rend*=old]"), "p1");
  EXPECT_EQ(select("[rend*=al]"), "p1 h1 h3");
  EXPECT_EQ(select("note[type=source][n=1]"), "n1");
  EXPECT_EQ(select("note[type=source][n=2]"), "");
  EXPECT_EQ(select("[ rend = italic ]"), "h1");
  EXPECT_EQ(select("[xml:id^=h]"), "hd h1 h2 h3");
  EXPECT_EQ(select("[n]"), "n1 p1 n2");
}

TEST_F(SelectorTest, QuotedValues) {
  EXPECT_EQ(select("[rend=\"bold italic\"]"), "p1");
  EXPECT_EQ(select("[rend='strong underline']"), "h2");
  EXPECT_EQ(select("[corresp=\"#p_KO1\"]"), "pn");
  EXPECT_EQ(select("[corresp=#p_KO1]"), "pn");
  EXPECT_EQ(select("[rend=\"a]b, c\"], hi[rend=italic]"), "h1");
  EXPECT_EQ(select("[rend~='italic']"), "p1 h1");
}

TEST_F(SelectorTest, Combinators) {
  EXPECT_EQ(select("p hi"), "h1 h2 h3");
  EXPECT_EQ(select("p > hi"), "h1 h2");
  EXPECT_EQ(select("p>hi"), "h1 h2");
  EXPECT_EQ(select("div > p"), "p1 p3");
  EXPECT_EQ(select("div   >   p"), "p1 p3");
  EXPECT_EQ(select("list p > hi"), "h2");
  EXPECT_EQ(select("list > p"), "");
  EXPECT_EQ(select("item p hi[rend$=line]"), "h2");
  EXPECT_EQ(select("head note"), "n1");
  EXPECT_EQ(select("div > * > note"), "n1 n2");
  EXPECT_EQ(select("p note > hi"), "h3");
  EXPECT_EQ(select("div p hi"), "h1 h2 h3");
  EXPECT_EQ(select("list > item > p > hi"), "h2");
  EXPECT_EQ(select("list > p > hi"), "");
}

TEST_F(SelectorTest, GroupsAreInDocumentOrder) {
  EXPECT_EQ(select("note, persName"), "n1 pn n2");
  EXPECT_EQ(select("hi[rend=italic],[xml:id=l1]"), "h1 l1");
  EXPECT_EQ(select("hi, hi"), "h1 h2 h3");
}

TEST_F(SelectorTest, PrefixedNames) {
  EXPECT_EQ(select("frus:attachment"), "a1");
  EXPECT_EQ(select("[frus:kind=memo]"), "a1");
  EXPECT_EQ(select("p > frus:attachment[xml:id=a1]"), "a1");
  EXPECT_EQ(select("attachment"), "");
}

TEST_F(SelectorTest, FirstMatchesClosest) {
  Outcome out = StyleTest::run(R"lua(return { before_render = function(root)
  local div = root:first("div")
  local function id(el) return el and (el.attr["xml:id"] or el.tag) or "nil" end
  print(id(div:first("hi")), id(div:first("table")), id(root:first("div")))
  local h1, h3 = div:first("[xml:id=h1]"), div:first("[xml:id=h3]")
  print(h1:matches("p > hi"), h3:matches("p > hi"), h3:matches("note hi"), h3:matches("hi, list"))
  print(id(h3:closest("p")), id(h3:closest("hi")), id(h3:closest("list")), id(h3:closest("note")))
  print(id(div:first("[xml:id=h2]"):closest("item, note")), id(div:closest("*")))
  local text = h3.children[1]
  print(text:matches("*"), #text:select("*"), id(text:closest("note")))
end })lua",
                               kBody);
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "h1\tnil\td1",
                              "true\tfalse\ttrue\ttrue",
                              "p3\th3\tnil\tn2",
                              "i1\td1",
                              "false\t0\tnil",
                          }));
}

TEST_F(SelectorTest, BadSelectorsNameTheColumn) {
  const std::pair<const char*, const char*> cases[] = {
      {"p[", "column 3: an attribute name is missing"},
      {"p >", "column 4: a selector is missing"},
      {"[rend=\"x]", "column 7: unterminated string"},
      {"p!", "column 2: unexpected '!'"},
      {"[rend!=x]", "column 6: unknown operator '!'"},
      {"", "column 1: a selector is missing"},
      {"p,", "column 3: a selector is missing"},
      {"[a=b", "column 5: ']' expected"},
      {"#h1", "column 1: unexpected '#'"},
  };
  for (const auto& [selector, message] : cases) {
    SCOPED_TRACE(selector);
    Outcome out = run(R"lua(return { before_render = function(root)
  root:select(SELECTOR)
end })lua",
                      kBody, selector);
    EXPECT_FALSE(out.applied);
    EXPECT_NE(out.failure().find(std::string("bad selector '") + selector + "': " + message),
              std::string::npos)
        << out.report();
    const cabletei::Diagnostic* d = out.find("style-failed");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->script_line, 2u);
  }
}

TEST_F(SelectorTest, BadSelectorsFailInEveryMethod) {
  for (const char* call : {"root:first('p[')", "root:matches('p[')", "root:closest('p[')"}) {
    SCOPED_TRACE(call);
    Outcome out = StyleTest::run(
        std::string("return { before_render = function(root) ") + call + " end }", kBody);
    EXPECT_FALSE(out.applied);
    EXPECT_NE(out.failure().find("bad selector 'p['"), std::string::npos) << out.report();
  }
}

TEST_F(SelectorTest, MatchingOnADeepTreeIsFast) {
  // 250 nested elements and selectors with many descendant combinators that almost match:
  // matching must not try every choice of ancestors (C(250, 7) of them).
  Outcome out = StyleTest::run(R"lua(return { before_render = function(root)
  local p = root:first("div p")
  local inner = tei.el("hi", {rend = "italic"}, {"x"})
  for i = 1, 245 do inner = tei.el("hi", {rend = "italic"}, {inner}) end
  p:append(inner)
  local deepest = p:select("hi")
  deepest = deepest[#deepest]
  local s = "table hi hi hi hi hi hi hi hi"
  print(#p:select(s), deepest:matches(s), deepest:closest(s))
  print(deepest:matches("p hi hi hi hi hi hi hi hi"), deepest:matches("p > hi hi hi hi hi hi hi"))
  print(deepest:matches("body > div p hi > hi hi hi > hi"), deepest:matches("note hi hi hi hi"))
end })lua",
                               "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_LT(out.seconds, 5.0);
  EXPECT_EQ(out.prints(), (std::vector<std::string>{"0\tfalse\tnil", "true\ttrue", "true\tfalse"}));
}

}  // namespace
}  // namespace style_test
