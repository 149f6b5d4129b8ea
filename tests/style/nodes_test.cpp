// Node proxies as styles see them: the fields tag, attr, children, parent, prev, next, text and
// line; the editing methods; the refusals that keep the tree sound; and the tei module.
#include "style_fixture.hpp"

namespace style_test {
namespace {

// Runs code in a before_render hook, with `root` (TEI) and `div` (the document div) at hand;
// the code starts on line 3 of style.lua.
class NodeTest : public StyleTest {
 protected:
  Outcome on_root(const std::string& code, const std::string& body) {
    return run(
        "return { before_render = function(root, cx)\n"
        "local div = root:first('div')\n" +
            code + "\nend }",
        body);
  }
  Outcome on_cable(const std::string& code) {
    return run_cable(
        "return { before_render = function(root, cx)\n"
        "local div = root:first('div')\n" +
        code + "\nend }");
  }
};

// ---- fields --------------------------------------------------------------------------------

TEST_F(NodeTest, TagAndAttributes) {
  Outcome out = on_root(R"lua(
local p = div:first("p")
print(div.tag, div.attr.type, div.attr["xml:id"], div.attr.n, div.attr.missing)
local names = {}
for k, v in pairs(div.attr) do names[#names + 1] = k .. "=" .. v end
print(table.concat(names, " "))
p.attr["xml:id"] = "d1p1"
p.attr["frus:doc-dateTime-min"] = "1957-05-03T16:00:00+03:00"
p.attr.n = 5
print(p.attr["xml:id"], p.attr["frus:doc-dateTime-min"], p.attr.n, math.type(p.attr.n))
div.attr.n = nil
div.attr.never = nil
print(div.attr.n)
)lua",
                        "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "div\tdocument\td1\t1\tnil",
                              "type=document xml:id=d1 n=1 subtype=historical-document",
                              "d1p1\t1957-05-03T16:00:00+03:00\t5\tnil",
                              "nil",
                          }));
  EXPECT_EQ(out.body(),
            "<p xml:id=\"d1p1\" frus:doc-dateTime-min=\"1957-05-03T16:00:00+03:00\" n=\"5\">a</p>");
  EXPECT_NE(out.xml().find("xmlns:frus=\"http://history.state.gov/frus/ns/1.0\""),
            std::string::npos);
  EXPECT_NE(out.xml().find("<div type=\"document\" xml:id=\"d1\" subtype="), std::string::npos);
}

TEST_F(NodeTest, AttributeTableReplacesAllAttributes) {
  Outcome out = on_root(R"lua(
local hi = div:first("hi")
hi.attr = {rend = "strong", ["xml:id"] = "h1"}
)lua",
                        "<p><hi rend=\"italic\" n=\"3\">a</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p><hi rend=\"strong\" xml:id=\"h1\">a</hi></p>");
}

TEST_F(NodeTest, BadAttributeNamesAndValuesAreErrors) {
  for (const char* code : {"div.attr['bad name'] = 'x'", "div.attr['foo:bar'] = 'x'",
                           "div.attr.n = {}", "div:first('p').attr = 'x'"}) {
    SCOPED_TRACE(code);
    Outcome out = on_root(code, "<p>a</p>");
    EXPECT_FALSE(out.applied);
    EXPECT_NE(out.failure(), "") << out.report();
  }
  Outcome out = on_root("div.attr['foo:bar'] = 'x'", "<p>a</p>");
  EXPECT_NE(out.failure().find("'foo:bar' is not an attribute name"), std::string::npos)
      << out.report();
}

TEST_F(NodeTest, RenameKeepsAttributesAndChildren) {
  Outcome out = on_root(R"lua(
local hi = div:first("hi")
hi.tag = "gloss"
print(hi.tag)
local ok, err = pcall(function() hi.tag = "1x" end)
print(ok, (err:gsub("^.-: ", "")))
)lua",
                        "<p><hi rend=\"italic\">a<lb/></hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p><gloss rend=\"italic\">a<lb/></gloss></p>");
  EXPECT_EQ(out.prints(),
            (std::vector<std::string>{"gloss", "false\t'1x' is not a TEI element name"}));
}

TEST_F(NodeTest, TextNodesHaveATagButNoAttributesOrChildren) {
  Outcome out = on_root(R"lua(
local t = div:first("p").children[1]
print(t.tag, t.attr, #t.children, t.text)
local ok = pcall(function() t.children = {} end)
print(ok)
)lua",
                        "<p>plain</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{"#text\tnil\t0\tplain", "false"}));
}

TEST_F(NodeTest, ChildrenIsAList) {
  Outcome out = on_root(R"lua(
local p = div:first("p")
local kids = p.children
print(#kids, getmetatable(kids) == getmetatable(tei.List()))
print(table.concat(kids:map(function(c) return c.tag end), " "))
local elements = kids:filter(function(c) return c.tag ~= "#text" end)
print(#elements, elements[1].tag, elements[2].tag)
local found, at = kids:find(function(c) return c.tag == "lb" end)
print(found.tag, at)
print(kids:includes(p:first("hi")), kids:includes(div), kids:includes(p.children[2]))
)lua",
                        "<p>a<hi rend=\"italic\">b</hi>c<lb/>d</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "5\ttrue",
                              "#text hi #text lb #text",
                              "2\thi\tlb",
                              "lb\t4",
                              "true\tfalse\ttrue",
                          }));
}

TEST_F(NodeTest, SettingChildrenReplacesThem) {
  Outcome out = on_root(R"lua(
local p = div:first("p")
p.children = p.children:filter(function(c) return c.tag ~= "hi" end)
div.children[2].children = {"x", tei.el("lb"), "y"}
)lua",
                        "<p>a<hi rend=\"italic\">b</hi>c</p><p>old</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>ac</p><p>x<lb/>y</p>");
}

TEST_F(NodeTest, ParentPrevNext) {
  Outcome out = on_root(R"lua(
local hi = div:first("hi")
print(hi.parent.tag, hi.prev.text, hi.next.tag, hi.next.next.text)
print(hi.parent.parent == div, hi.prev.prev, hi.next.next.next)
print(root.parent, div:first("p").prev, div.children[2].next)
print(hi.children[1].parent == hi)
)lua",
                        "<p>a<hi rend=\"italic\">b</hi><lb/>c</p><p>z</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "p\ta\tlb\tc",
                              "true\tnil\tnil",
                              "nil\tnil\tnil",
                              "true",
                          }));
}

TEST_F(NodeTest, TextGetAndSet) {
  Outcome out =
      on_root(R"lua(
local p = div:first("p")
print(p.text)
p:first("hi").text = "B & <b>"
local last = p.children[#p.children]
last.text = "C"
print(p.text)
div.children[2].text = 42
)lua",
              "<p>a<hi rend=\"italic\">b<lb/>b2</hi>c<note n=\"1\">n</note>d</p><p>x</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{"abb2cnd", "aB & <b>cnC"}));
  EXPECT_EQ(out.body(),
            "<p>a<hi rend=\"italic\">B &amp; &lt;b&gt;</hi>c<note n=\"1\">n</note>C</p><p>42</p>");
}

TEST_F(NodeTest, LineIsTheInputLineOfTheCable) {
  Outcome out = on_cable(R"lua(
local ps = div:select("p")
print(root.line, div.line, div:first("head").line, div:first("dateline").line)
print(ps[1].line, ps[2].line, div:first("pb").line, div:first("closer").line)
local notes = div:select("note")
print(notes[1].line, notes[2].line, notes[2].children[1].line, ps[1].children[1].line)
local fresh = tei.el("hi", {rend = "italic"}, {"x"})
print(fresh.line)
ps[2]:append(fresh)
print(fresh.line, fresh.children[1].line)
)lua");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "0\t1\t1\t2",
                              "3\t4\t4\t5",
                              "6\t7\t7\t3",
                              "0",
                              "4\t4",
                          }));
}

TEST_F(NodeTest, TostringAndEquality) {
  Outcome out = on_root(R"lua(
local hi = div:first("hi")
print(tostring(hi))
print(hi == div:first("hi"), hi == div:first("p"), rawequal(hi, div:first("hi")))
)lua",
                        "<p>a<hi rend=\"italic\">b&amp;c</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(),
            (std::vector<std::string>{"<hi rend=\"italic\">b&amp;c</hi>", "true\tfalse\tfalse"}));
}

TEST_F(NodeTest, UnknownFieldsReadAsNilAndCannotBeSet) {
  Outcome out = on_root("print(div.nothing)\ndiv.nothing = 1", "<p>a</p>");
  EXPECT_FALSE(out.applied);
  EXPECT_EQ(out.prints(), std::vector<std::string>{"nil"});
  EXPECT_NE(out.failure().find("cannot set field 'nothing'"), std::string::npos) << out.report();
}

// ---- editing -------------------------------------------------------------------------------

TEST_F(NodeTest, CloneIsDeepAndIndependent) {
  Outcome out = on_root(R"lua(
local p = div:first("p")
local copy = p:clone()
print(copy.parent, copy == p)
copy.attr.n = "2"
copy:first("hi").text = "B"
p:after(copy)
)lua",
                        "<p n=\"1\">a<hi rend=\"italic\">b</hi><!--c--></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"nil\tfalse"});
  EXPECT_EQ(out.body(),
            "<p n=\"1\">a<hi rend=\"italic\">b</hi><!--c--></p>"
            "<p n=\"2\">a<hi rend=\"italic\">B</hi><!--c--></p>");
}

TEST_F(NodeTest, AppendPrependBeforeAfter) {
  Outcome out = on_root(R"lua(
local p = div:first("p")
local hi = p:first("hi")
p:append("!", tei.el("lb"))
p:prepend({"<", tei.el("lb")})
hi:before("[", "[")
hi:after(tei.el("hi", {rend = "strong"}, {"x"}), "]")
print(p:append() == p)
)lua",
                        "<p>a<hi rend=\"italic\">b</hi>c</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"true"});
  EXPECT_EQ(out.body(),
            "<p>&lt;<lb/>a[[<hi rend=\"italic\">b</hi><hi rend=\"strong\">x</hi>]c!<lb/></p>");
}

TEST_F(NodeTest, PlacingANodeMovesIt) {
  Outcome out = on_root(R"lua(
local ps = div:select("p")
ps[2]:append(ps[1]:first("hi"))
ps[1]:before(ps[2])
)lua",
                        "<p>a<hi rend=\"italic\">b</hi></p><p>c</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>c<hi rend=\"italic\">b</hi></p><p>a</p>");
}

TEST_F(NodeTest, PlacingANodeNextToItselfKeepsTheOrder) {
  Outcome out = on_root(R"lua(
local hi = div:first("hi")
hi:replace("(", hi, ")")
local lb = div:first("lb")
lb:after("1", lb.next, "2")
local p = div:select("p")[3]
p:prepend("x", p.children[1], "y")
)lua",
                        "<p>a<hi rend=\"italic\">b</hi>c</p><p><lb/>m</p><p>q</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a(<hi rend=\"italic\">b</hi>)c</p><p><lb/>1m2</p><p>xqy</p>");
}

TEST_F(NodeTest, ReplaceRemoveUnwrapWrap) {
  Outcome out = on_root(R"lua(
local ps = div:select("p")
ps[1]:first("hi"):replace(tei.el("gloss", {"G"}), " ")
local removed = ps[2]:first("note"):remove()
print(removed.tag, removed.parent)
local kids = ps[3]:first("hi"):unwrap()
print(#kids, kids[1].text, kids[2].tag)
local w = ps[4].children[1]:wrap("hi", {rend = "strong"})
print(w.tag, w.parent == ps[4])
)lua",
                        "<p>a<hi rend=\"italic\">b</hi>c</p><p>d<note n=\"1\">n</note>e</p>"
                        "<p>f<hi rend=\"italic\">g<lb/></hi>h</p><p>i<lb/></p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{"note\tnil", "2\tg\tlb", "hi\ttrue"}));
  EXPECT_EQ(out.body(),
            "<p>a<gloss>G</gloss> c</p><p>de</p><p>fg<lb/>h</p>"
            "<p><hi rend=\"strong\">i</hi><lb/></p>");
}

TEST_F(NodeTest, WrapADetachedNode) {
  Outcome out = on_root(R"lua(
local w = tei.text("loose"):wrap("hi", {rend = "italic"})
print(w.parent, w.text)
div:first("p"):append(w)
)lua",
                        "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(), "<p>a<hi rend=\"italic\">loose</hi></p>");
}

TEST_F(NodeTest, TheRootCannotBeMovedRemovedOrReplaced) {
  const std::pair<const char*, const char*> cases[] = {
      {"root:remove()", "root element cannot be removed"},
      {"div:append(root)", "root element cannot be moved"},
      {"tei.el('hi'):append(root)", "root element cannot be moved"},
      {"div:first('p'):before(root)", "root element cannot be moved"},
      {"root:replace(tei.el('TEI'))", "not inside an element"},
      {"root:unwrap()", "not inside an element"},
      {"root:wrap('hi')", "only be placed inside elements"},
      {"root:after(tei.el('TEI'))", "not inside an element"},
  };
  for (const auto& [code, message] : cases) {
    SCOPED_TRACE(code);
    Outcome out = on_root(code, "<p>a</p>");
    EXPECT_FALSE(out.applied);
    EXPECT_NE(out.failure().find(message), std::string::npos) << out.report();
    // The script line is the line of the call (line 3 of style.lua).
    const cabletei::Diagnostic* d = out.find("style-failed");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->script_line, 3u) << out.report();
  }
}

TEST_F(NodeTest, TheRootHandlerCannotReplaceOrDeleteTheRoot) {
  for (const char* result : {"{}", "tei.el('TEI')", "'text'", "root.children"}) {
    SCOPED_TRACE(result);
    Outcome out =
        run(std::string("return { TEI = function(root) return ") + result + " end }", "<p>a</p>");
    EXPECT_FALSE(out.applied);
    EXPECT_NE(out.failure(), "") << out.report();
    EXPECT_NE(out.failure().find("<TEI>"), std::string::npos) << out.report();
  }
}

TEST_F(NodeTest, ANodeCannotGoInsideItself) {
  for (const char* code :
       {"div:append(div)", "div:first('p'):append(div)", "div:first('hi'):prepend(div:first('p'))",
        "div:first('hi'):wrap('hi'):append(div:first('p'))",
        "div:first('hi').children = {div:first('p')}",
        "div:first('p'):first('hi'):before(div:first('p'))"}) {
    SCOPED_TRACE(code);
    Outcome out = on_root(code, "<p>a<hi rend=\"italic\">b</hi></p>");
    EXPECT_FALSE(out.applied);
    EXPECT_NE(out.failure().find("cannot be placed inside itself"), std::string::npos)
        << out.report();
  }
}

TEST_F(NodeTest, NestingDeeperThan256IsRefused) {
  Outcome out = on_root(R"lua(
local inner = tei.el("hi", {rend = "italic"}, {"x"})
local depth = 1
local ok, err = pcall(function()
  for i = 1, 400 do inner = tei.el("hi", {rend = "italic"}, {inner}); depth = depth + 1 end
end)
print(ok, depth, (err:gsub("^.-: ", "")))
div:first("p"):append(inner)  -- 5 levels above it (TEI text body div p): also too deep
)lua",
                        "<p>a</p>");
  EXPECT_FALSE(out.applied);
  ASSERT_EQ(out.prints().size(), 1u) << out.report();
  EXPECT_EQ(out.prints()[0], "false\t256\telements nested deeper than 256 levels");
  EXPECT_NE(out.failure().find("deeper than 256"), std::string::npos) << out.report();
}

TEST_F(NodeTest, ARemovedNodeCanStillBeUsed) {
  Outcome out = on_root(R"lua(
local p = div:first("p")
local hi = p:first("hi")
p:remove()
print(p.parent, hi.parent == p, hi.text, p.text, #p.children, p.line)
hi.attr.rend = "strong"
hi.text = "B"
p:append("!")
print(tostring(p), #div:select("p"))
local ok, err = pcall(function() p:before("x") end)
print(ok, (err:gsub("^.-: ", "")))
div:append(p)
local gone = div:first("lb"):remove()
gone:remove()
print(gone.next, gone.prev, gone.parent, #gone:select("*"), gone:closest("p"))
)lua",
                        "<p>a<hi rend=\"italic\">b</hi></p><lb/>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "nil\ttrue\tb\tab\t2\t1",
                              "<p>a<hi rend=\"strong\">B</hi>!</p>\t0",
                              "false\tthe node is not inside an element",
                              "nil\tnil\tnil\t0\tnil",
                          }));
  EXPECT_EQ(out.body(), "<p>a<hi rend=\"strong\">B</hi>!</p>");
}

TEST_F(NodeTest, NodesRemovedByAHandlerCanBeUsedByALaterOne) {
  Outcome out =
      run(R"lua(local kept
return {
  note = function(el) kept = el; return {} end,
  closer = function(el) el:before(tei.el("p", {kept.text})) end,
  before_render = function(root) print(kept.parent, kept.text) end,
})lua",
          "<p>a<note n=\"1\">moved</note></p><closer><signed><persName><hi rend=\"strong\">"
          "X</hi></persName></signed></closer>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.prints(), std::vector<std::string>{"nil\tmoved"});
  EXPECT_EQ(out.body().substr(0, 24), "<p>a</p><p>moved</p><clo");
}

// ---- the tei module ------------------------------------------------------------------------

TEST_F(NodeTest, TeiElBuildsElements) {
  Outcome out = on_root(R"lua(
local p = div:first("p")
p:append(tei.el("hi", {rend = "italic", n = 3}, {"a", tei.el("lb"), "b"}))
p:append(tei.el("gloss", {"list ", "child"}))
p:append(tei.el("hi", {rend = "strong"}, "text"))
p:append(tei.el("ref", {target = "#d2"}))
p:append(tei.el("frus:attachment", {}, {"att"}))
print(tei.el("lb").tag, tei.el("frus:attachment").tag)
for _, bad in ipairs({"1p", "", "x:y", "xml:lang", "a b"}) do
  local ok, err = pcall(tei.el, bad)
  print(ok, (err:gsub("^.-: ", "")))
end
)lua",
                        "<p>a</p>");
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(out.body(),
            "<p>a<hi n=\"3\" rend=\"italic\">a<lb/>b</hi><gloss>list child</gloss>"
            "<hi rend=\"strong\">text</hi><ref target=\"#d2\"/><frus:attachment>att"
            "</frus:attachment></p>");
  EXPECT_EQ(out.prints(), (std::vector<std::string>{
                              "lb\tfrus:attachment",
                              "false\t'1p' is not a TEI element name",
                              "false\t'' is not a TEI element name",
                              "false\t'x:y' is not a TEI element name",
                              "false\t'xml:lang' is not a TEI element name",
                              "false\t'a b' is not a TEI element name",
                          }));
}

TEST_F(NodeTest, TeiTextStringifyListFoldAndUtcOffset) {
  Outcome out = on_root(R"lua(
local t = tei.text("a < b")
print(t.tag, t.text, t.parent)
print(tei.stringify({div:first("p"), " | ", {"x", {"y", 1}}, tei.text("z")}))
local l = tei.List({3, 1, 2})
print(l:map(function(v) return v * 2 end)[1], #tei.List(), l:includes(2), l:includes(9))
print(tei.fold("Kádár Ödön, Dvořák"))
print(tei.utc_offset("Europe/Moscow", "1956-12-26T22:00"))
print(tei.utc_offset("America/New_York", "1957-07-04T12:00:00"))
print(tei.utc_offset("Nowhere/City", "1957-07-04T12:00"))
print(pcall(tei.utc_offset, "Europe/Paris", "July 4"))
print(pcall(tei.stringify, {print}))
)lua",
                        "<p>a<hi rend=\"italic\">b</hi></p>");
  ASSERT_TRUE(out.applied) << out.report();
  std::vector<std::string> prints = out.prints();
  ASSERT_EQ(prints.size(), 9u) << out.report();
  EXPECT_EQ(prints[0], "#text\ta < b\tnil");
  EXPECT_EQ(prints[1], "ab | xy1z");
  EXPECT_EQ(prints[2], "6\t0\ttrue\tfalse");
  EXPECT_EQ(prints[3], "Kadar Odon, Dvorak");
  EXPECT_EQ(prints[4], "+03:00");
  EXPECT_EQ(prints[5], "-04:00");
  EXPECT_EQ(prints[6], "nil");
  EXPECT_EQ(prints[7].substr(0, 6), "false\t");
  EXPECT_NE(prints[7].find("YYYY-MM-DDTHH:MM"), std::string::npos);
  EXPECT_NE(prints[8].find("cannot stringify a function"), std::string::npos);
}

}  // namespace
}  // namespace style_test
