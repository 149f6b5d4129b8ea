// The context cx: parameters and authority lists (read-only), and the diagnostics that
// cx:warn/note/error and print() add, with their input line and script line.
#include "style_fixture.hpp"

namespace style_test {
namespace {

class ContextTest : public StyleTest {
 protected:
  void write_lists() {
    options.persons =
        dir.write("persons.tsv",
                  "p_KO1\tKov\u00e1cs, \u00d6d\u00f6n\tForeign Minister of Ruritania\n"
                  "p_HA1\tHarmon, Lucius T.\tAmbassador in Ruritania\n");
    options.terms = dir.write("terms.tsv", "t_Deptel1\tDeptel\tDepartment of State telegram\n");
  }
  std::string script_path() const { return dir.path() + "/style.lua"; }
};

TEST_F(ContextTest, ParamsComeFromTheOptions) {
  options.params = {{"volume", "frus1955-57v99"}, {"lang", "en"}, {"empty", ""}};
  Outcome out = run(R"lua(return { before_render = function(root, cx)
  print(cx.params.volume, cx.params.lang, cx.params.empty == "", cx.params.missing, cx.format)
  local keys = {}
  for k, v in pairs(cx.params) do keys[#keys + 1] = k .. "=" .. v end
  print(table.concat(keys, " "))
  print(getmetatable(cx), getmetatable(cx.params))
end })lua",
                    "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "frus1955-57v99\ten\ttrue\tnil\ttei",
                              "empty= lang=en volume=frus1955-57v99",
                              "locked\tlocked",
                          }));
}

TEST_F(ContextTest, WritingToTheContextFailsTheDocument) {
  write_lists();
  const std::pair<const char*, const char*> cases[] = {
      {"cx.extra = 1", "cx is read-only"},
      {"cx.params = {}", "cx is read-only"},
      {"cx.warn = print", "cx is read-only"},
      {"cx.params.volume = 'x'", "cx.params is read-only"},
      {"cx.persons.p_KO1 = 1", "cx.persons is read-only"},
      {"cx.terms[1] = 1", "cx.terms is read-only"},
      {"cx.persons[1].name = 'x'", "entries of cx.persons are read-only"},
      {"cx.terms.t_Deptel1.forms = {}", "entries of cx.terms are read-only"},
  };
  for (const auto& [code, message] : cases) {
    SCOPED_TRACE(code);
    Outcome out = run_cable(std::string("return { note = function(el, cx)\n  ") + code + "\nend }");
    EXPECT_FALSE(out.applied);
    const cabletei::Diagnostic* d = out.find("style-failed");
    ASSERT_NE(d, nullptr) << out.report();
    EXPECT_EQ(d->severity, cabletei::Severity::error);
    EXPECT_NE(d->message.find(message), std::string::npos) << out.report();
    EXPECT_EQ(d->script, script_path());
    EXPECT_EQ(d->script_line, 2u);
    EXPECT_NE(d->message.find("<note> from input line 6"), std::string::npos) << out.report();
  }
}

TEST_F(ContextTest, AuthorityListsAreReadable) {
  write_lists();
  Outcome out = run(R"lua(return { before_render = function(root, cx)
  local p = cx.persons
  print(#p, p[1].id, p[1].name, p[1].description, p[3], tostring(p))
  print(p.p_HA1.name, p["#p_HA1"].id, p.nobody, p[1] == p.p_KO1, p[1] == p[2])
  print(table.concat(p[1].forms, "|"))
  local ids = {}
  for i, e in pairs(p) do ids[#ids + 1] = i .. ":" .. e.id end
  for i, e in ipairs(p) do ids[#ids + 1] = i .. ":" .. e.id end
  print(table.concat(ids, " "))
  print(#cx.terms, cx.terms[1].name, cx.terms[1].missing)
end })lua",
                    "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  std::vector<std::string> prints = out.prints();
  ASSERT_EQ(prints.size(), 5u) << out.report();
  EXPECT_EQ(prints[0],
            "2\tp_KO1\tKov\u00e1cs, \u00d6d\u00f6n\tForeign Minister of Ruritania\tnil\tlist of "
            "persons (2 entries)");
  EXPECT_EQ(prints[1], "Harmon, Lucius T.\tp_HA1\tnil\ttrue\tfalse");
  EXPECT_NE(prints[2].find("Kov\u00e1cs, \u00d6d\u00f6n|"), std::string::npos) << prints[2];
  EXPECT_NE(prints[2].find("|\u00d6d\u00f6n Kov\u00e1cs"), std::string::npos) << prints[2];
  EXPECT_EQ(prints[3], "1:p_KO1 2:p_HA1 1:p_KO1 2:p_HA1");
  EXPECT_EQ(prints[4], "1\tDeptel\tnil");
}

TEST_F(ContextTest, WithoutListsTheyAreEmpty) {
  Outcome out = run(R"lua(return { before_render = function(root, cx)
  print(#cx.persons, #cx.terms, cx.persons[1], tostring(cx.terms))
end })lua",
                    "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"0\t0\tnil\tlist of terms (0 entries)"});
}

TEST_F(ContextTest, BadListsDoNotLoad) {
  options.persons = dir.write("persons.tsv", "p_KO1\tonly two columns\n");
  Outcome out = run("return {}", "<p>a</p>");
  ASSERT_FALSE(out.loaded());
  EXPECT_NE(out.load_errors[0].to_string().find("persons.tsv:1"), std::string::npos)
      << out.report();
}

TEST_F(ContextTest, WarnCarriesTheInputLineAndTheScriptLine) {
  Outcome out = run_cable(R"lua(return {
  note = function(el, cx)
    if el.attr.n == "2" then
      cx:warn(el, "note %s has %d words: %q", el.attr.n, 6, "x")
    end
  end,
  closer = function(el, cx) cx:note(el, "signed by %s", el.text) end,
  before_render = function(root, cx) cx:warn(nil, "%d%%", 100) end,
})lua");
  ASSERT_TRUE(out.applied) << out.report();
  const cabletei::Diagnostic* w = out.find("style-warning");
  ASSERT_NE(w, nullptr) << out.report();
  EXPECT_EQ(w->severity, cabletei::Severity::warning);
  EXPECT_EQ(w->message, "note 2 has 6 words: \"x\"");
  EXPECT_EQ(w->line, 7u);
  EXPECT_EQ(w->script, script_path());
  EXPECT_EQ(w->script_line, 4u);
  const cabletei::Diagnostic* n = out.find("style-note");
  ASSERT_NE(n, nullptr) << out.report();
  EXPECT_EQ(n->severity, cabletei::Severity::note);
  EXPECT_EQ(n->message, "signed by Harmon");
  EXPECT_EQ(n->line, 5u);
  EXPECT_EQ(n->script_line, 7u);
  const cabletei::Diagnostic& last = out.diags.items().back();
  EXPECT_EQ(last.message, "100%");
  EXPECT_EQ(last.line, 0u);
  EXPECT_EQ(last.script_line, 8u);
  EXPECT_EQ(out.diags.items().size(), 3u) << out.report();
}

TEST_F(ContextTest, WarnOnATextNodeUsesItsElementsLine) {
  Outcome out = run_cable(R"lua(return { p = function(el, cx)
  if el.line == 4 then cx:warn(el.children[1], "first text") end
end })lua");
  ASSERT_TRUE(out.applied) << out.report();
  const cabletei::Diagnostic* w = out.find("style-warning");
  ASSERT_NE(w, nullptr) << out.report();
  EXPECT_EQ(w->line, 4u);
  EXPECT_EQ(w->script_line, 2u);
}

TEST_F(ContextTest, ErrorFailsTheDocumentButTheRunGoesOn) {
  Outcome out = run_cable(R"lua(return {
  note = function(el, cx)
    if el.attr.type == "source" then cx:error(el, "source note %s is malformed", el.attr.n) end
  end,
  before_render = function(root, cx) print("still running") end,
})lua");
  EXPECT_FALSE(out.applied);
  const cabletei::Diagnostic* e = out.find("style-error");
  ASSERT_NE(e, nullptr) << out.report();
  EXPECT_EQ(e->severity, cabletei::Severity::error);
  EXPECT_EQ(e->message, "source note 1 is malformed");
  EXPECT_EQ(e->line, 6u);
  EXPECT_EQ(e->script_line, 3u);
  EXPECT_EQ(out.find("style-failed"), nullptr) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"still running"});
}

TEST_F(ContextTest, ApplyCountsOnlyItsOwnErrors) {
  // An error reported before apply() (by the reader, say) does not make the style fail.
  std::string path = script("style.lua", "return { p = function() end }");
  auto loaded = cabletei::StyleSet::load({{path}, {}, "", "", {}, {}});
  ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const cabletei::StyleSet>>(loaded));
  auto style = std::get<std::shared_ptr<const cabletei::StyleSet>>(loaded);
  cabletei::Diagnostics diags;
  diags.error("invalid-utf8", 1, 1, "earlier problem");
  cabletei::TeiDocument doc = parse_tei(tei_with_body("<p>a</p>"));
  EXPECT_TRUE(style->apply(doc.get(), diags));
  EXPECT_EQ(diags.items().size(), 1u);
}

TEST_F(ContextTest, BadWarnArgumentsAreErrors) {
  for (const char* code : {"cx:warn('p', 'text')", "cx:warn(el)", "cx.warn(el, 'x')"}) {
    SCOPED_TRACE(code);
    Outcome out =
        run(std::string("return { p = function(el, cx)\n  ") + code + "\nend }", "<p>a</p>");
    EXPECT_FALSE(out.applied);
    const cabletei::Diagnostic* d = out.find("style-failed");
    ASSERT_NE(d, nullptr) << out.report();
    EXPECT_EQ(d->script_line, 2u) << out.report();
  }
  // A format that does not fit its arguments: string.format's own message.
  Outcome out = run("return { p = function(el, cx)\n  cx:warn(el, '%d', 'x')\nend }", "<p>a</p>");
  EXPECT_FALSE(out.applied);
  EXPECT_NE(out.failure().find("bad argument #2 to"), std::string::npos) << out.report();
}

TEST_F(ContextTest, PrintGivesANote) {
  Outcome out = run(R"lua(return { p = function(el)
  print("text:", el.text, 3, nil, true)
end })lua",
                    "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  const cabletei::Diagnostic* d = out.find("style-print");
  ASSERT_NE(d, nullptr) << out.report();
  EXPECT_EQ(d->severity, cabletei::Severity::note);
  EXPECT_EQ(d->message, "text:\tTest\t3\tnil\ttrue");  // the header's p comes first
  EXPECT_EQ(d->script, script_path());
  EXPECT_EQ(d->script_line, 2u);
  EXPECT_EQ(d->line, 0u);
  EXPECT_EQ(out.prints().size(), 3u);
}

}  // namespace
}  // namespace style_test
