// Composition of house styles: several scripts in order, filters replaced or switched off by
// name, nested lists of filters, modules loaded with require, and the phase hooks.
#include <libxml/tree.h>

#include "style_fixture.hpp"

namespace style_test {
namespace {

// A filter that appends `mark` to every p of the body (as text), named when `name` is given.
std::string appender(const std::string& mark, const std::string& name = "") {
  return "{" + (name.empty() ? "" : "name = '" + name + "', ") +
         "p = function(el) if el:closest('div') then el:append('" + mark + "') end end}";
}

class CompositionTest : public StyleTest {
 protected:
  Outcome run_scripts(const std::vector<std::string>& paths, const std::string& body = "<p>:</p>") {
    return run_style(paths, parse_tei(tei_with_body(body)), options);
  }
};

TEST_F(CompositionTest, ScriptsApplyInOrder) {
  Outcome out = run_scripts({script("a.lua", "return " + appender("a")),
                             script("b.lua", "return " + appender("b")),
                             script("c.lua", "return " + appender("c"))});
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>:abc</p>");
}

TEST_F(CompositionTest, EachFilterWalksTheResultOfThePreviousOne) {
  Outcome out = run_scripts(
      {script("a.lua", "return { hi = function(el) return tei.el('gloss', el.children) end }"),
       script("b.lua",
              "return { gloss = function(el) el.attr.target = '#t_1' end, hi = "
              "function() error('no hi left') end }")},
      "<p><hi rend=\"italic\">x</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p><gloss target=\"#t_1\">x</gloss></p>");
}

TEST_F(CompositionTest, ALaterFilterWithTheSameNameReplacesTheEarlierInPlace) {
  Outcome out = run_scripts(
      {script("a.lua", "return {" + appender("1", "x") + ", " + appender("2", "y") + "}"),
       script("b.lua", "return " + appender("3", "x"))});
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>:32</p>");
}

TEST_F(CompositionTest, OffRemovesAFilter) {
  Outcome out = run_scripts(
      {script("a.lua", "return {" + appender("1", "x") + ", " + appender("2", "y") + ", " +
                           appender("3") + "}"),
       script("b.lua", "return {name = 'x', off = true}"),
       script("c.lua", "return {{name = 'never-there', off = true}, " + appender("4", "z") + "}")});
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>:234</p>");
}

TEST_F(CompositionTest, AFilterSwitchedOffCanComeBack) {
  Outcome out = run_scripts(
      {script("a.lua", "return {" + appender("1", "x") + ", " + appender("2", "y") + "}"),
       script("b.lua", "return {{name = 'x', off = true}, " + appender("5", "x") + "}")});
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>:25</p>");
}

TEST_F(CompositionTest, NestedListsFlatten) {
  Outcome out =
      run_scripts({script("a.lua", "return {{" + appender("1") + ", {" + appender("2") + ", {{" +
                                       appender("3") + "}}}}, " + appender("4") + "}")});
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>:1234</p>");
}

TEST_F(CompositionTest, ListsNestedTooDeeplyAreRefused) {
  Outcome out = run_scripts(
      {script("a.lua", "local f = {p = function() end} for i = 1, 40 do f = {f} end return f")});
  EXPECT_FALSE(out.applied);
  EXPECT_NE(out.failure().find("nested too deeply"), std::string::npos) << out.report();
}

TEST_F(CompositionTest, AScriptMustReturnFilters) {
  for (const char* code : {"return 5", "", "return {5}", "return 'p'"}) {
    SCOPED_TRACE(code);
    Outcome out = run_scripts({script("a.lua", code)});
    EXPECT_FALSE(out.applied);
    EXPECT_NE(out.failure().find("a style returns a filter table or a list of them"),
              std::string::npos)
        << out.report();
    EXPECT_NE(out.failure().find(dir.path() + "/a.lua"), std::string::npos) << out.report();
  }
}

TEST_F(CompositionTest, ErrorsNameTheScriptAndTheFilter) {
  Outcome out = run_scripts({script("a.lua", "return " + appender("1", "x")),
                             script("b.lua",
                                    "return {name = 'checks', p = function() return "
                                    "true end}")});
  EXPECT_FALSE(out.applied);
  EXPECT_NE(out.failure().find(dir.path() + "/b.lua: filter 'checks': the handler for <p>"),
            std::string::npos)
      << out.report();
  Outcome unnamed = run_scripts({script("a.lua", "return " + appender("1")),
                                 script("b.lua", "return {p = function() return true end}")});
  EXPECT_NE(unnamed.failure().find(dir.path() + "/b.lua: filter 2: the handler for <p>"),
            std::string::npos)
      << unnamed.report();
}

TEST_F(CompositionTest, RequireFromTheScriptsFolder) {
  script("lib/marks.lua", R"lua(local name = ...
local M = {loads = 0}
M.name = name
M.mark = function(el) el:append("m") end
return M)lua");
  script("pkg/init.lua", "return {value = 'init'}");
  Outcome out = run_scripts({script("style.lua", R"lua(local marks = require("lib.marks")
local again = require("lib.marks")
local pkg = require("pkg")
local tei2 = require("tei")
print(marks.name, marks == again, pkg.value, tei2 == tei)
return { p = function(el) if el:closest("div") then marks.mark(el) end end })lua")});
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>:m</p>");
  EXPECT_EQ(out.prints(), std::vector<std::string>{"lib.marks\ttrue\tinit\ttrue"});
}

TEST_F(CompositionTest, ModulesRunOncePerDocument) {
  script("counter.lua", "print('loading') return {}");
  std::string a = script("a.lua", "require('counter') return {}");
  std::string b =
      script("b.lua", "require('counter') return {p = function() require('counter') end}");
  Outcome out = run_scripts({a, b});
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"loading"});
}

TEST_F(CompositionTest, RequireFromTheOptionFolders) {
  TempDir shared;
  shared.write("house/common.lua", "return {mark = 'shared'}");
  shared.write("local.lua", "return {mark = 'shared local'}");
  script("local.lua", "return {mark = 'own local'}");
  options.folders = {shared.path()};
  Outcome out = run_scripts({script("style.lua", R"lua(
print(require("house.common").mark, require("local").mark)
return {})lua")});
  ASSERT_TRUE(out.applied) << out.report();
  // The script's own folder comes first.
  EXPECT_EQ(out.prints(), std::vector<std::string>{"shared\town local"});
}

TEST_F(CompositionTest, RequireFailuresAreClear) {
  script("loop_a.lua", "return require('loop_b')");
  script("loop_b.lua", "return require('loop_a')");
  script("broken.lua", "local x = = 1\nreturn x");
  script("fails.lua", "\nerror('module refuses')");
  const std::pair<const char*, std::string> cases[] = {
      {"require('nope')", "module 'nope' not found in the style folders:\n\tno file '" +
                              dir.path() + "/nope.lua'\n\tno file '" + dir.path() +
                              "/nope/init.lua'"},
      {"require('io')", "module 'io' not found in the style folders"},
      {"require('os')", "module 'os' not found in the style folders"},
      {"require('../x')", "'../x' is not a module name (use a.b.c)"},
      {"require('/etc/passwd')", "'/etc/passwd' is not a module name"},
      {"require('a..b')", "'a..b' is not a module name"},
      {"require('loop_a')", "module 'loop_a' requires itself (a require loop)"},
      {"require('broken')", "unexpected symbol near '='"},
      {"require('fails')", "module refuses"},
      {"require()", "bad argument #1 to 'require'"},
  };
  for (const auto& [code, message] : cases) {
    SCOPED_TRACE(code);
    Outcome out = run_scripts({script("style.lua", std::string("\n") + code + "\nreturn {}")});
    EXPECT_FALSE(out.applied);
    EXPECT_NE(out.failure().find(message), std::string::npos) << out.report();
  }
}

TEST_F(CompositionTest, ErrorsInsideModulesNameTheModuleFile) {
  script("broken.lua", "local x = = 1\nreturn x");
  script("fails.lua", "\nerror('module refuses')");
  for (const char* name : {"broken", "fails"}) {
    SCOPED_TRACE(name);
    Outcome out = run_scripts(
        {script("style.lua", std::string("\nlocal m = require('") + name + "')\nreturn {}")});
    EXPECT_FALSE(out.applied);
    const cabletei::Diagnostic* d = out.find("style-failed");
    ASSERT_NE(d, nullptr) << out.report();
    EXPECT_EQ(d->script, dir.path() + "/" + name + ".lua");
    EXPECT_EQ(d->script_line, std::string(name) == "broken" ? 1u : 2u);
  }
}

TEST_F(CompositionTest, ErrorsInModulesWithLongPathsNameTheWholePath) {
  // Lua shortens chunk names longer than 60 bytes to "...tail"; diagnostics must not.
  std::string folder = "a-rather-long-folder-name-for-house-style-modules/and-another-one";
  std::string module = script(folder + "/deep.lua",
                              "local M = {}\nfunction M.f(el) error('deep trouble') end\n"
                              "function M.loop() while true do end end\nprint('loaded')\nreturn M");
  options.folders = {dir.path() + "/" + folder};
  for (const char* call : {"f", "loop"}) {
    SCOPED_TRACE(call);
    Outcome out = run_scripts({script("style.lua", std::string("local deep = require('deep')\n"
                                                               "return { p = function(el) deep.") +
                                                       call + "(el) end }")});
    EXPECT_FALSE(out.applied);
    const cabletei::Diagnostic* d = out.find("style-failed");
    ASSERT_NE(d, nullptr) << out.report();
    EXPECT_EQ(d->script, module) << out.report();
    EXPECT_EQ(d->script_line, std::string(call) == "f" ? 2u : 3u) << out.report();
    const cabletei::Diagnostic* print = out.find("style-print");
    ASSERT_NE(print, nullptr) << out.report();
    EXPECT_EQ(print->script, module);
    EXPECT_EQ(print->script_line, 4u);
  }
}

TEST_F(CompositionTest, AModuleThatFailedFailsAgainWithItsOwnError) {
  script("fails.lua", "error('module refuses')");
  Outcome out = run_scripts({script("style.lua", R"lua(
print(pcall(require, "fails"))
print(pcall(require, "fails"))
return {})lua")});
  ASSERT_TRUE(out.applied) << out.report();
  ASSERT_EQ(out.prints().size(), 2u);
  EXPECT_NE(out.prints()[0].find("module refuses"), std::string::npos) << out.report();
  EXPECT_NE(out.prints()[1].find("module refuses"), std::string::npos) << out.report();
}

TEST_F(CompositionTest, RequireErrorsGiveTheLineOfTheRequire) {
  Outcome out = run_scripts({script("style.lua", "\n\nlocal m = require('nope')\nreturn {}")});
  EXPECT_FALSE(out.applied);
  const cabletei::Diagnostic* d = out.find("style-failed");
  ASSERT_NE(d, nullptr) << out.report();
  EXPECT_EQ(d->script, dir.path() + "/style.lua");
  EXPECT_EQ(d->script_line, 3u);
}

TEST_F(CompositionTest, PhaseHooksRunBeforeAndAfterAllFilters) {
  Outcome out = run_scripts({script("a.lua", R"lua(return {
  after_encode = function(root, cx) print("after_encode a", root.tag, root:first("p").text) end,
  p = function(el) print("filter a") end,
  before_render = function(root, cx) print("before_render a", root.tag) end,
})lua"),
                             script("b.lua", R"lua(return {
  {after_encode = function(root) print("after_encode b"); root:first("div"):append(tei.el("p", {"new"})) end},
  {p = function(el) print("filter b " .. el.text) end, name = "b"},
  {before_render = function(root) print("before_render b", #root:select("p")) end},
})lua")});
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "after_encode a\tTEI\tTest",
                              "after_encode b",
                              "filter a",
                              "filter a",
                              "filter a",
                              "filter a",
                              "filter b Test",
                              "filter b Test",
                              "filter b :",
                              "filter b new",
                              "before_render a\tTEI",
                              "before_render b\t4",
                          }));
}

TEST_F(CompositionTest, AnErrorInAHookFailsTheDocument) {
  Outcome out = run_scripts({script("a.lua",
                                    "return { before_render = function(root)\n"
                                    "  root:first('nothing').attr.n = 1\nend }")});
  EXPECT_FALSE(out.applied);
  const cabletei::Diagnostic* d = out.find("style-failed");
  ASSERT_NE(d, nullptr) << out.report();
  EXPECT_EQ(d->script_line, 2u);
  EXPECT_NE(d->message.find("attempt to index a nil value"), std::string::npos) << d->message;
}

TEST_F(CompositionTest, TheStyleIsReusableAcrossDocuments) {
  std::string path = script("style.lua", R"lua(local count = 0
return { p = function(el) count = count + 1; el.attr.n = tostring(count) end })lua");
  auto loaded = cabletei::StyleSet::load({{path}, {}, "", "", {}, {}});
  ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const cabletei::StyleSet>>(loaded));
  auto style = std::get<std::shared_ptr<const cabletei::StyleSet>>(loaded);
  for (int k = 0; k < 3; ++k) {
    cabletei::Diagnostics diags;
    cabletei::TeiDocument doc = parse_tei(tei_with_body("<p>a</p>"));
    ASSERT_TRUE(style->apply(doc.get(), diags));
    // Every document gets a fresh state: the counter starts again.
    EXPECT_EQ(dump(first_element(xmlDocGetRootElement(doc.get()), "div")),
              "<div type=\"document\" xml:id=\"d1\" n=\"1\" subtype=\"historical-document\">"
              "<p n=\"3\">a</p></div>");
  }
}

TEST_F(CompositionTest, LoadReportsEveryBadScript) {
  std::string a = script("a.lua", "return {\n  p = function(el)\n    el.attr.n = \nend }");
  std::string b = script("b.lua", "return {}");
  std::string c = script("c.lua", "x = = 2");
  options.scripts = {a, b, c, dir.path() + "/missing.lua"};
  auto loaded = cabletei::StyleSet::load(options);
  auto* errors = std::get_if<std::vector<cabletei::StyleLoadError>>(&loaded);
  ASSERT_NE(errors, nullptr);
  ASSERT_EQ(errors->size(), 3u);
  EXPECT_EQ((*errors)[0].file, a);
  EXPECT_EQ((*errors)[0].line, 4u);
  EXPECT_NE((*errors)[0].message.find("unexpected symbol near 'end'"), std::string::npos)
      << (*errors)[0].to_string();
  EXPECT_EQ((*errors)[0].to_string().substr(0, a.size() + 3), a + ":4:");
  EXPECT_EQ((*errors)[1].file, c);
  EXPECT_EQ((*errors)[1].line, 1u);
  EXPECT_EQ((*errors)[2].file, dir.path() + "/missing.lua");
  EXPECT_EQ((*errors)[2].message, "cannot read the script");
}

}  // namespace
}  // namespace style_test
