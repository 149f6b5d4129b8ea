// Bad input never crashes, hangs or loses text: each case gives a clear diagnostic, and any
// TEI produced still validates and still holds every word of the input.
#include <gtest/gtest.h>

#include "test_cables.hpp"

TEST(BadInput, EmptyFile) {
  auto r = test::read("");
  EXPECT_FALSE(r.cable);
  EXPECT_TRUE(test::has_code(r.diags, "empty-input"));
}

TEST(BadInput, BinaryData) {
  std::string data;
  for (int i = 0; i < 4096; ++i) data.push_back(static_cast<char>((i * 7919) % 256));
  auto r = test::read(data);
  EXPECT_FALSE(r.cable);
  EXPECT_TRUE(r.diags.has_errors());
}

TEST(BadInput, InvalidUtf8) {
  auto r = test::read("1. Head\nText with \xC3\x28 bad byte.");
  EXPECT_FALSE(r.cable);
  ASSERT_TRUE(r.diags.has_errors());
  EXPECT_EQ(r.diags.items()[0].line, 2u);
  EXPECT_EQ(r.diags.items()[0].column, 11u);
}

TEST(BadInput, OnlyFootnotes) {
  auto r = test::read("- A footnote with nothing above it.↩");
  EXPECT_FALSE(r.cable);
  EXPECT_TRUE(test::has_code(r.diags, "no-text"));
}

TEST(BadInput, TenMegabyteLineWithDigits) {
  std::string line;
  while (line.size() < 10 * 1024 * 1024) line += "Deptel 7642 rptd 1199,6 and 735.4 text. ";
  auto r = test::read("1. Head1\n" + line + "\n- Source.↩\n- Two.↩");
  ASSERT_TRUE(r.cable);
  ASSERT_EQ(r.cable->body.size(), 1u);
  EXPECT_GT(r.cable->body[0].paragraph.text.size(), 10u * 1024 * 1024 - 64);
  test::tei_of(*r.cable);
}

TEST(BadInput, ManyPageMarkersAndBrackets) {
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "[Page " + std::to_string(i) + "]x[Page ]y[2";
  auto r = test::read("1. Head\n" + line);
  ASSERT_TRUE(r.cable);
  test::tei_of(*r.cable);
}

TEST(BadInput, NoTextIsLostAroundMarkers) {
  // Every non-marker character of the input must be in the output.
  auto r = test::read("7. Telegram1\nAlpha 7642 beta.3 gamma\n- Source.↩\n- Two.↩\n- Three.↩");
  ASSERT_TRUE(r.cable);
  auto t = test::tei_of(*r.cable);
  for (auto word : {"Alpha 764", "beta.", "gamma", "Source.", "Two.", "Three."})
    EXPECT_NE(t.find(word), std::string::npos) << word;
}

TEST(BadInput, NonCharactersAreRejected) {
  auto r = test::read("1. Head\nText \xEF\xBF\xBE here.");
  EXPECT_FALSE(r.cable);
  EXPECT_TRUE(test::has_code(r.diags, "forbidden-character"));
}

TEST(BadInput, UnplacedNoteBeforeAHeadMarker) {
  // Found by the fuzzer: the second footnote takes the head's marker, the first has none.
  auto r = test::read(
      "7. Telegram From the Embassy to the Department of State2\nText.\n- One.↩\n- Two.↩");
  ASSERT_TRUE(r.cable);
  auto t = test::tei_of(*r.cable);
  EXPECT_NE(t.find("One."), std::string::npos);
  EXPECT_NE(t.find("Two."), std::string::npos);
}
