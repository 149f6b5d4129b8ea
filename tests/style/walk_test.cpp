// The element walk: the return contract of handlers (keep, replace, splice, delete, skip the
// children, unwrap), document and bottom-up order, handler lists and the Element fallback.
#include <libxml/tree.h>

#include "style_fixture.hpp"

namespace style_test {
namespace {

using WalkTest = StyleTest;

// The tags of the elements under `node` (included) in pre-order or post-order.
void tags_in_order(const xmlNode* node, bool post, std::string& out) {
  if (node->type != XML_ELEMENT_NODE) return;
  std::string tag = reinterpret_cast<const char*>(node->name);
  if (!post) out += (out.empty() ? "" : " ") + tag;
  for (const xmlNode* c = node->children; c; c = c->next) tags_in_order(c, post, out);
  if (post) out += (out.empty() ? "" : " ") + tag;
}

std::string order_of(const std::string& cable, bool post) {
  cabletei::TeiDocument doc = encode_cable(cable);
  std::string out;
  tags_in_order(xmlDocGetRootElement(doc.get()), post, out);
  return out;
}

// A style that logs the tag of every element it sees and prints the log at the end.
constexpr const char* kLogEveryElement = R"lua(local log = {}
return {
  traverse = TRAVERSE,
  Element = function(el) log[#log + 1] = el.tag end,
  before_render = function() print(table.concat(log, " ")) end,
})lua";

std::string with_traverse(const char* traverse) {
  std::string code = kLogEveryElement;
  code.replace(code.find("TRAVERSE"), 8, traverse);
  return code;
}

// ---- the return contract -------------------------------------------------------------------

TEST_F(WalkTest, NilKeepsTheNode) {
  const std::string body = "<head>1. Test</head><p>a <hi rend=\"italic\">b</hi> c</p>";
  Outcome out = run("return { p = function(el) end, hi = function(el, cx) return nil end }", body);
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), body);
}

TEST_F(WalkTest, ReturningTheNodeItselfKeepsIt) {
  Outcome out = run("return { hi = function(el) el.attr.rend = 'strong'; return el end }",
                    "<p>a <hi rend=\"italic\">b</hi> c</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a <hi rend=\"strong\">b</hi> c</p>");
}

TEST_F(WalkTest, NodeReplaces) {
  Outcome out = run(R"lua(return {
  hi = function(el) return tei.el("gloss", {target = "#t_x"}, el.children) end,
})lua",
                    "<p>a <hi rend=\"italic\">b<lb/>c</hi> d</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a <gloss target=\"#t_x\">b<lb/>c</gloss> d</p>");
}

TEST_F(WalkTest, StringReplacesWithText) {
  Outcome out = run("return { note = function(el) return '[' .. el.attr.n .. ']' end }",
                    "<p>a<note n=\"1\" xml:id=\"d1fn1\">x</note> b<note n=\"2\">y</note></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a[1] b[2]</p>");
}

TEST_F(WalkTest, ListSplicesItsItemsInOrder) {
  Outcome out = run(R"lua(return {
  hi = function(el) return {"(", el, tei.el("lb"), ")"} end,
})lua",
                    "<p>a <hi rend=\"italic\">b</hi> c <hi rend=\"strong\">d</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p>a (<hi rend=\"italic\">b</hi><lb/>) c (<hi rend=\"strong\">d</hi><lb/>)</p>");
}

TEST_F(WalkTest, ListWithTheNodeInTheMiddleVisitsEachNodeOnce) {
  // The pandoc idiom {open, el, close}: the element keeps its place between the new items
  // and the walk goes on after them, so the handler runs once per element.
  Outcome out = run(R"lua(local calls = 0
return {
  hi = function(el) calls = calls + 1; return {tei.el("lb"), el, tei.el("lb")} end,
  before_render = function() print(calls) end,
})lua",
                    "<p><hi rend=\"italic\">b</hi><hi rend=\"strong\">d</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p><lb/><hi rend=\"italic\">b</hi><lb/><lb/><hi rend=\"strong\">d</hi><lb/></p>");
  EXPECT_EQ(out.prints(), std::vector<std::string>{"2"});
}

TEST_F(WalkTest, EmptyListDeletesAndTheWalkGoesOn) {
  Outcome out = run(R"lua(local seen = {}
return {
  note = function(el) return {} end,
  hi = function(el) seen[#seen + 1] = el.text end,
  before_render = function() print(table.concat(seen, ",")) end,
})lua",
                    "<p>a<note n=\"1\">x <hi rend=\"italic\">in</hi></note><hi rend=\"italic\">"
                    "after</hi> b<note n=\"2\">y</note></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a<hi rend=\"italic\">after</hi> b</p>");
  // The deleted note's children are not visited; the sibling after it is.
  EXPECT_EQ(out.prints(), std::vector<std::string>{"after"});
}

TEST_F(WalkTest, FalseSkipsTheChildren) {
  Outcome out = run(R"lua(return {
  note = function(el) return nil, false end,
  hi = function(el) el.attr.rend = "strong" end,
})lua",
                    "<head>1. <hi rend=\"italic\">T</hi><note n=\"1\"><hi rend=\"italic\">S"
                    "</hi></note></head>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<head>1. <hi rend=\"strong\">T</hi><note n=\"1\"><hi rend=\"italic\">S</hi></note>"
            "</head>");
}

TEST_F(WalkTest, FalseWithAReplacementSkipsTheReplacementsChildren) {
  Outcome out = run(R"lua(return {
  note = function(el) return tei.el("note", {n = "9"}, el.children), false end,
  hi = function(el) el.attr.rend = "strong" end,
})lua",
                    "<p>a<note n=\"1\"><hi rend=\"italic\">S</hi></note></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a<note n=\"9\"><hi rend=\"italic\">S</hi></note></p>");
}

TEST_F(WalkTest, ReturningTheChildrenUnwrapsAndVisitsThem) {
  Outcome out = run(R"lua(return {
  hi = function(el) return el.children end,
  persName = function(el) el.attr.corresp = "#p_X1" end,
})lua",
                    "<p>a <hi rend=\"strong\">b <persName>X</persName> <hi rend=\"italic\">"
                    "<hi rend=\"sub\">c</hi></hi></hi> d</p>");
  ASSERT_TRUE(out.applied) << out.report();
  // Every hi is gone, nested ones too (the unwrapped children are walked as nodes of their
  // own), and the persName that was inside got its handler.
  EXPECT_EQ(out.body(), "<p>a b <persName corresp=\"#p_X1\">X</persName> c d</p>");
}

TEST_F(WalkTest, NewElementsOfTheSameTagAreNotVisitedAgain) {
  Outcome out = run(R"lua(local calls = 0
return {
  p = function(el)
    if not el:closest("div") then return end  -- not the header's
    calls = calls + 1
    return tei.el("p", {n = tostring(calls)}, el.children)
  end,
  before_render = function() print(calls) end,
})lua",
                    "<p>a</p><p>b<hi rend=\"italic\">c</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p n=\"1\">a</p><p n=\"2\">b<hi rend=\"italic\">c</hi></p>");
  EXPECT_EQ(out.prints(), std::vector<std::string>{"2"});
}

TEST_F(WalkTest, ChildrenOfANewElementAreVisited) {
  Outcome out = run(R"lua(return {
  p = function(el) return tei.el("p", el.children) end,
  hi = function(el) return el.children end,
})lua",
                    "<p>b<hi rend=\"italic\">c</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>bc</p>");
}

TEST_F(WalkTest, NestingNewElementsOfTheSameTagEndsWithAClearError) {
  // Each new outer hi is skipped, but the new inner one is a child of it and is walked: the
  // style keeps nesting until the depth limit refuses it. It must stop, not hang.
  Outcome out = run(R"lua(return {
  hi = function(el) return tei.el("hi", {rend = "strong"}, {tei.el("hi", {rend = "italic"}, el.children)}) end,
})lua",
                    "<p><hi rend=\"italic\">x</hi></p>");
  EXPECT_LT(out.seconds, 10.0);
  if (!out.applied) {
    EXPECT_NE(out.failure().find("deeper than 256"), std::string::npos) << out.report();
  }
}

TEST_F(WalkTest, BadReturnTypeNamesTheElementAndTheInputLine) {
  for (const char* value : {"true", "function() end", "{true}", "{'a', 2.5, {}}"}) {
    SCOPED_TRACE(value);
    Outcome out = run_cable(std::string("return { p = function(el) if el.line == 3 then return ") +
                            value + " end end }");
    EXPECT_FALSE(out.applied);
    std::string failure = out.failure();
    EXPECT_NE(failure.find("<p>"), std::string::npos) << out.report();
    EXPECT_NE(failure.find("input line 3"), std::string::npos) << out.report();
  }
}

TEST_F(WalkTest, AnErrorInAHandlerNamesTheScriptLineAndTheInputLine) {
  Outcome out = run_cable(R"lua(return {
  note = function(el)
    if el.attr.n == "2" then error("no notes today") end
  end,
})lua");
  EXPECT_FALSE(out.applied);
  const cabletei::Diagnostic* d = out.find("style-failed");
  ASSERT_NE(d, nullptr) << out.report();
  EXPECT_EQ(d->severity, cabletei::Severity::error);
  EXPECT_EQ(d->script, dir.path() + "/style.lua");
  EXPECT_EQ(d->script_line, 3u);
  EXPECT_NE(d->message.find("no notes today"), std::string::npos) << d->message;
  EXPECT_NE(d->message.find("<note> from input line 7"), std::string::npos) << d->message;
}

// ---- order ---------------------------------------------------------------------------------

TEST_F(WalkTest, DocumentOrderIsPreOrderFromTheRoot) {
  Outcome out = run_cable(with_traverse("nil"));
  ASSERT_TRUE(out.applied) << out.report();
  ASSERT_EQ(out.prints().size(), 1u);
  EXPECT_EQ(out.prints()[0], order_of(kCable, false));
  EXPECT_EQ(out.prints()[0].substr(0, 14), "TEI teiHeader ");
}

TEST_F(WalkTest, ExplicitDocumentTraverseIsTheDefault) {
  Outcome out = run_cable(with_traverse("'document'"));
  ASSERT_TRUE(out.applied) << out.report();
  ASSERT_EQ(out.prints().size(), 1u);
  EXPECT_EQ(out.prints()[0], order_of(kCable, false));
}

TEST_F(WalkTest, BottomUpIsPostOrder) {
  Outcome out = run_cable(with_traverse("'bottomup'"));
  ASSERT_TRUE(out.applied) << out.report();
  ASSERT_EQ(out.prints().size(), 1u);
  EXPECT_EQ(out.prints()[0], order_of(kCable, true));
  EXPECT_EQ(out.prints()[0].substr(out.prints()[0].size() - 4), " TEI");
}

TEST_F(WalkTest, BottomUpHandlersSeeTheirChildrenAlreadyDone) {
  Outcome out = run(R"lua(return {
  traverse = "bottomup",
  hi = function(el) return el.children end,
  p = function(el) el.attr.n = tostring(#el:select("hi")) .. ":" .. el.text end,
})lua",
                    "<p>a <hi rend=\"italic\">b <hi rend=\"strong\">c</hi></hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p n=\"0:a b c\">a b c</p>");
}

TEST_F(WalkTest, UnknownTraverseIsAnError) {
  Outcome out = run("return { traverse = 'sideways', p = function() end }", "<p>a</p>");
  EXPECT_FALSE(out.applied);
  EXPECT_NE(out.failure().find("traverse = 'sideways'"), std::string::npos) << out.report();
}

TEST_F(WalkTest, TheRootIsVisited) {
  Outcome out = run(R"lua(return {
  TEI = function(root) print(root.tag, root.parent == nil, #root.children) end,
})lua",
                    "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"TEI\ttrue\t2"});
}

// ---- handler lookup ------------------------------------------------------------------------

TEST_F(WalkTest, HandlerListPicksTheFirstMatchingEntry) {
  Outcome out = run_cable(R"lua(local log = {}
local function source(el) log[#log + 1] = "source:" .. el.attr.n end
local function any(el) log[#log + 1] = "any:" .. el.attr.n end
local function never(el) log[#log + 1] = "never:" .. el.attr.n end
return {
  note = {{"[type=source]", source}, {"_", any}, {"note", never}},
  before_render = function() print(table.concat(log, " ")) end,
})lua");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"source:1 any:2"});
}

TEST_F(WalkTest, HandlerListEntriesUseFullSelectors) {
  Outcome out = run_cable(R"lua(return {
  p = {{"div > p[", function() end}},
})lua");
  EXPECT_FALSE(out.applied);
  EXPECT_NE(out.failure().find("bad selector"), std::string::npos) << out.report();

  Outcome ok = run_cable(R"lua(return {
  persName = {{"closer persName", function(el) el.attr.type = "from" end}},
  hi = {{"closer hi", function(el) return el.children end}, {"_", function() end}},
})lua");
  ASSERT_TRUE(ok.applied) << ok.report();
  EXPECT_EQ(ok.element("closer"),
            "<closer><signed><persName type=\"from\">Harmon</persName></signed></closer>");
}

TEST_F(WalkTest, ABadHandlerListEntryIsAnError) {
  Outcome out = run("return { p = {{'p', 'not a function'}} }", "<p>a</p>");
  EXPECT_FALSE(out.applied);
  EXPECT_NE(out.failure().find("expected {selector, function}"), std::string::npos) << out.report();
}

TEST_F(WalkTest, ElementIsTheFallbackForTagsWithoutHandlers) {
  Outcome out = run_cable(R"lua(local seen = {}
return {
  Element = function(el) seen[el.tag] = (seen[el.tag] or 0) + 1 end,
  p = function(el) el.attr.n = "p" end,
  before_render = function()
    print(seen.p, seen.note, seen.hi, seen.TEI)
  end,
})lua");
  ASSERT_TRUE(out.applied) << out.report();
  // p has its own handler; the two p of the header and the two of the body are not seen.
  EXPECT_EQ(out.prints(), std::vector<std::string>{"nil\t2\t1\t1"});
}

TEST_F(WalkTest, SettingsAreNotHandlers) {
  // TEI has a <name> element; the filter's name setting (a string) is not its handler.
  Outcome out = run(R"lua(local seen = {}
return {
  name = "settings",
  off = false,
  traverse = "document",
  after_encode = function(root) end,
  before_render = function(root) print(table.concat(seen, " ")) end,
  Element = function(el) if el:closest("div") then seen[#seen + 1] = el.tag end end,
})lua",
                    "<p>a <name>X</name></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"div p name"});
}

TEST_F(WalkTest, EditsAroundTheVisitedNodeDoNotDerailTheWalk) {
  Outcome out = run(R"lua(local seen = {}
return {
  p = function(el)
    if not el:closest("div") then return end  -- not the header's
    seen[#seen + 1] = el.text
    if el.text == "b" then
      el.next:remove()                    -- the next p ("c") goes away unvisited
      el.prev:before(tei.el("p", {"new"})) -- a p before the visited ones is not visited
      el.parent:append(tei.el("p", {"z"})) -- a p appended at the end is visited in turn
    end
  end,
  before_render = function() print(table.concat(seen, " ")) end,
})lua",
                    "<p>a</p><p>b</p><p>c</p><p>d</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>new</p><p>a</p><p>b</p><p>d</p><p>z</p>");
  EXPECT_EQ(out.prints(), std::vector<std::string>{"a b d z"});
}

TEST_F(WalkTest, AHandlerMayMoveItsElementAway) {
  Outcome out = run(R"lua(local seen = {}
return {
  hi = function(el)
    seen[#seen + 1] = el.text
    el.parent:before(el)  -- out of the p, before it: a place already walked
  end,
  before_render = function() print(table.concat(seen, " ")) end,
})lua",
                    "<p><hi rend=\"italic\">a</hi><hi rend=\"italic\">b</hi>c</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<hi rend=\"italic\">a</hi><hi rend=\"italic\">b</hi><p>c</p>");
  // Each is visited once: the walk resumes inside the p, and what went before it is done.
  EXPECT_EQ(out.prints(), std::vector<std::string>{"a b"});
}

TEST_F(WalkTest, AHandlerMayWrapItsElement) {
  for (const char* handler :
       {"function(el) el:wrap('gloss') end", "function(el) return el:wrap('gloss') end",
        "function(el) return el:wrap('gloss'), false end"}) {
    SCOPED_TRACE(handler);
    std::string code = R"lua(local seen = {}
return {
  hi = function(el) seen[#seen + 1] = el.text; return (HANDLER)(el) end,
  before_render = function() print(table.concat(seen, " ")) end,
})lua";
    code.replace(code.find("HANDLER"), 7, handler);
    Outcome out = run(code, "<p><hi rend=\"italic\">a</hi> <hi rend=\"strong\">b</hi></p>");
    ASSERT_TRUE(out.applied) << out.report();
    EXPECT_EQ(out.body(),
              "<p><gloss><hi rend=\"italic\">a</hi></gloss> <gloss><hi rend=\"strong\">b</hi>"
              "</gloss></p>");
    EXPECT_EQ(out.prints(), std::vector<std::string>{"a b"});
  }
}

TEST_F(WalkTest, AHandlerMayMoveItsElementForward) {
  Outcome out = run(R"lua(local seen = {}
return {
  p = function(el)
    if not el:closest("div") then return end
    seen[#seen + 1] = el.text
    el.parent:append(el)  -- to the end: the siblings it passed are still walked, it not again
  end,
  before_render = function() print(table.concat(seen, " ")) end,
})lua",
                    "<p>a</p><p>b</p><p>c</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a</p><p>b</p><p>c</p>");
  EXPECT_EQ(out.prints(), std::vector<std::string>{"a b c"});
}

// The walk marks visited elements in libxml2's _private field; every element must carry its
// own value again afterwards, also when a handler fails halfway.
bool any_private_set(const xmlNode* node) {
  for (; node; node = node->next)
    if (node->_private || (node->type == XML_ELEMENT_NODE && any_private_set(node->children)))
      return true;
  return false;
}

TEST_F(WalkTest, TheWalkLeavesNoMarkOnTheElements) {
  Outcome out =
      run("return { p = function(el) el.parent:append(el) end, Element = function() end }",
          "<p>a</p><p>b<hi>c</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_FALSE(any_private_set(xmlDocGetRootElement(out.doc.get())));
  Outcome failed = run(R"lua(return { hi = function() error("stop here") end })lua",
                       "<p>a</p><p>b<hi>c</hi></p>");
  ASSERT_FALSE(failed.applied);
  EXPECT_FALSE(any_private_set(xmlDocGetRootElement(failed.doc.get())));
}

TEST_F(WalkTest, ElementsInsertedAfterTheVisitedOneAreNotWalkedAsSiblings) {
  Outcome out = run(R"lua(local calls = 0
return {
  p = function(el)
    if not el:closest("div") then return end
    calls = calls + 1
    el:after(tei.el("p", {"after " .. el.text}))
  end,
  before_render = function() print(calls) end,
})lua",
                    "<p>a</p><p>b</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a</p><p>after a</p><p>b</p><p>after b</p>");
  EXPECT_EQ(out.prints(), std::vector<std::string>{"2"});
}

}  // namespace
}  // namespace style_test
