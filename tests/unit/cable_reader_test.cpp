// Tests of the cable's structure: head, dateline, lists, signature, page breaks, and the
// three eras' forms (inline source line and classification; web form without dateline).
#include <gtest/gtest.h>

#include "test_cables.hpp"

using cabletei::Anchor;
using cabletei::Block;

TEST(CableReader, FullTelegram) {
  auto r = test::read(
      "319. Telegram From the Embassy in Norway to the Department of State1\n"
      "Oslo, December 26, 1956—10 p.m.\n"
      "1550. Fisheries talks resumed.\n"
      "[Page 541]If the talks con[Page 542]tinue.\n"
      "Whitney\n"
      "- Source: Department of State, Central Files. Top Secret.↩");
  ASSERT_TRUE(r.cable);
  const auto& c = *r.cable;
  EXPECT_EQ(c.number, "319");
  ASSERT_TRUE(c.dateline);
  EXPECT_EQ(c.dateline->text, "Oslo, December 26, 1956—10 p.m.");
  ASSERT_EQ(c.body.size(), 2u);
  const auto& second = c.body[1].paragraph;
  EXPECT_EQ(second.text, "If the talks continue.");
  ASSERT_EQ(second.anchors.size(), 2u);
  EXPECT_TRUE(second.anchors[0].before_block);
  EXPECT_EQ(second.anchors[0].page, "541");
  EXPECT_FALSE(second.anchors[1].before_block);
  EXPECT_EQ(second.anchors[1].offset, std::string("If the talks con").size());
  ASSERT_TRUE(c.closer);
  EXPECT_EQ(c.closer->name.text, "Whitney");
  auto tei = test::tei_of(c);
  EXPECT_NE(tei.find("<pb n=\"541\" xml:id=\"pg_541\"/>\n        <p>If"), std::string::npos) << tei;
  EXPECT_NE(tei.find("con<pb n=\"542\" xml:id=\"pg_542\"/>tinue."), std::string::npos) << tei;
}

TEST(CableReader, WebFormHasNoDatelineOrCloser) {
  auto r = test::read(
      "12. Telegram From the Embassy in Chile to the Department of State1\n"
      "611. Embtel 610. Second of two messages on harvest.\n"
      "Please repeat to London.\n- Source.↩");
  ASSERT_TRUE(r.cable);
  EXPECT_FALSE(r.cable->dateline);
  EXPECT_FALSE(r.cable->closer);
  EXPECT_EQ(r.cable->body.size(), 2u);
}

TEST(CableReader, OlderVolumeForm) {
  auto r = test::read(
      "755.00/3–2149: Telegram\n"
      "The Ambassador in Belgium (Kirk) to the Secretary of State 1\n"
      "confidential priority\n"
      "Brussels, March 21, 1949—10:25 p. m.\n"
      "390. Council session adjourned early today.\n"
      "Kirk\n"
      "- Repeated to Batavia.↩",
      "235");
  ASSERT_TRUE(r.cable);
  const auto& c = *r.cable;
  ASSERT_TRUE(c.source_line);
  EXPECT_EQ(c.source_line->text, "755.00/3–2149: Telegram");
  EXPECT_EQ(c.number, "235");
  ASSERT_TRUE(c.classification);
  ASSERT_TRUE(c.dateline);
  auto tei = test::tei_of(c);
  EXPECT_NE(tei.find("<note rend=\"inline\" type=\"source\">755.00"), std::string::npos);
  EXPECT_NE(tei.find("<hi rend=\"smallcaps\">confidential priority</hi>"), std::string::npos);
  EXPECT_NE(tei.find("xml:id=\"d235fn1\""), std::string::npos);
  EXPECT_NE(tei.find("Secretary of State<note"), std::string::npos) << "no space before a note";
}

TEST(CableReader, HeadedLists) {
  auto r = test::read(
      "88. Memorandum of Conversation1\nLisbon, June 11, 1962, 11 a.m.\n"
      "SUBJECT\nAzores Base Negotiations\n"
      "PARTICIPANTS\nForeign Minister Nogueira\nAmbassador Elbrick\n"
      "The Minister opened by saying that the proposals were insufficient.\n- Source.↩");
  ASSERT_TRUE(r.cable);
  const auto& body = r.cable->body;
  ASSERT_EQ(body.size(), 3u);
  EXPECT_EQ(body[0].list.type, "subject");
  EXPECT_EQ(body[0].list.items.size(), 1u);
  EXPECT_EQ(body[1].list.type, "participants");
  EXPECT_EQ(body[1].list.items.size(), 2u);
  EXPECT_EQ(body[2].kind, Block::Kind::paragraph);
  test::tei_of(*r.cable);
}

TEST(CableReader, LabelledListsFollowTheirNumbering) {
  auto r = test::read(
      "5. Telegram1\nFollowing factors:\n1.\nFirst factor.\n2.\nSecond factor.\n"
      "Second factor, continued.\n3.\nThird factor.\nEmbassy believes otherwise.\n"
      "1.\nRestraining influence.\n- Source.↩");
  ASSERT_TRUE(r.cable);
  const auto& body = r.cable->body;
  ASSERT_EQ(body.size(), 4u);
  ASSERT_EQ(body[1].list.items.size(), 3u);
  EXPECT_EQ(body[1].list.items[1].paragraphs.size(), 2u);  // item 2 runs on to label 3
  EXPECT_EQ(body[1].list.items[2].paragraphs.size(), 1u);  // the last item takes one line
  EXPECT_EQ(body[2].paragraph.text, "Embassy believes otherwise.");
  EXPECT_EQ(body[3].list.items.size(), 1u);  // "1." after "3." starts a new list
  test::tei_of(*r.cable);
}

TEST(CableReader, SignatureWithTitles) {
  auto r = test::read(
      "241. Despatch From the Legation in Bulgaria to the Department of State1\n"
      "Sofia, March 18, 1957.\nThe government keeps to its earlier line.\n"
      "N. Spencer Barnes\nChargé d’Affaires, a.i.\n- Source.↩");
  ASSERT_TRUE(r.cable);
  ASSERT_TRUE(r.cable->closer);
  EXPECT_EQ(r.cable->closer->titles.size(), 1u);
  auto tei = test::tei_of(*r.cable);
  EXPECT_NE(tei.find("<lb/>"), std::string::npos);
}

TEST(CableReader, StrayFootnoteLineIsKeptAsText) {
  auto r = test::read("3. Note1\n- early line↩\nText.\n- Source.↩");
  ASSERT_TRUE(r.cable);
  EXPECT_TRUE(test::has_code(r.diags, "stray-footnote"));
  EXPECT_EQ(r.cable->footnotes.size(), 1u);
}

TEST(CableReader, UnnumberedHeadWithoutFallback) {
  auto r = test::read("The Secretary of State to the Embassy in India\nText.");
  ASSERT_TRUE(r.cable);
  EXPECT_EQ(r.cable->number, "1");
  EXPECT_TRUE(test::has_code(r.diags, "no-document-number"));
}
