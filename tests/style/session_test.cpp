// A style session keeps one sandbox across documents: each document gets a fresh budget, host
// memory charged for one document's nodes is not carried to the next, node proxies cannot
// outlive their document, and a failed document discards the sandbox.
#include <libxml/tree.h>

#include <string>
#include <variant>

#include "style_fixture.hpp"

namespace style_test {
namespace {

using cabletei::Diagnostics;
using cabletei::StyleLoadError;
using cabletei::StyleOptions;
using cabletei::StyleSession;
using cabletei::StyleSet;

std::shared_ptr<const StyleSet> load(const TempDir& dir, const std::string& script,
                                     StyleOptions options = {}) {
  options.scripts = {dir.write("style.lua", script)};
  auto loaded = StyleSet::load(options);
  if (auto* errors = std::get_if<std::vector<StyleLoadError>>(&loaded)) {
    ADD_FAILURE() << errors->front().to_string();
    return nullptr;
  }
  return std::get<std::shared_ptr<const StyleSet>>(loaded);
}

// Applies `style` to a fresh copy of the test cable within `session`.
bool apply(const StyleSet& style, StyleSession& session, Diagnostics& diags) {
  cabletei::TeiDocument doc = encode_cable(kCable);
  return doc && style.apply(doc.get(), diags, &session);
}

TEST(SessionTest, ScriptsRunOncePerSessionAndFiltersPerDocument) {
  TempDir dir;
  auto style = load(dir, R"(
    loads = (loads or 0) + 1
    local docs = 0
    return { p = function(el) end,
             before_render = function(root, cx) docs = docs + 1; print(loads, docs) end })");
  ASSERT_TRUE(style);
  StyleSession session;
  Diagnostics diags;
  for (int k = 0; k < 3; ++k) ASSERT_TRUE(apply(*style, session, diags));
  std::vector<std::string> prints;
  for (const auto& d : diags.items())
    if (d.code == "style-print") prints.push_back(d.message);
  EXPECT_EQ(prints, (std::vector<std::string>{"1\t1", "1\t2", "1\t3"}));
}

TEST(SessionTest, NodesCreatedForOneDocumentDoNotCountAgainstTheNext) {
  TempDir dir;
  StyleOptions options;
  options.limits.memory_bytes = std::size_t{8} << 20;
  // About 3 MiB of new text nodes per document: 20 documents would pass the cap if kept.
  auto style = load(dir, R"(
    return { before_render = function(root)
      local div = root:first("div")
      local chunk = string.rep("x", 30000)
      for i = 1, 100 do div:append(tei.el("p", chunk)) end
    end })",
                    options);
  ASSERT_TRUE(style);
  StyleSession session;
  for (int k = 0; k < 20; ++k) {
    Diagnostics diags;
    ASSERT_TRUE(apply(*style, session, diags)) << "document " << k;
  }
}

TEST(SessionTest, ANodeKeptFromAnEarlierDocumentIsRefused) {
  TempDir dir;
  auto style = load(dir, R"(
    local kept
    return { before_render = function(root)
      if kept then return kept.tag end
      kept = root:first("p")
    end })");
  ASSERT_TRUE(style);
  StyleSession session;
  Diagnostics first, second, third;
  EXPECT_TRUE(apply(*style, session, first));
  EXPECT_FALSE(apply(*style, session, second));
  bool found = false;
  for (const auto& d : second.items())
    found = found || d.message.find("node of an earlier document") != std::string::npos;
  EXPECT_TRUE(found);
  // The failure discarded the sandbox: the next document starts afresh and succeeds.
  EXPECT_TRUE(apply(*style, session, third));
}

TEST(SessionTest, AWordsTableChangedBetweenDocumentsIsMatchedAsItIsNow) {
  TempDir dir;
  // The same table every time, changed in place before the second and third documents.
  auto style = load(dir, R"(
    local words = { Deptel = "t1" }
    local docs = 0
    return { after_encode = function()
               docs = docs + 1
               if docs == 2 then words.Deptel = nil; words.Kovacs = "p1" end
               if docs == 3 then words.Kovacs = "p2" end
             end,
             text = { { words = function() return words end, wrap = "seg",
                        attr = function(m) return { n = m.values[1] } end } } })");
  ASSERT_TRUE(style);
  StyleSession session;
  std::vector<std::string> marked;
  for (int k = 0; k < 3; ++k) {
    Diagnostics diags;
    cabletei::TeiDocument doc = encode_cable(kCable);
    ASSERT_TRUE(doc && style->apply(doc.get(), diags, &session));
    std::string xml = cabletei::serialize_tei(doc.get());
    for (std::size_t at = xml.find("<seg n=\""); at != std::string::npos;
         at = xml.find("<seg n=\"", at + 1))
      marked.push_back(xml.substr(at + 8, xml.find('<', at + 1) - at - 8));
  }
  EXPECT_EQ(marked, (std::vector<std::string>{"t1\">Deptel", "p1\">Kovacs", "p2\">Kovacs"}));
}

TEST(SessionTest, EveryDocumentGetsTheWholeInstructionBudget) {
  TempDir dir;
  StyleOptions options;
  options.limits.instructions = 3'000'000;
  // About 2 million instructions per document: fine alone, too much for two documents.
  auto style = load(dir, R"(
    return { before_render = function() local n = 0 for i = 1, 400000 do n = n + i end end })",
                    options);
  ASSERT_TRUE(style);
  StyleSession session;
  for (int k = 0; k < 5; ++k) {
    Diagnostics diags;
    EXPECT_TRUE(apply(*style, session, diags)) << "document " << k;
  }
}

}  // namespace
}  // namespace style_test
