// Tests of the text layer: encodings, line ends, whitespace and Unicode normalisation,
// and the located errors for input that is not text.
#include <gtest/gtest.h>

#include "cable/text_lines.hpp"

using cabletei::Diagnostics;
using cabletei::TextLine;

namespace {

std::vector<TextLine> lines_of(const std::string& input, Diagnostics& diags, bool ok = true) {
  std::vector<TextLine> lines;
  EXPECT_EQ(cabletei::read_text_lines(input, diags, lines), ok);
  return lines;
}

}  // namespace

TEST(TextLines, StripsByteOrderMarkAndLineEnds) {
  Diagnostics d;
  auto lines = lines_of("\xEF\xBB\xBFHead\r\nText\rMore\n", d);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "Head");
  EXPECT_EQ(lines[1].text, "Text");
  EXPECT_EQ(lines[2].text, "More");
  EXPECT_EQ(lines[2].number, 3u);
}

TEST(TextLines, TrimsAndTurnsTabsIntoSpaces) {
  Diagnostics d;
  auto lines = lines_of("\t  Head\twith tab   \n\n   \nText", d);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "Head with tab");
  EXPECT_EQ(lines[0].indent, 3u);
  EXPECT_EQ(lines[1].number, 4u);  // blank lines are skipped but counted
}

TEST(TextLines, NormalisesDecomposedTextToNfc) {
  Diagnostics d;
  auto lines = lines_of(
      "Ka\xCC\x81"
      "da\xCC\x81"
      "r spoke",
      d);  // a + combining acute
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text,
            "K\xC3\xA1"
            "d\xC3\xA1r spoke");
}

TEST(TextLines, RejectsEmptyAndBlankInput) {
  for (std::string input : {"", "   \n\t\n\r\n"}) {
    Diagnostics d;
    lines_of(input, d, false);
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].code, "empty-input");
  }
}

TEST(TextLines, RejectsBinaryDataWithItsPosition) {
  Diagnostics d;
  lines_of(std::string("Head\nab\0cd", 10), d, false);
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.items()[0].code, "binary-data");
  EXPECT_EQ(d.items()[0].line, 2u);
  EXPECT_EQ(d.items()[0].column, 3u);
}

TEST(TextLines, RejectsInvalidUtf8WithItsPosition) {
  for (std::string bad : {"\xFF", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xC3"}) {
    Diagnostics d;
    lines_of("Head\nText \xC3\xA9 " + bad + " more", d, false);
    ASSERT_TRUE(d.has_errors()) << bad.size();
    EXPECT_EQ(d.items()[0].code, "invalid-utf8");
    EXPECT_EQ(d.items()[0].line, 2u);
    EXPECT_EQ(d.items()[0].column, 9u);
  }
}

TEST(TextLines, RejectsUtf16WithAnExplanation) {
  Diagnostics d;
  lines_of(std::string("\xFF\xFEH\0", 4), d, false);
  EXPECT_EQ(d.items()[0].code, "unsupported-encoding");
}

TEST(TextLines, ReadsATenMegabyteLine) {
  Diagnostics d;
  std::string line(10 * 1024 * 1024, 'x');
  auto lines = lines_of("Head\n" + line, d);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].text.size(), line.size());
}
