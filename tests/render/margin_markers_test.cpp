// Page markers moved into the outer margin of FOP's intermediate format: hand-written layouts
// with known coordinates, odd and even pages, nested frames, stacking, and broken files.
#include "render/margin_markers.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "diag/diagnostics.hpp"

namespace fs = std::filesystem;
using namespace cabletei;

namespace {

// A page-sequence with one page holding `content` in the text block: the region-body viewport
// starts at x = 70000 and is 400000 wide. The measuring copy has struct-ref "m1" in the
// structure tree, inside an inline of its own.
std::string layout(const std::string& folio, const std::string& content) {
  return R"~(<?xml version="1.0" encoding="UTF-8"?>
<document xmlns="http://xmlgraphics.apache.org/fop/intermediate" xmlns:foi="http://xmlgraphics.apache.org/fop/internal" version="2.0">
<header/>
<page-sequence xml:space="preserve">
<structure-tree><fo:flow xmlns:fo="http://www.w3.org/1999/XSL/Format"><fo:block>)~"
         R"~(<fo:inline><marked-content foi:struct-id="m1"/></fo:inline>)~"
         R"~(<marked-content foi:struct-id="k1"/></fo:block></fo:flow></structure-tree>
<page index="0" name=")~" +
         folio + R"~(" width="595275" height="841889"><content>
<viewport transform="translate(5000,5000)" width="10000" height="10000"><text x="0" y="0">head</text></viewport>
<viewport transform="translate(70000,50000)" width="400000" height="700000">
<font family="serif" size="10000" color="#000000"/>
<text x="0" y="20000">Some text of the line</text>
)~" + content +
         R"~(
</viewport></content></page></page-sequence></document>
)~";
}

// A marker 30000 wide right-aligned at x = end (its measuring copy 30000 to its left), 7500
// (the gap, one em) in size.
std::string marker_pair(long end, long y, const std::string& label = "[Page 5]") {
  std::ostringstream out;
  out << R"~(<font size="7500" color="#fe0001"/><text x=")~" << end - 60000 << R"~(" y=")~" << y
      << R"~(" foi:struct-ref="m1">)~" << label << R"~(</text><font color="#555555"/><text x=")~"
      << end - 30000 << R"~(" y=")~" << y << R"~(" foi:struct-ref="k1">)~" << label
      << R"~(</text><font size="10000" color="#000000"/>)~";
  return out.str();
}

class MarginMarkers : public ::testing::Test {
 protected:
  std::string run(const std::string& text, bool expect_ok = true) {
    fs::path file =
        fs::temp_directory_path() /
        ("cabletei-margin-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".if");
    std::ofstream(file) << text;
    Diagnostics diags;
    ErrorCollector errors(diags, file.string());
    EXPECT_EQ(move_markers_to_margin(file, errors), expect_ok);
    errors_ = errors.has_errors();
    std::ifstream in(file);
    std::stringstream buffer;
    buffer << in.rdbuf();
    fs::remove(file);
    return buffer.str();
  }

  // The x and y of the texts reading `label`.
  static std::vector<std::pair<long, long>> positions(const std::string& out,
                                                      const std::string& label) {
    std::regex text(R"~(<text x="(-?\d+)" y="(-?\d+)"[^>]*>)~" +
                    std::regex_replace(label, std::regex(R"~([\[\]])~"), R"~(\$&)~") + "</text>");
    std::vector<std::pair<long, long>> found;
    for (std::sregex_iterator it(out.begin(), out.end(), text), end; it != end; ++it)
      found.emplace_back(std::stol((*it)[1]), std::stol((*it)[2]));
    return found;
  }

  bool errors_ = false;
};

TEST_F(MarginMarkers, OddPagePutsTheMarkerRightOfTheTextBlock) {
  std::string out = run(layout("3", marker_pair(200000, 20000)));
  auto found = positions(out, "[Page 5]");
  ASSERT_EQ(found.size(), 1u) << out;
  EXPECT_EQ(found[0], std::make_pair(400000L + 7500, 20000L));  // block right + one em
}

TEST_F(MarginMarkers, EvenPagePutsTheMarkerLeftOfTheTextBlock) {
  std::string out = run(layout("4", marker_pair(200000, 20000)));
  auto found = positions(out, "[Page 5]");
  ASSERT_EQ(found.size(), 1u) << out;
  EXPECT_EQ(found[0], std::make_pair(-7500L - 30000, 20000L));  // block left - em - width
}

TEST_F(MarginMarkers, RomanFoliosHaveTheirNumbersParity) {
  EXPECT_EQ(positions(run(layout("xiv", marker_pair(200000, 20000))), "[Page 5]").at(0).first,
            -37500);
  EXPECT_EQ(positions(run(layout("XIX", marker_pair(200000, 20000))), "[Page 5]").at(0).first,
            407500);
}

TEST_F(MarginMarkers, OtherFoliosFollowThePagePosition) {
  std::string out = run(layout("A-2", marker_pair(200000, 20000)));  // index 0: a right page
  EXPECT_EQ(positions(out, "[Page 5]").at(0).first, 407500);
}

TEST_F(MarginMarkers, NestedTranslationsAreTakenIntoAccount) {
  std::string out = run(layout(
      "3", R"~(<g transform="translate(10000,5000)">)~" + marker_pair(100000, 9000) + "</g>"));
  auto found = positions(out, "[Page 5]");
  ASSERT_EQ(found.size(), 1u) << out;
  EXPECT_EQ(found[0], std::make_pair(407500L - 10000, 9000L));
}

TEST_F(MarginMarkers, MarkersOnOneLineStackDownwards) {
  std::string out = run(
      layout("3", marker_pair(100000, 20000, "[Page 5]") + marker_pair(300000, 20000, "[Page 6]")));
  EXPECT_EQ(positions(out, "[Page 5]").at(0).second, 20000);
  EXPECT_EQ(positions(out, "[Page 6]").at(0).second, 20000 + 9000);  // 1.2 em lower
}

TEST_F(MarginMarkers, TheMeasuringCopyLeavesTheTextAndTheStructureTree) {
  std::string out = run(layout("3", marker_pair(200000, 20000)));
  EXPECT_EQ(out.find("foi:struct-ref=\"m1\""), std::string::npos) << out;
  EXPECT_EQ(out.find("struct-id=\"m1\""), std::string::npos) << out;
  EXPECT_EQ(out.find("<fo:inline"), std::string::npos) << out;  // its empty inline went too
  EXPECT_NE(out.find("struct-id=\"k1\""), std::string::npos) << out;
  EXPECT_NE(out.find("Some text of the line"), std::string::npos);
}

TEST_F(MarginMarkers, ARotatedMarkerStaysButLosesItsCopy) {
  std::string out =
      run(layout("3", R"~(<g transform="rotate(90)">)~" + marker_pair(200000, 20000) + "</g>"));
  auto found = positions(out, "[Page 5]");
  ASSERT_EQ(found.size(), 1u) << out;
  EXPECT_EQ(found[0], std::make_pair(170000L, 20000L));
}

TEST_F(MarginMarkers, ATranslationFollowedByARotationIsNotATranslation) {
  std::string out = run(layout("3", R"~(<g transform="translate(10000,5000) rotate(90)">)~" +
                                        marker_pair(200000, 20000) + "</g>"));
  EXPECT_EQ(positions(out, "[Page 5]").at(0), std::make_pair(170000L, 20000L));
}

TEST_F(MarginMarkers, ASingleValueTranslationMovesAlongX) {
  std::string out = run(
      layout("3", R"~(<g transform="translate(10000)">)~" + marker_pair(100000, 9000) + "</g>"));
  EXPECT_EQ(positions(out, "[Page 5]").at(0), std::make_pair(407500L - 10000, 9000L));
}

TEST_F(MarginMarkers, TextWithoutAMeasuringCopyIsUntouched) {
  std::string page = layout("3", R"~(<font color="#555555"/><text x="1" y="2">[Page 5]</text>)~");
  std::string out = run(page);
  EXPECT_EQ(positions(out, "[Page 5]").at(0), std::make_pair(1L, 2L));
}

TEST_F(MarginMarkers, ABrokenLayoutIsAnError) {
  run("<document><page", false);
  EXPECT_TRUE(errors_);
}

TEST_F(MarginMarkers, TheFoHoldsMarginMarkersOnlyWithTheMeasuringColour) {
  EXPECT_TRUE(has_margin_markers(R"~(<fo:inline color="#fe0001">[Page 5]</fo:inline>)~"));
  EXPECT_FALSE(has_margin_markers(R"~(<fo:inline color="#555555">[Page 5]</fo:inline>)~"));
}

}  // namespace
