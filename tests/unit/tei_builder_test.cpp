// Tests of the TEI the builder writes: header, ids, the house whitespace rules around notes,
// summary and source notes, and that the schema really rejects what it should.
#include <gtest/gtest.h>

#include "tei/tei_builder.hpp"
#include "tei_schema.hpp"
#include "test_cables.hpp"

namespace {

std::string tei(const std::string& text) {
  auto r = test::read(text);
  EXPECT_TRUE(r.cable);
  return r.cable ? test::tei_of(*r.cable) : "";
}

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST(TeiBuilder, CompleteDocumentWithHeaderTitle) {
  auto t = tei("224. Editorial Note\nWhen the General Assembly resumed, it had a draft.");
  EXPECT_TRUE(has(t, "<title>Editorial Note</title>"));
  EXPECT_TRUE(
      has(t, "<div type=\"document\" xml:id=\"d224\" n=\"224\" subtype=\"editorial-note\">"));
  EXPECT_TRUE(has(t, "<head>224. Editorial Note</head>"));
}

TEST(TeiBuilder, SourceNoteOnTheHead) {
  auto t = tei("219. Telegram1\nText.\n- Source: Department of State, Central Files.↩");
  EXPECT_TRUE(
      has(t, "<head>219. Telegram<note n=\"1\" xml:id=\"d219fn1\" type=\"source\">Source:"));
}

TEST(TeiBuilder, SummaryAndSourceInOneFirstNote) {
  auto t =
      tei("100. Telegram 3211 From the Embassy in Algeria to the Department of State1\nText.\n"
          "- Summary: Boumediene expressed concern. Source: Ford Library, Box 1. Secret.↩");
  EXPECT_TRUE(has(t,
                  "<p><seg type=\"summary\">Summary: Boumediene expressed concern.</seg></p>"
                  "<p><seg type=\"source\">Source: Ford Library, Box 1. Secret.</seg></p>"));
}

TEST(TeiBuilder, ConsecutiveNotesAreSeparatedByASpace) {
  auto t = tei("2. Memo1\nClaims.2[3] end.\n- Source.↩\n- Two.↩\n- Three.↩");
  EXPECT_TRUE(has(t, "Claims.<note n=\"2\" xml:id=\"d2fn2\">Two.</note> <note n=\"3\""));
}

TEST(TeiBuilder, DatelineStructure) {
  auto t = tei("219. Telegram1\nMoscow, December 26, 1956—10 p.m.\nText.\n- Source.↩");
  EXPECT_TRUE(has(t,
                  "<dateline><placeName>Moscow</placeName>, <date calendar=\"gregorian\">"
                  "December 26, 1956—10 p.m.</date></dateline>"));
  auto u = tei("220. Letter1\nWashington, January 3, 1957.\nText.\n- Source.↩");
  EXPECT_TRUE(has(u, "<date calendar=\"gregorian\">January 3, 1957</date>.</dateline>"));
}

TEST(TeiBuilder, DuplicateIdsAreMadeUnique) {
  auto t = tei("3. Memo\n[Page 5]Text.\n[Page 5]More.");
  EXPECT_TRUE(has(t, "xml:id=\"pg_5\""));
  EXPECT_TRUE(has(t, "xml:id=\"pg_5_1\""));
}

TEST(TeiSchema, RejectsWhatCableteiNeverWrites) {
  auto t = tei("219. Telegram1\nText.\n- Source.↩");
  std::string no_type = t;
  no_type.replace(no_type.find(" type=\"document\""), 16, "");
  EXPECT_NE(testing_support::schema_errors(no_type), "");
  std::string nested = t;
  nested.replace(nested.find("Source."), 7, "<note>inner</note>");
  EXPECT_NE(testing_support::schema_errors(nested), "");
  EXPECT_NE(testing_support::schema_errors("<TEI/>"), "");
}

TEST(TeiBuilder, NoteAtTheEndOfADatelineIsWrittenOnce) {
  // Found by the fuzzer: the date runs to the end of the line, and so does the note.
  auto t = tei("8. Telegram1\nSantiago, May 3, 1958—10 p.m.2\nText.\n- Source.↩\n- Two.↩");
  EXPECT_EQ(t.find("d8fn2_1"), std::string::npos) << t;
  EXPECT_TRUE(has(t, "10 p.m.<note n=\"2\" xml:id=\"d8fn2\">Two.</note></date>")) << t;
}
