// The sandbox's limits as a house style meets them: endless loops (also inside pcall and
// coroutines), memory, node and string.rep bombs, costly patterns in text rules, and escapes.
// Each must stop quickly, fail only that document with a message naming the script line, and
// leave the next document free to be styled.
#include <sys/resource.h>

#include <chrono>
#include <iostream>

#include "style_fixture.hpp"

namespace style_test {
namespace {

constexpr double kHangGuard = 10.0;  // "a few seconds"; timings are printed, not asserted

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

class LimitsTest : public StyleTest {
 protected:
  // `out` failed with one of the limit messages at `line` of style.lua (0: any line, or none
  // known: a single allocation that can never fit is refused where the line is unknown).
  void expect_stop(const Outcome& out, const std::vector<std::string>& limits, std::size_t line) {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    std::cout << "[ timing ] " << test->name() << ": " << out.seconds << " s -> " << out.failure()
              << "\n";
    EXPECT_FALSE(out.applied);
    EXPECT_LT(out.seconds, kHangGuard);
    const cabletei::Diagnostic* d = out.find("style-failed");
    ASSERT_NE(d, nullptr) << out.report();
    EXPECT_EQ(d->severity, cabletei::Severity::error);
    bool named = false;
    for (const std::string& limit : limits)
      named = named || d->message == limit + " limit exceeded";
    EXPECT_TRUE(named) << d->message;
    if (line > 0) {
      EXPECT_EQ(d->script, dir.path() + "/style.lua") << out.report();
      EXPECT_EQ(d->script_line, line) << out.report();
    }
    expect_next_document_works();
  }

  // A good style on a fresh document still works.
  void expect_next_document_works() {
    cabletei::StyleOptions good;
    Outcome out =
        run_style({script("good.lua", "return { hi = function(el) return el.children end }")},
                  parse_tei(tei_with_body("<p>a<hi rend=\"italic\">b</hi></p>")), good);
    EXPECT_TRUE(out.applied) << out.report();
    EXPECT_EQ(out.body(), "<p>ab</p>");
  }

  const std::vector<std::string> kLoopLimits{"time", "instruction"};
};

TEST_F(LimitsTest, EndlessLoopInAHandler) {
  Outcome out = run_cable(R"lua(return { p = function(el)
  while true do end
end })lua");
  expect_stop(out, kLoopLimits, 2);
}

TEST_F(LimitsTest, EndlessLoopInsidePcall) {
  Outcome out = run_cable(R"lua(return { p = function(el)
  while true do pcall(function() while true do end end) end
end })lua");
  expect_stop(out, kLoopLimits, 2);
}

TEST_F(LimitsTest, EndlessLoopInsideACoroutine) {
  Outcome out = run_cable(R"lua(return { p = function(el)
  coroutine.wrap(function() while true do end end)()
end })lua");
  expect_stop(out, kLoopLimits, 2);
}

TEST_F(LimitsTest, EndlessLoopOfCoroutinesSwallowingErrors) {
  Outcome out = run_cable(R"lua(return { p = function(el)
  while true do coroutine.resume(coroutine.create(function() while true do end end)) end
end })lua");
  expect_stop(out, kLoopLimits, 2);
}

TEST_F(LimitsTest, EndlessLoopInATextRuleFunction) {
  Outcome out = run_cable(R"lua(return { text = {{literal = "Deptel", wrap = "gloss",
  attr = function(m) while true do end end,
}}})lua");
  expect_stop(out, kLoopLimits, 2);
}

TEST_F(LimitsTest, EndlessLoopWhileLoadingTheScript) {
  Outcome out = run_cable("local n = 0\nwhile true do n = n + 1 end\nreturn {}");
  expect_stop(out, kLoopLimits, 2);
}

TEST_F(LimitsTest, EndlessLoopInAHook) {
  Outcome out = run_cable(R"lua(return { after_encode = function(root)
  local i = 0
  repeat i = i + 1 until false
end })lua");
  expect_stop(out, kLoopLimits, 3);
}

TEST_F(LimitsTest, EndlessWalkAppendingElements) {
  // Each visited p appends a new p at the end, which is visited in turn.
  Outcome out = run_cable(R"lua(return { p = function(el)
  el.parent:append(tei.el("p", {"more"}))
end })lua");
  expect_stop(out, {"time", "instruction", "memory"}, 0);
}

TEST_F(LimitsTest, MemoryBombByDoubling) {
  options.limits.time = std::chrono::seconds(20);  // the memory limit must stop it
  Outcome out = run_cable(R"lua(return { p = function(el)
  local s = "x" while true do s = s .. s end
end })lua");
  expect_stop(out, {"memory"}, 0);
}

TEST_F(LimitsTest, MemoryBombByConcatenation) {
  options.limits.time = std::chrono::seconds(20);  // the memory limit must stop it
  Outcome out = run_cable(R"lua(return { p = function(el)
  local text, parts = el.text:rep(100), {} while true do parts[#parts + 1] = text .. #parts end
end })lua");
  expect_stop(out, {"memory"}, 2);
}

TEST_F(LimitsTest, MemoryBombByTables) {
  options.limits.time = std::chrono::seconds(20);  // the memory limit must stop it
  Outcome out = run_cable(R"lua(return { p = function(el)
  local t, text = {}, el.text while true do t[#t + 1] = {text} end
end })lua");
  expect_stop(out, {"memory"}, 2);
}

TEST_F(LimitsTest, NodeBombHitsTheMemoryLimit) {
  // The Lua proxies are garbage; only the tree's nodes, charged when created, stop it.
  options.limits.time = std::chrono::seconds(20);  // the memory limit must stop it
  Outcome out = run_cable(R"lua(return { p = function(el)
  for i = 1, 100000000 do tei.el("hi") end
end })lua");
  expect_stop(out, {"memory"}, 2);
}

TEST_F(LimitsTest, TextNodeBombHitsTheMemoryLimit) {
  options.limits.time = std::chrono::seconds(20);
  Outcome out = run_cable(R"lua(return { p = function(el)
  local chunk = string.rep("x", 4096)
  for i = 1, 100000000 do el:append(chunk) end
end })lua");
  expect_stop(out, {"memory"}, 3);
}

TEST_F(LimitsTest, CloneBombHitsTheMemoryLimit) {
  options.limits.time = std::chrono::seconds(20);
  Outcome out = run_cable(R"lua(return { TEI = function(root)
  for i = 1, 100000000 do root:clone() end
end })lua");
  expect_stop(out, {"memory"}, 2);
}

TEST_F(LimitsTest, AttributeBombHitsTheMemoryLimit) {
  options.limits.time = std::chrono::seconds(20);
  Outcome out = run_cable(R"lua(return { p = function(el)
  local value = string.rep("v", 65536)
  for i = 1, 100000000 do el.attr.n = value end
end })lua");
  expect_stop(out, {"memory"}, 3);
}

TEST_F(LimitsTest, StringRepBomb) {
  options.limits.time = std::chrono::seconds(20);  // the memory limit must stop it
  Outcome out = run_cable(R"lua(return { p = function(el)
  local s = string.rep("x", 1 << 40)
end })lua");
  expect_stop(out, {"memory"}, 2);
  Outcome sep = run_cable(R"lua(return { p = function(el)
  local s = ("abc"):rep(100000000, ", ")
end })lua");
  expect_stop(sep, {"memory"}, 2);
}

TEST_F(LimitsTest, StringifyBombStaysWithinTheMemoryLimit) {
  // One charged text node of 1 MiB, referred to 4096 times: 4 GiB of text if stringified.
  options.limits.time = std::chrono::seconds(20);
  long before = peak_rss_kib();
  Outcome out = run_cable(R"lua(return { p = function(el)
  local big = tei.text(string.rep("x", 1 << 20))
  local many = {}
  for i = 1, 4096 do many[i] = big end
  local s = tei.stringify(many)
end })lua");
  EXPECT_FALSE(out.applied);
  EXPECT_LT(out.seconds, kHangGuard);
  EXPECT_NE(out.failure().find("memory limit"), std::string::npos) << out.report();
  EXPECT_LT(peak_rss_kib() - before, 1L << 20) << "KiB more at the peak";
}

TEST_F(LimitsTest, SelectorCacheBombStaysWithinTheMemoryLimit) {
  // Every distinct selector is parsed and kept for the rest of the run: that is charged.
  options.limits.time = std::chrono::seconds(60);
  options.limits.instructions = 2'000'000'000;
  long before = peak_rss_kib();
  Outcome out = run_cable(R"lua(return { TEI = function(root)
  local i = 0
  while true do i = i + 1; root:matches("p[n='" .. i .. "'] > hi, note[type^=x" .. i .. "]") end
end })lua");
  expect_stop(out, {"memory"}, 3);
  EXPECT_LT(peak_rss_kib() - before, 1L << 20) << "KiB more at the peak";
}

TEST_F(LimitsTest, PathologicalPatternInATextRuleIsRefused) {
  std::string as(5000, 'a');
  Outcome out =
      run("return { text = {{pattern = string.rep('a?', 40) .. string.rep('a', 40), "
          "wrap = 'hi'}} }",
          "<p>" + as + "</p>");
  EXPECT_FALSE(out.applied);
  EXPECT_LT(out.seconds, kHangGuard);
  EXPECT_NE(out.failure().find("filter 1: pattern too complex for a subject of 5000 bytes"),
            std::string::npos)
      << out.report();
  EXPECT_NE(out.failure().find(dir.path() + "/style.lua"), std::string::npos) << out.report();
  expect_next_document_works();
}

TEST_F(LimitsTest, PathologicalPatternInAHandlerIsRefused) {
  Outcome out = run(R"lua(return { p = function(el)
  return (el.text:match(string.rep("a?", 40) .. string.rep("a", 40)))
end })lua",
                    "<p>" + std::string(5000, 'a') + "</p>");
  EXPECT_FALSE(out.applied);
  EXPECT_LT(out.seconds, kHangGuard);
  const cabletei::Diagnostic* d = out.find("style-failed");
  ASSERT_NE(d, nullptr) << out.report();
  EXPECT_NE(d->message.find("pattern too complex"), std::string::npos) << out.report();
  EXPECT_EQ(d->script_line, 2u);
}

TEST_F(LimitsTest, NoEscapeFromTheSandbox) {
  Outcome out = run(R"lua(return { p = function(el)
  print(io, os, load, loadfile, dofile, string.dump, debug, package, collectgarbage)
  print(pcall(require, "io"))
  print(pcall(setmetatable, {}, {__gc = function() end}))
end })lua",
                    "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  std::vector<std::string> prints = out.prints();
  ASSERT_EQ(prints.size(), 9u) << out.report();  // three times: two header p and one body p
  EXPECT_EQ(prints[0], "nil\tnil\tnil\tnil\tnil\tnil\tnil\tnil\tnil");
  EXPECT_EQ(prints[1].substr(0, 6), "false\t");
  EXPECT_NE(prints[1].find("module 'io' not found"), std::string::npos);
  EXPECT_EQ(prints[2].substr(0, 6), "false\t");

  const std::pair<const char*, const char*> attempts[] = {
      {"io.open('/etc/passwd')", "global 'io'"},
      {"os.execute('true')", "global 'os'"},
      {"load('return 1')()", "global 'load'"},
      {"loadfile('/etc/passwd')", "global 'loadfile'"},
      {"dofile('/etc/passwd')", "global 'dofile'"},
      {"string.dump(print)", "field 'dump'"},
      {"require('io').open('x')", "module 'io' not found"},
      {"require('os')", "module 'os' not found"},
      {"debug.getinfo(1)", "global 'debug'"},
      {"package.loadlib('x', 'y')", "global 'package'"},
  };
  for (const auto& [code, message] : attempts) {
    SCOPED_TRACE(code);
    Outcome bad = run(std::string("return { p = function(el)\n  ") + code + "\nend }", "<p>a</p>");
    EXPECT_FALSE(bad.applied);
    const cabletei::Diagnostic* d = bad.find("style-failed");
    ASSERT_NE(d, nullptr) << bad.report();
    EXPECT_NE(d->message.find(message), std::string::npos) << bad.report();
    EXPECT_EQ(d->script_line, 2u) << bad.report();
  }
}

TEST_F(LimitsTest, SyntaxErrorsStopTheLoad) {
  std::string path = script("style.lua", "return {\n  p = function(el)\n    if el then\n  end\n}");
  options.scripts = {path};
  auto loaded = cabletei::StyleSet::load(options);
  auto* errors = std::get_if<std::vector<cabletei::StyleLoadError>>(&loaded);
  ASSERT_NE(errors, nullptr);
  ASSERT_EQ(errors->size(), 1u);
  EXPECT_EQ((*errors)[0].file, path);
  EXPECT_EQ((*errors)[0].line, 5u);
  EXPECT_EQ((*errors)[0].to_string().substr(0, path.size() + 3), path + ":5:")
      << (*errors)[0].to_string();
}

TEST_F(LimitsTest, BinaryChunksAreRefused) {
  std::string path = script("style.lua", std::string("\x1bLua\x54\x00 binary", 12));
  options.scripts = {path};
  auto loaded = cabletei::StyleSet::load(options);
  auto* errors = std::get_if<std::vector<cabletei::StyleLoadError>>(&loaded);
  ASSERT_NE(errors, nullptr);
  EXPECT_EQ((*errors)[0].file, path);
  EXPECT_NE((*errors)[0].message.find("binary"), std::string::npos) << (*errors)[0].message;
}

TEST_F(LimitsTest, ALimitStopsEveryLaterFilterOfThatDocument) {
  std::string first = script("style.lua", "return { p = function() while true do end end }");
  std::string second = script("later.lua",
                              "return { after_encode = function() end, "
                              "before_render = function() print('not reached') end }");
  Outcome out = run_style({first, second}, encode_cable(kCable), options);
  EXPECT_FALSE(out.applied);
  EXPECT_TRUE(out.prints().empty()) << out.report();
  std::size_t failures = 0;
  for (const auto& d : out.diags.items()) failures += d.code == "style-failed";
  EXPECT_EQ(failures, 1u) << out.report();
}

TEST_F(LimitsTest, TheSameStyleFailsAgainOnTheNextDocumentAndOnlyThere) {
  std::string path = script("style.lua", R"lua(return { p = function(el)
  if el.text:find("loop") then while true do end end
  el.attr.n = "ok"
end })lua");
  options.scripts = {path};
  auto loaded = cabletei::StyleSet::load(options);
  ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const cabletei::StyleSet>>(loaded));
  auto style = std::get<std::shared_ptr<const cabletei::StyleSet>>(loaded);
  for (const char* body : {"<p>loop</p>", "<p>fine</p>", "<p>loop</p>", "<p>fine</p>"}) {
    SCOPED_TRACE(body);
    cabletei::Diagnostics diags;
    cabletei::TeiDocument doc = parse_tei(tei_with_body(body));
    bool ok = style->apply(doc.get(), diags);
    EXPECT_EQ(ok, std::string(body) == "<p>fine</p>");
    if (ok) {
      EXPECT_TRUE(diags.items().empty());
    }
  }
}

TEST_F(LimitsTest, PrintFloodIsCut) {
  Outcome out = run(R"lua(return { before_render = function()
  for i = 1, 5000 do print(i) end
end })lua",
                    "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints().size(), 1000u);
  EXPECT_EQ(out.diags.items().size(), 1001u);
  EXPECT_NE(out.diags.items().back().message.find("too many print/warn messages"),
            std::string::npos);
}

}  // namespace
}  // namespace style_test
