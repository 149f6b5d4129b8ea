// Text rules: literal, pattern and word-list matches over text runs (also across pb and lb),
// wrapped or replaced, with attribute functions, scopes and exclusions, one rule after another.
#include "style_fixture.hpp"

namespace style_test {
namespace {

class TextRulesTest : public StyleTest {
 protected:
  // Runs a filter whose text rules are `rules` (a Lua list) over the body.
  Outcome rules(const std::string& rules, const std::string& body) {
    return run("return { text = " + rules + " }", body);
  }

  void write_lists() {
    options.persons =
        dir.write("persons.tsv",
                  "id\tname\tdescription\n"
                  "p_KO1\tKov\u00e1cs, \u00d6d\u00f6n\tForeign Minister of Ruritania\n"
                  "p_HA1\tHarmon, Lucius T.\tAmbassador in Ruritania\n");
    options.terms = dir.write("terms.tsv",
                              "t_Deptel1\tDeptel\tDepartment of State telegram\n"
                              "t_UN1\tUN\tUnited Nations\n");
  }
};

TEST_F(TextRulesTest, LiteralWrapsEveryMatchOfARun) {
  Outcome out =
      rules(R"lua({{literal = "Deptel", wrap = "gloss", attr = {target = "#t_Deptel1"}}})lua",
            "<p>Deptel 771 and Deptel 772 crossed Deptels.</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><gloss target=\"#t_Deptel1\">Deptel</gloss> 771 and <gloss target=\"#t_Deptel1\">"
            "Deptel</gloss> 772 crossed <gloss target=\"#t_Deptel1\">Deptel</gloss>s.</p>");
}

TEST_F(TextRulesTest, PatternCapturesAndMatchFields) {
  Outcome out = run(R"lua(return { text = {{
  pattern = "(%d+) (%u%l+)",
  wrap = "hi",
  attr = function(m, cx)
    print(m.text, #m.captures, m.captures[1], m.captures[2], m.parent.tag, m.line, #m.values,
          cx.format)
    return {rend = "italic"}
  end,
}}})lua",
                    "<p>On 3 May and 14 June.</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p>On <hi rend=\"italic\">3 May</hi> and <hi rend=\"italic\">14 June</hi>.</p>");
  EXPECT_EQ(out.prints(), (std::vector<std::string>{"3 May\t2\t3\tMay\tp\t1\t0\ttei",
                                                    "14 June\t2\t14\tJune\tp\t1\t0\ttei"}));
}

TEST_F(TextRulesTest, BeforeAndAfterGiveTheTextAroundTheMatch) {
  Outcome out = run(R"lua(return { text = {{
  literal = "771",
  wrap = "hi",
  attr = function(m)
    print("[" .. m.before .. "][" .. m.after .. "]")
    if m.before:match("Deptel $") then return {rend = "strong"} end
  end,
}}})lua",
                    "<p>Deptel 771 and Embtel 771</p><p>" + std::string(100, 'x') + "771" +
                        std::string(100, 'y') + "</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "[Deptel ][ and Embtel 771]", "[Deptel 771 and Embtel ][]",
                              "[" + std::string(64, 'x') + "][" + std::string(64, 'y') + "]"}));
  EXPECT_EQ(out.body().find("<p>Deptel <hi rend=\"strong\">771</hi> and Embtel 771</p><p>x"), 0u)
      << out.body();
}

TEST_F(TextRulesTest, WordsFromAFunction) {
  Outcome out = rules(R"lua({{
  words = function(cx) return {[cx.params.word or "Zenda"] = "place"} end,
  wrap = "placeName",
}})lua",
                      "<p>Zenda and Strelsau</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p><placeName>Zenda</placeName> and Strelsau</p>");
}

TEST_F(TextRulesTest, PositionCapturesAreNumbers) {
  Outcome out = run(R"lua(return { text = {{
  pattern = "()Deptel()",
  replace = function(m) return m.captures[1] .. "-" .. m.captures[2] end,
}}})lua",
                    "<p>a Deptel b</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a 3-9 b</p>");
}

TEST_F(TextRulesTest, ReplaceWithAString) {
  Outcome out = rules(R"lua({
  {pattern = "(%u%l+) (%d+)", replace = "%2 %1 (%0, 100%%)"},
  {literal = "STOP", replace = "."},
})lua",
                      "<p>May 3 STOP June 14 STOP</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>3 May (May 3, 100%) . 14 June (June 14, 100%) .</p>");
}

TEST_F(TextRulesTest, ReplaceWithAFunction) {
  Outcome out = rules(R"lua({
  {pattern = "Document (%d+)",
   replace = function(m) return tei.el("ref", {target = "#d" .. m.captures[1]}, {m.text}) end},
  {pattern = "(%a+)//(%a+)",
   replace = function(m) return {m.captures[1], tei.el("lb"), m.captures[2]} end},
  {literal = "keep", replace = function(m) return nil end},
  {literal = "drop", replace = function(m) return "" end},
})lua",
                      "<p>See Document 12. one//two keep drop</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>See <ref target=\"#d12\">Document 12</ref>. one<lb/>two keep </p>");
}

TEST_F(TextRulesTest, AttrFunctionReturningNilSkipsThatMatch) {
  Outcome out = rules(R"lua({{
  pattern = "%d+",
  wrap = "hi",
  attr = function(m)
    if tonumber(m.text) > 100 then return {rend = "strong"} end
    if m.text == "7" then return false end
  end,
}})lua",
                      "<p>5 and 250 and 7 and 1000</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p>5 and <hi rend=\"strong\">250</hi> and 7 and <hi rend=\"strong\">1000</hi></p>");
}

TEST_F(TextRulesTest, WrapWithoutAttributes) {
  Outcome out =
      rules(R"lua({{literal = "Zenda", wrap = "placeName"}})lua", "<p>Zenda, not zenda.</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p><placeName>Zenda</placeName>, not zenda.</p>");
}

TEST_F(TextRulesTest, WordsTableWithValues) {
  Outcome out = rules(R"lua({{
  words = {["Foreign Minister"] = "fm", ["Foreign Office"] = {kind = "fo"}, Zenda = 3},
  wrap = "gloss",
  attr = function(m)
    local v = m.values[1]
    local label = type(v) == "table" and v.kind or tostring(v)
    return {target = "#" .. label .. "-" .. #m.values}
  end,
}})lua",
                      "<p>Foreign  Minister told Foreign\nOffice in Zenda; foreign minister "
                      "Zendas</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><gloss target=\"#fm-1\">Foreign  Minister</gloss> told <gloss target=\"#fo-1\">"
            "Foreign\nOffice</gloss> in <gloss target=\"#3-1\">Zenda</gloss>; foreign minister "
            "Zendas</p>");
}

TEST_F(TextRulesTest, WordsTableIgnoringCase) {
  Outcome out = rules(R"lua({{words = {["foreign minister"] = 1}, ignore_case = true,
  wrap = "hi", attr = {rend = "smallcaps"}}})lua",
                      "<p>FOREIGN MINISTER and Foreign Minister</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><hi rend=\"smallcaps\">FOREIGN MINISTER</hi> and <hi rend=\"smallcaps\">Foreign "
            "Minister</hi></p>");
}

TEST_F(TextRulesTest, WordsFromThePersonsList) {
  write_lists();
  Outcome out = rules(R"lua({{
  words = function(cx) return cx.persons end,
  wrap = "persName",
  attr = function(m) return {corresp = "#" .. m.values[1].id} end,
}})lua",
                      "<p>Foreign Minister Kovacs met \u00d6d\u00f6n Kov\u00e1cs and Odon Kovacs; "
                      "Lucius T. Harmon and Harmon\u2019s aide.</p><closer><signed><persName><hi "
                      "rend=\"strong\">Harmon</hi></persName></signed></closer>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p>Foreign Minister <persName corresp=\"#p_KO1\">Kovacs</persName> met <persName "
            "corresp=\"#p_KO1\">\u00d6d\u00f6n Kov\u00e1cs</persName> and <persName "
            "corresp=\"#p_KO1\">Odon Kovacs</persName>; <persName corresp=\"#p_HA1\">Lucius T. "
            "Harmon</persName> and <persName corresp=\"#p_HA1\">Harmon</persName>\u2019s "
            "aide.</p><closer><signed><persName><hi rend=\"strong\">Harmon</hi></persName>"
            "</signed></closer>");
}

TEST_F(TextRulesTest, RulesSetByAHookCanUseTheListsDirectly) {
  write_lists();
  Outcome out = run(R"lua(local filter = {}
filter.after_encode = function(root, cx)
  filter.text = {{words = cx.persons, wrap = "persName",
                  attr = function(m) return {corresp = "#" .. m.values[1].id} end}}
end
return filter)lua",
                    "<p>Minister Kovacs</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>Minister <persName corresp=\"#p_KO1\">Kovacs</persName></p>");
}

TEST_F(TextRulesTest, WordsFromTheTermsList) {
  write_lists();
  Outcome out = rules(R"lua({{
  words = function(cx) return cx.terms end,
  wrap = "gloss",
  attr = function(m) return {target = "#" .. m.values[1].id} end,
}})lua",
                      "<p>DEPTEL 5, deptel 6 and Deptel 7 went to the UN, not the un.</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><gloss target=\"#t_Deptel1\">DEPTEL</gloss> 5, <gloss target=\"#t_Deptel1\">"
            "deptel</gloss> 6 and <gloss target=\"#t_Deptel1\">Deptel</gloss> 7 went to the "
            "<gloss target=\"#t_UN1\">UN</gloss>, not the un.</p>");
}

TEST_F(TextRulesTest, ListAttributesFromTheMatchedEntryWithoutALuaCall) {
  write_lists();
  Outcome out = rules(R"lua({{
  words = function(cx) return cx.terms end, wrap = "gloss",
  attr = {target = "#${id}", n = "${name}"}, min_length = 3, outside = "s",
}})lua",
                      "<p>Deptels 5 and Deptel 6 crossed; the UN waited.</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><gloss n=\"Deptel\" target=\"#t_Deptel1\">Deptel</gloss>s 5 and "
            "<gloss n=\"Deptel\" target=\"#t_Deptel1\">Deptel</gloss> 6 crossed; the UN "
            "waited.</p>");
}

TEST_F(TextRulesTest, WordsFromAnEmptyListMatchNothing) {
  Outcome out = rules(
      "{{words = function(cx) return cx.persons end, wrap = 'persName'}, "
      "{words = function(cx) return cx.terms end, wrap = 'gloss'}, "
      "{words = {}, wrap = 'hi'}}",
      "<p>Kovacs and Deptel</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>Kovacs and Deptel</p>");
}

TEST_F(TextRulesTest, ScopeLimitsTheRuns) {
  Outcome out = rules(R"lua({{literal = "771", wrap = "gloss", scope = "note, list > item"}})lua",
                      "<p>Deptel 771<note n=\"1\">Telegram 771 to <hi rend=\"italic\">771</hi>"
                      "</note></p><list><item>771</item></list><p><item>771</item></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p>Deptel 771<note n=\"1\">Telegram <gloss>771</gloss> to <hi rend=\"italic\">"
            "<gloss>771</gloss></hi></note></p><list><item><gloss>771</gloss></item></list>"
            "<p><item>771</item></p>");
}

TEST_F(TextRulesTest, DefaultExcludeSkipsTheHeaderAndEntities) {
  Outcome out = rules(R"lua({{literal = "Test", wrap = "hi", attr = {rend = "italic"}}})lua",
                      "<p>Test <gloss>Test</gloss> <persName>Test</persName> <placeName>Test"
                      "</placeName> <orgName>Test</orgName> <ref target=\"#x\">Test</ref> "
                      "<date>Test</date> <term>Test</term> <choice><abbr>Test</abbr><expan>Test"
                      "</expan></choice> <hi rend=\"italic\">Test</hi> <hi rend=\"strong\">Test"
                      "</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  // The header's title, p and sourceDesc all say "Test"; so do the entities; an element of
  // the wrapping tag is skipped too (no hi inside hi).
  EXPECT_EQ(out.element("teiHeader").find("<hi"), std::string::npos) << out.element("teiHeader");
  EXPECT_EQ(out.body(),
            "<p><hi rend=\"italic\">Test</hi> <gloss>Test</gloss> <persName>Test</persName> "
            "<placeName>Test</placeName> <orgName>Test</orgName> <ref target=\"#x\">Test</ref> "
            "<date>Test</date> <term>Test</term> <choice><abbr>Test</abbr><expan>Test</expan>"
            "</choice> <hi rend=\"italic\">Test</hi> <hi rend=\"strong\">Test</hi></p>");
}

TEST_F(TextRulesTest, CustomExcludeReplacesTheDefault) {
  Outcome out =
      rules(R"lua({{literal = "Zenda", wrap = "placeName", exclude = {"note", "title"}}})lua",
            "<p>Zenda<note n=\"1\">Zenda</note> <persName>Zenda</persName> "
            "<placeName>Zenda</placeName></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><placeName>Zenda</placeName><note n=\"1\">Zenda</note> <persName><placeName>"
            "Zenda</placeName></persName> <placeName>Zenda</placeName></p>");
}

TEST_F(TextRulesTest, AMatchAcrossAPageBreakTakesThePageBreakInside) {
  Outcome out = run_cable(R"lua(return { text = {
  {literal = "consultation", wrap = "gloss", attr = function(m) print(m.text, m.line) return {} end},
  {pattern = "Zen()da", replace = function(m) return {"Zen", tei.el("lb"), "da"} end},
  {literal = "Zenda", wrap = "placeName"},
}})lua");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"consultation\t4"});
  EXPECT_NE(out.body().find("follow <gloss>consul<pb n=\"42\" xml:id=\"pg_42\"/>tation</gloss>"
                            " with <placeName>Zen<lb/>da</placeName> officials"),
            std::string::npos)
      << out.body();
}

TEST_F(TextRulesTest, MatchesBeforeAndAfterAPageBreakLeaveItOutside) {
  Outcome out = rules(R"lua({
  {literal = "ab", wrap = "hi", attr = {rend = "italic"}},
  {literal = "cd", wrap = "hi", attr = {rend = "strong"}},
  {literal = "x", replace = "y"},
})lua",
                      "<p>ab<pb n=\"2\" xml:id=\"pg_2\"/>cd x<lb/>x</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><hi rend=\"italic\">ab</hi><pb n=\"2\" xml:id=\"pg_2\"/><hi rend=\"strong\">cd"
            "</hi> y<lb/>y</p>");
}

TEST_F(TextRulesTest, ReplacingAcrossAPageBreakKeepsThePageBreak) {
  Outcome out = rules(R"lua({{literal = "consultation", replace = "talks"}})lua",
                      "<p>after consul<pb n=\"42\" xml:id=\"pg_42\"/>tation ended</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>after talks<pb n=\"42\" xml:id=\"pg_42\"/> ended</p>");
}

TEST_F(TextRulesTest, MatchesInNotesAndAroundThem) {
  Outcome out = run_cable(R"lua(return { text = {
  {literal = "771", wrap = "hi", attr = {rend = "strong"}},
  {literal = "Strelsau", wrap = "placeName"},
}})lua");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_NE(out.body().find("that Deptel <hi rend=\"strong\">771</hi> reached"), std::string::npos)
      << out.body();
  EXPECT_NE(out.body().find("<note n=\"2\" xml:id=\"d7fn2\">Telegram <hi rend=\"strong\">771"
                            "</hi> to <placeName>Strelsau</placeName>, April 29.</note>"),
            std::string::npos)
      << out.body();
  // The dateline's placeName is excluded: no placeName inside it.
  EXPECT_NE(out.body().find("<dateline><placeName>Strelsau</placeName>, <date"), std::string::npos)
      << out.body();
}

TEST_F(TextRulesTest, EachRuleSeesTheResultOfThePreviousOne) {
  Outcome out = rules(R"lua({
  {literal = "Deptel", replace = "telegram from the Department"},
  {literal = "Department", wrap = "gloss"},
  {literal = "from the", wrap = "hi", attr = {rend = "italic"}},
  {literal = "the Department", wrap = "hi", attr = {rend = "strong"}},
})lua",
                      "<p>Deptel 4 to the Department</p>");
  ASSERT_TRUE(out.applied) << out.report();
  // Rule 4 finds nothing: "the " and "Department" are no longer in one run.
  EXPECT_EQ(out.body(),
            "<p>telegram <hi rend=\"italic\">from the</hi> <gloss>Department</gloss> 4 to the "
            "<gloss>Department</gloss></p>");
}

TEST_F(TextRulesTest, ARuleSeesEditsMadeByTheFunctionOfTheRuleBefore) {
  // Rule 1 keeps its matches but its function appends text to the paragraph: rule 2 must see
  // that text (the runs and the whole text are read again after any edit of the tree).
  Outcome out = rules(R"lua({
  {literal = "Deptel", replace = function(m)
     m.parent:append(" Zenda"); return nil end},
  {literal = "Zenda", wrap = "placeName", exclude = {}},
  {literal = "Deptel", wrap = "gloss"},
})lua",
                      "<p>Deptel 4</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p><gloss>Deptel</gloss> 4 <placeName>Zenda</placeName></p>");
}

TEST_F(TextRulesTest, AWrapRuleWhoseFunctionAddsTextDoesNotHideIt) {
  // Wrapping alone keeps the document's text, so the next rule's quick check may reuse it;
  // not when the wrap rule's attr function added text of its own.
  Outcome out = rules(R"lua({
  {literal = "4", wrap = "gloss"},
  {literal = "Deptel", wrap = "hi", attr = function(m)
     m.parent:append(" Zenda"); return {} end},
  {literal = "Zenda", wrap = "placeName", exclude = {}},
})lua",
                      "<p>Deptel 4</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p><hi>Deptel</hi> <gloss>4</gloss> <placeName>Zenda</placeName></p>");
}

TEST_F(TextRulesTest, RulesWithoutEditsShareTheirRunsWithoutChangingResults) {
  // Patterns without a required literal: every rule reads every run; the first two edit
  // nothing, the third wraps, the fourth must not see the third's match inside hi.
  Outcome out = rules(R"lua({
  {pattern = "^%d+$", wrap = "hi"},
  {pattern = "^%u+$", wrap = "hi"},
  {pattern = "%a+ %d", wrap = "hi", attr = {rend = "strong"}},
  {pattern = "%a+ %d", wrap = "hi", attr = {rend = "italic"}, exclude = {"hi"}},
})lua",
                      "<p>Deptel 4</p><p>Embtel 5 and <hi>Tel 6</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><hi rend=\"strong\">Deptel 4</hi></p><p><hi rend=\"strong\">Embtel 5</hi> and "
            "<hi>Tel 6</hi></p>");
}

TEST_F(TextRulesTest, MatchesSpanningSeveralTextNodes) {
  Outcome out = rules(R"lua({
  {literal = "B", replace = "b"},
  {literal = "D", replace = "d"},
  {literal = "abcde", wrap = "hi", attr = {rend = "italic"}},
  {literal = "bcd", wrap = "hi", attr = {rend = "strong"}},
  {literal = "xyz", wrap = "gloss"},
})lua",
                      "<p>aBcDe aBcDe xyz</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><hi rend=\"italic\">abcde</hi> <hi rend=\"italic\">abcde</hi> <gloss>xyz</gloss>"
            "</p>");
}

TEST_F(TextRulesTest, EmptyPatternMatchesAreIgnored) {
  Outcome out =
      rules(R"lua({{pattern = "x*", wrap = "hi", attr = {rend = "italic"}}})lua", "<p>axxb x</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a<hi rend=\"italic\">xx</hi>b <hi rend=\"italic\">x</hi></p>");
}

TEST_F(TextRulesTest, TextRulesRunAfterTheWalkOfTheirFilter) {
  Outcome out = run(R"lua(return {
  p = function(el) el:append(" Deptel") end,
  text = {{literal = "Deptel", wrap = "gloss"}},
})lua",
                    "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a <gloss>Deptel</gloss></p>");
}

TEST_F(TextRulesTest, BadRulesAreErrorsNamingTheRule) {
  const std::pair<const char*, const char*> cases[] = {
      {"{{literal = 'a', pattern = 'b', wrap = 'hi'}}", "text rule 1: give exactly one of"},
      {"{{wrap = 'hi'}}", "text rule 1: give exactly one of"},
      {"{{literal = 'a', wrap = 'hi'}, {literal = 'a'}}", "text rule 2: give exactly one of wrap"},
      {"{{literal = 'a', wrap = 'hi', replace = 'b'}}", "text rule 1: give exactly one of wrap"},
      {"{{literal = '', wrap = 'hi'}}", "text rule 1: empty literal"},
      {"{{literal = 'a', wrap = '1x'}}", "text rule 1: '1x' is not a TEI element name"},
      {"{{literal = 'a', replace = '%x'}}", "text rule 1: invalid use of '%' in replace"},
      {"{{literal = 'a', replace = {}}}", "text rule 1: replace must be a string or a function"},
      {"{{literal = 'a', wrap = 'hi', attr = 'x'}}", "text rule 1: attr must give a table"},
      {"{{literal = 'a', wrap = 'hi', attr = function() return 5 end}}",
       "text rule 1: attr must give a table"},
      {"{{literal = 'a', wrap = 'hi', scope = 'p['}}", "bad selector 'p['"},
      {"{{words = 5, wrap = 'hi'}}", "text rule 1: words must be a table"},
      {"{'x'}", "text rule 1: a table expected"},
      {"{{literal = 'a', replace = function() return true end}}",
       "replacement: a node or a string expected, got boolean"},
  };
  for (const auto& [rule_list, message] : cases) {
    SCOPED_TRACE(rule_list);
    Outcome out = rules(rule_list, "<p>a</p>");
    EXPECT_FALSE(out.applied);
    EXPECT_NE(out.failure().find(message), std::string::npos) << out.report();
  }
}

TEST_F(TextRulesTest, AnErrorInARuleFunctionNamesTheScriptLine) {
  Outcome out = run(R"lua(return { text = {{
  literal = "a", wrap = "hi",
  attr = function(m) error("attr failed on " .. m.text) end,
}}})lua",
                    "<p>a</p>");
  EXPECT_FALSE(out.applied);
  const cabletei::Diagnostic* d = out.find("style-failed");
  ASSERT_NE(d, nullptr) << out.report();
  EXPECT_EQ(d->script_line, 3u) << out.report();
  EXPECT_NE(d->message.find("attr failed on a"), std::string::npos) << d->message;
}

}  // namespace
}  // namespace style_test
