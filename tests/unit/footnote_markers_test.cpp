// Tests of the footnote marker resolver over the hard cases: markers glued to words,
// punctuation and numbers, explicit forms, page-numbered notes, missing and disordered markers.
#include <gtest/gtest.h>

#include <chrono>

#include "test_cables.hpp"

using test::note_places;
using Places = std::vector<std::string>;

namespace {

Places places(const std::string& text) {
  auto r = test::read(text);
  EXPECT_TRUE(r.cable.has_value());
  if (!r.cable) return {};
  test::tei_of(*r.cable);
  return note_places(*r.cable);
}

}  // namespace

TEST(FootnoteMarkers, GluedToWordsAndPunctuation) {
  EXPECT_EQ(places("7. Telegram From the Embassy in Italy to the Department of State1\n"
                   "Talks ended the dock strike.2 Issue was “narrow”3 and plain (see above)4 now.\n"
                   "- Source: files.↩\n- Two.↩\n- Three.↩\n- Four.↩"),
            (Places{"1@of State", "2@ strike.", "3@“narrow”", "4@e above)"}));
}

TEST(FootnoteMarkers, MarkerGluedToANumber) {
  // "Deptel 7642" is telegram 764 with footnote 2; "1199,6" and "735.4" keep their numbers.
  EXPECT_EQ(places("9. Telegram From the Embassy in Norway to the Department of State1\n"
                   "Quiet talks proposed in Deptel 7642 may prove helpful.\n"
                   "As proposed Oslo’s 518 rptd Bonn as Deptel 735.3 No reply yet.\n"
                   "Risks set out in Embtel 1199,4 remain valid.\n"
                   "- Source: files.↩\n- Repeated to Paris.↩\n- Document 40.↩\n- Document 31.↩"),
            (Places{"1@of State", "2@ptel 764", "3@tel 735.", "4@el 1199,"}));
}

TEST(FootnoteMarkers, DayAfterAMonthAndAYear) {
  EXPECT_EQ(places("3. Memorandum From the Secretary to the President, Washington, May 19571\n"
                   "Final paras of the note (Deptel 205 Mar 42) give background.\n"
                   "- Source: files.↩\n- Not printed.↩"),
            (Places{"1@May 1957", "2@05 Mar 4"}));
}

TEST(FootnoteMarkers, ExplicitForms) {
  auto r = test::read(
      "4. Telegram From the Legation in Hungary to the Department of State[1]\n"
      "Regime intends^2 to continue [3] as before.\n"
      "- Source: files.↩\n- Two.↩\n- Three.↩");
  ASSERT_TRUE(r.cable);
  EXPECT_EQ(note_places(*r.cable), (Places{"1@of State", "2@ intends", "3@ontinue "}));
  EXPECT_EQ(r.cable->body[0].paragraph.text, "Regime intends to continue  as before.");
}

TEST(FootnoteMarkers, PageNumberedNotesStartAboveOne) {
  // Older volumes number notes by page: the first note of a document may be 2, after a space.
  EXPECT_EQ(places("The Consul General at Batavia (Hart) to the Secretary of State 2\n"
                   "Delegation prepared accept formula discussed Deptel 3783 provided return.\n"
                   "- Repeated to The Hague.↩\n- Not printed.↩"),
            (Places{"2@f State ", "3@ptel 378"}));
}

TEST(FootnoteMarkers, SourceNoteNumberedZero) {
  // Kennedy-era volumes print the source note without a number: it is encoded n="0".
  auto r = test::read(
      "5. Telegram From the Embassy in Laos to the Department of State0\n"
      "Ceasefire holds.1 Talks continue in Geneva.2\n"
      "- Source: Department of State, Central Files. Secret.↩\n- One.↩\n- Two.↩");
  ASSERT_TRUE(r.cable);
  EXPECT_EQ(note_places(*r.cable), (Places{"0@of State", "1@e holds.", "2@ Geneva."}));
  EXPECT_NE(test::tei_of(*r.cable).find("<note n=\"0\" xml:id=\"d5fn0\" type=\"source\">"),
            std::string::npos);
}

TEST(FootnoteMarkers, NumberingThatSkips) {
  auto r =
      test::read("5. Statement1\nPolicy is clear.3 Nothing more.\n- Source: files.↩\n- Three.↩");
  ASSERT_TRUE(r.cable);
  EXPECT_EQ(note_places(*r.cable), (Places{"1@tatement", "3@s clear."}));
  EXPECT_TRUE(test::has_code(r.diags, "marker-out-of-sequence"));
}

TEST(FootnoteMarkers, HoursAndRangesAreNotMarkers) {
  auto r = test::read(
      "6. Telegram From the Legation in Hungary to the Department of State1\n"
      "Prague, February 13, 1957—2 p.m.\n"
      "As noted in Weeka 6,2 regime tightening controls (file 12–2656).\n"
      "- Source: files.↩\n- Not printed.↩");
  ASSERT_TRUE(r.cable);
  EXPECT_EQ(note_places(*r.cable), (Places{"1@of State", "2@Weeka 6,"}));
}

TEST(FootnoteMarkers, MissingMarkerKeepsTheNoteWithAWarning) {
  auto r =
      test::read("8. Note1\nText without any callout.\n- Source: files.↩\n- Orphan note text.↩");
  ASSERT_TRUE(r.cable);
  EXPECT_TRUE(test::has_code(r.diags, "marker-not-found"));
  EXPECT_FALSE(r.diags.has_errors());
  auto tei = test::tei_of(*r.cable);
  EXPECT_NE(tei.find("Orphan note text."), std::string::npos);
  EXPECT_EQ(note_places(*r.cable).size(), 2u);
}

TEST(FootnoteMarkers, MarkersOutOfOrderLoseNoNote) {
  auto r =
      test::read("8. Note1\nFirst claim.3 Second claim.2 End.\n- Source.↩\n- Two.↩\n- Three.↩");
  ASSERT_TRUE(r.cable);
  auto tei = test::tei_of(*r.cable);
  for (auto text : {"Source.", "Two.", "Three."}) EXPECT_NE(tei.find(text), std::string::npos);
  EXPECT_EQ(note_places(*r.cable).size(), 3u);
  EXPECT_TRUE(test::has_code(r.diags, "marker-out-of-sequence"));
}

TEST(FootnoteMarkers, NoFootnoteSection) {
  auto r = test::read(
      "15. Circular Telegram From the Department of State to All Posts\n"
      "Reports due by January 31. Reports should not exceed 5 pages.");
  ASSERT_TRUE(r.cable);
  EXPECT_TRUE(r.cable->footnotes.empty());
  EXPECT_NE(test::tei_of(*r.cable).find("exceed 5 pages."), std::string::npos);
}

TEST(FootnoteMarkers, ReportsAmbiguousReadings) {
  auto r = test::read("2. Telegram1\nSee telegram 4312 on this.\n- Source.↩\n- Not printed.↩");
  ASSERT_TRUE(r.cable);
  EXPECT_TRUE(test::has_code(r.diags, "ambiguous-marker"));
}

TEST(FootnoteMarkers, TenThousandFootnotesInLinearTime) {
  std::string text = "1. Report1\n";
  std::string notes = "- Source.↩\n";
  for (int n = 2; n <= 10000; ++n) {
    text += "Paragraph " + std::to_string(n) + " ends with a claim." + std::to_string(n) + "\n";
    notes += "- Note " + std::to_string(n) + ".↩\n";
  }
  auto r = test::read(text + notes);
  ASSERT_TRUE(r.cable);
  auto got = note_places(*r.cable);
  ASSERT_EQ(got.size(), 10000u);
  EXPECT_EQ(got[9999], "10000@a claim.");
  for (const auto& f : r.cable->footnotes) ASSERT_TRUE(f.placed) << f.text;
}
