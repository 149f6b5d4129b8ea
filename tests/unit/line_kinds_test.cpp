// Tests of the line recognisers: source lines, classifications, datelines, list heads and
// labels, signatures and head numbers, with near misses for each.
#include <gtest/gtest.h>

#include "cable/line_kinds.hpp"

using namespace cabletei;

TEST(LineKinds, SourceLines) {
  EXPECT_TRUE(is_source_line("611.61/4–1550: Telegram"));
  EXPECT_TRUE(is_source_line("856D.00/5–1249"));
  EXPECT_TRUE(is_source_line("740.00119 Control (Korea)/3–2149: Telegram"));
  EXPECT_FALSE(is_source_line("390. Text of the statement follows."));
  EXPECT_FALSE(is_source_line("219. Telegram From the Embassy to the Department of State1"));
}

TEST(LineKinds, ClassificationLines) {
  EXPECT_TRUE(is_classification_line("confidential priority"));
  EXPECT_TRUE(is_classification_line("secret us urgent niact"));
  EXPECT_TRUE(is_classification_line("top secret"));
  EXPECT_FALSE(is_classification_line("Secret"));   // capitalised: a paragraph
  EXPECT_FALSE(is_classification_line("us only"));  // no level
  EXPECT_FALSE(is_classification_line("secret meeting held today"));
}

namespace {

std::pair<std::string, std::string> place_and_date(std::string_view line) {
  auto parts = parse_dateline(line);
  if (!parts) return {"<none>", "<none>"};
  return {std::string(line.substr(parts->place_begin, parts->place_end - parts->place_begin)),
          std::string(line.substr(parts->date_begin, parts->date_end - parts->date_begin))};
}

}  // namespace

TEST(LineKinds, Datelines) {
  using P = std::pair<std::string, std::string>;
  EXPECT_EQ(place_and_date("Moscow, December 26, 1956—10 p.m."),
            P("Moscow", "December 26, 1956—10 p.m."));
  EXPECT_EQ(place_and_date("Washington, January 3, 1957."), P("Washington", "January 3, 1957"));
  EXPECT_EQ(place_and_date("New York, March 21, 1949—10:25 p. m."),
            P("New York", "March 21, 1949—10:25 p. m."));
  EXPECT_EQ(place_and_date("Algiers, October 30, 1975, 1855Z."),
            P("Algiers", "October 30, 1975, 1855Z"));
  EXPECT_EQ(place_and_date("[Washington,] March 24, 1949."), P("[Washington,]", "March 24, 1949"));
  EXPECT_EQ(place_and_date("Budapest February 6, 1957."), P("Budapest", "February 6, 1957"));
  EXPECT_EQ(place_and_date("June 19, 1957, 11:06 a.m."), P("", "June 19, 1957, 11:06 a.m."));
  EXPECT_EQ(place_and_date("undated"), P("", "undated"));
  EXPECT_EQ(place_and_date("Washington, December 26–27, 1956."),
            P("Washington", "December 26–27, 1956"));
  EXPECT_EQ(place_and_date("Camp David, Maryland, September 12, 1959."),
            P("Camp David, Maryland", "September 12, 1959"));
  EXPECT_EQ(place_and_date("Moscow, October 5, 1961, 8 p.m. (Received 3:12 p.m.)"),
            P("Moscow", "October 5, 1961, 8 p.m."));
  EXPECT_EQ(place_and_date("Paris, December 17, 1975, 8:05–9:25 a.m."),
            P("Paris", "December 17, 1975, 8:05–9:25 a.m."));
  EXPECT_EQ(
      place_and_date("On January 11, 1957 the Mission addressed a note to the Secretary-General."),
      P("<none>", "<none>"));
  EXPECT_EQ(place_and_date("1550. Informal discussions"), P("<none>", "<none>"));
}

TEST(LineKinds, ListHeadings) {
  EXPECT_EQ(list_heading_type("SUBJECT"), "subject");
  EXPECT_EQ(list_heading_type("PARTICIPANTS"), "participants");
  EXPECT_EQ(list_heading_type("OTHERS PRESENT"), "participants");
  EXPECT_EQ(list_heading_type("REF:"), "references");
  EXPECT_FALSE(list_heading_type("Subject"));
  EXPECT_FALSE(list_heading_type("OUTLOOK FOR THE COASTAL FISHERIES"));
}

TEST(LineKinds, Labels) {
  for (auto l : {"1.", "12.", "(a)", "b.", "IV.", "(3)", "A."}) EXPECT_TRUE(is_label_line(l)) << l;
  for (auto l : {"1. Text", "a", "1957.", "Mr."}) EXPECT_FALSE(is_label_line(l)) << l;
  EXPECT_TRUE(is_next_label("1.", "2."));
  EXPECT_TRUE(is_next_label("(a)", "(b)"));
  EXPECT_TRUE(is_next_label("IV.", "V."));
  EXPECT_FALSE(is_next_label("6.", "1."));
  EXPECT_FALSE(is_next_label("1.", "(2)"));
  EXPECT_FALSE(is_next_label("a.", "2."));
}

TEST(LineKinds, Signatures) {
  for (auto s :
       {"Whitney", "John F. Allison5", "W.E. Colby", "N. Spencer Barnes", "Jacob D. Beam7"})
    EXPECT_TRUE(is_signature_name(s)) << s;
  for (auto s : {"Sincerely yours,", "End text.",
                 "Recommendation:", "EXECUTIVE BRANCH ARRANGEMENTS", "[Here follows discussion.]",
                 "Approve", "Disapprove", "Please repeat to London and Paris."})
    EXPECT_FALSE(is_signature_name(s)) << s;
  EXPECT_TRUE(is_signature_title("OCB Staff Representative"));
  EXPECT_TRUE(is_signature_title("Chargé d’Affaires, a.i."));
  EXPECT_FALSE(is_signature_title("1. Text"));
}

TEST(LineKinds, HeadNumbers) {
  EXPECT_EQ(head_number("219. Telegram From the Embassy"), "219");
  EXPECT_EQ(head_number("The Secretary of State to the Embassy"), "");
  EXPECT_EQ(head_number("1957.5 million"), "");
}
