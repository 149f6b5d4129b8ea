// Tests of the FRUS date style lua/frus/dates.lua run through the engine: dateline text to
// @when/@from/@to with the place's UTC offset (frus-encoding §3.1, §3.2), and the document's
// frus:doc-dateTime-min/max (§3.3), on invented datelines and cables.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "frus_fixture.hpp"
#include "tei_schema.hpp"

namespace {

namespace fs = std::filesystem;
using cabletei::StyleOptions;
using cabletei::TeiDocument;

using frus_test::kSource;
const std::string kDates = kSource + "/lua/frus/dates.lua";

// What the style did to a document: the first date's attributes and the div's min/max, read
// from the shared outcome.
struct Outcome : frus_test::Outcome {
  std::string when, from, to, calendar;
  bool has_when = false, has_from = false;
  std::string min, max;
  bool has_min = false, has_max = false;
};

Outcome apply(TeiDocument doc, const std::vector<std::string>& scripts = {kDates}) {
  Outcome out;
  StyleOptions options;
  options.scripts = scripts;
  auto style = frus_test::load_style(options);
  if (!style || !doc) return out;
  static_cast<frus_test::Outcome&>(out) = frus_test::apply_style(*style, std::move(doc));
  const std::string date = "(//t:date)[1]";
  out.has_when = out.exists(date + "/@when");
  out.has_from = out.exists(date + "/@from");
  out.when = out.eval(date + "/@when");
  out.from = out.eval(date + "/@from");
  out.to = out.eval(date + "/@to");
  out.calendar = out.eval(date + "/@calendar");
  const std::string div = "//t:div[@type='document'][1]";
  out.has_min = out.exists(div + "/@frus:doc-dateTime-min");
  out.has_max = out.exists(div + "/@frus:doc-dateTime-max");
  out.min = out.eval(div + "/@frus:doc-dateTime-min");
  out.max = out.eval(div + "/@frus:doc-dateTime-max");
  return out;
}

using frus_test::parse;

// A TEI document whose document div holds `body`.
TeiDocument tei(const std::string& body) {
  return parse(
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
      "xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"><teiHeader/><text><body>"
      "<div type=\"document\" xml:id=\"d1\" n=\"1\" subtype=\"historical-document\">" +
      body + "</div></body></text></TEI>");
}

const std::string kTelegramHead =
    "<head>1. Telegram From the Embassy in Ruritania to the Department of State</head>";

// A telegram whose dateline is "place, text" (no placeName when `place` is empty).
Outcome dated(const std::string& place, const std::string& text,
              const std::string& head = kTelegramHead) {
  std::string dateline = "<dateline>";
  if (!place.empty()) dateline += "<placeName>" + place + "</placeName>, ";
  dateline += "<date calendar=\"gregorian\">" + text + "</date></dateline>";
  return apply(tei(head + dateline + "<p>Text.</p>"));
}

// A dateline date with these attributes (an editor's), for the §3.3 computations.
Outcome with_attrs(const std::string& attrs, const std::string& text = "undated") {
  return apply(tei(kTelegramHead + "<dateline><date " + attrs + " calendar=\"gregorian\">" + text +
                   "</date></dateline><p>Text.</p>"));
}

// The encoder's TEI for `cable`; apply() on it must give TEI that still validates.
using frus_test::encode;

// ---- §3.1: text to @when -----------------------------------------------------------------

TEST(Text, WorkedExamplesOfSection31) {
  auto range = dated("Washington", "January 22–23, 1943");
  EXPECT_FALSE(range.has_when);
  EXPECT_EQ(range.from, "1943-01-22");
  EXPECT_EQ(range.to, "1943-01-23");

  EXPECT_EQ(dated("Beirut", "September 21, 1982, 1345Z").when, "1982-09-21T13:45:00+00:00");
  EXPECT_EQ(dated("Washington", "March 21, 1955, 1:04 p.m.").when, "1955-03-21T13:04:00-05:00");
  EXPECT_EQ(dated("Washington", "March 29, 1955").when, "1955-03-29");
  EXPECT_EQ(dated("Washington", "April 1915").when, "1915-04");

  auto undated = dated("Washington", "undated");
  EXPECT_FALSE(undated.has_when);
  EXPECT_FALSE(undated.has_from);
  EXPECT_TRUE(undated.notes.empty());
  EXPECT_FALSE(undated.has_min);

  auto times = dated("Washington", "March 21, 1955, 1–2 p.m.");
  EXPECT_EQ(times.from, "1955-03-21T13:00:00-05:00");
  EXPECT_EQ(times.to, "1955-03-21T14:00:00-05:00");

  // M D1–D2, Y, T1–T2: from D1 T1 to D2 T2 (May 1955: Washington on summer time).
  auto both = dated("Washington", "May 3–4, 1955, 10 a.m.–4 p.m.");
  EXPECT_EQ(both.from, "1955-05-03T10:00:00-04:00");
  EXPECT_EQ(both.to, "1955-05-04T16:00:00-04:00");
}

TEST(Text, WorkedExamplesOfSection32) {
  auto moscow = dated("Moscow", "December 26, 1956—10 p.m.");
  EXPECT_EQ(moscow.when, "1956-12-26T22:00:00+03:00");
  EXPECT_EQ(moscow.calendar, "gregorian");
  EXPECT_EQ(moscow.min, "1956-12-26T14:00:00-05:00");
  EXPECT_EQ(moscow.max, "1956-12-26T14:00:00-05:00");
  EXPECT_EQ(dated("Washington", "March 21, 1955—1:04 p.m.").when, "1955-03-21T13:04:00-05:00");
  EXPECT_EQ(dated("Washington", "July 4, 1956, 5 p.m.").when, "1956-07-04T17:00:00-04:00");
}

TEST(Text, EmDashOrCommaBeforeTheTime) {
  EXPECT_EQ(dated("Warsaw", "January 5, 1957—10 a.m.").when, "1957-01-05T10:00:00+01:00");
  EXPECT_EQ(dated("Warsaw", "January 5, 1957, 10 a.m.").when, "1957-01-05T10:00:00+01:00");
  EXPECT_EQ(dated("Warsaw", "January 5, 1957 10 a.m.").when, "1957-01-05T10:00:00+01:00");
  // Older volumes space the abbreviation; text may wrap inside the date.
  EXPECT_EQ(dated("Batavia", "March\n   25, 1949—4 p. m.").when, "1949-03-25T16:00:00+08:00");
  EXPECT_EQ(dated("The Hague", "March 22, 1949—9 P.M.").when, "1949-03-22T21:00:00+01:00");
}

TEST(Text, SummerAndWinterTimeInWashington) {
  EXPECT_EQ(dated("Washington", "January 4, 1957—5 p.m.").when, "1957-01-04T17:00:00-05:00");
  EXPECT_EQ(dated("Washington", "June 19, 1957—5 p.m.").when, "1957-06-19T17:00:00-04:00");
  // 1957 summer time began on April 28.
  EXPECT_EQ(dated("Washington", "April 24, 1957—6:11 p.m.").when, "1957-04-24T18:11:00-05:00");
  EXPECT_EQ(dated("Washington", "April 29, 1957—6:11 p.m.").when, "1957-04-29T18:11:00-04:00");
  auto summer = dated("Washington", "July 20, 1969, 10:56 p.m.");
  EXPECT_EQ(summer.when, "1969-07-20T22:56:00-04:00");
  EXPECT_EQ(summer.min, "1969-07-20T21:56:00-05:00");  // fixed -05:00, not DST-aware (§3.3)
}

TEST(Text, ZuluWinsOverThePlace) {
  auto algiers = dated("Algiers", "October 30, 1975, 1855Z");
  EXPECT_EQ(algiers.when, "1975-10-30T18:55:00+00:00");
  EXPECT_EQ(algiers.min, "1975-10-30T13:55:00-05:00");
  auto early = dated("Washington", "October 31, 1975, 0143Z");
  EXPECT_EQ(early.when, "1975-10-31T01:43:00+00:00");
  EXPECT_EQ(early.min, "1975-10-30T20:43:00-05:00");  // the day before at -05:00
  EXPECT_EQ(dated("", "November 2, 1975, 2355Z").when, "1975-11-02T23:55:00+00:00");
  EXPECT_EQ(dated("Atlantis", "November 2, 1975, 2355Z").when, "1975-11-02T23:55:00+00:00");
}

TEST(Text, NoonMidnightAndTwelve) {
  EXPECT_EQ(dated("Paris", "March 4, 1958—noon").when, "1958-03-04T12:00:00+01:00");
  EXPECT_EQ(dated("Paris", "March 4, 1958, 12 noon").when, "1958-03-04T12:00:00+01:00");
  EXPECT_EQ(dated("Paris", "March 4, 1958—midnight").when, "1958-03-04T00:00:00+01:00");
  EXPECT_EQ(dated("Paris", "March 4, 1958—12 a.m.").when, "1958-03-04T00:00:00+01:00");
  EXPECT_EQ(dated("Paris", "March 4, 1958—12:30 a.m.").when, "1958-03-04T00:30:00+01:00");
  EXPECT_EQ(dated("Paris", "March 4, 1958—12 p.m.").when, "1958-03-04T12:00:00+01:00");
  EXPECT_EQ(dated("Paris", "March 4, 1958—12:45 p.m.").when, "1958-03-04T12:45:00+01:00");
  EXPECT_EQ(dated("Paris", "March 4, 1958—1 a.m.").when, "1958-03-04T01:00:00+01:00");
}

TEST(Text, TimeRangesInheritTheHalfDay) {
  auto paris = dated("Paris", "December 17, 1975, 8:05–9:25 p.m.");
  EXPECT_FALSE(paris.has_when);
  EXPECT_EQ(paris.from, "1975-12-17T20:05:00+01:00");
  EXPECT_EQ(paris.to, "1975-12-17T21:25:00+01:00");
  EXPECT_EQ(paris.min, "1975-12-17T14:05:00-05:00");
  EXPECT_EQ(paris.max, "1975-12-17T15:25:00-05:00");

  auto morning = dated("Paris", "December 17, 1975, 8:05–9:25 a.m.");
  EXPECT_EQ(morning.from, "1975-12-17T08:05:00+01:00");
  EXPECT_EQ(morning.to, "1975-12-17T09:25:00+01:00");

  auto twelve = dated("Washington", "January 7, 1957, 12–1 p.m.");  // 12 keeps noon
  EXPECT_EQ(twelve.from, "1957-01-07T12:00:00-05:00");
  EXPECT_EQ(twelve.to, "1957-01-07T13:00:00-05:00");

  auto across = dated("Washington", "January 7, 1957, 11–12:30 p.m.");  // 11 a.m., not 11 p.m.
  EXPECT_EQ(across.from, "1957-01-07T11:00:00-05:00");
  EXPECT_EQ(across.to, "1957-01-07T12:30:00-05:00");

  auto own = dated("Washington", "January 7, 1957, 11:30 a.m.–12:15 p.m.");
  EXPECT_EQ(own.from, "1957-01-07T11:30:00-05:00");
  EXPECT_EQ(own.to, "1957-01-07T12:15:00-05:00");

  auto to_noon = dated("Washington", "January 7, 1957, 10 a.m.–noon");
  EXPECT_EQ(to_noon.from, "1957-01-07T10:00:00-05:00");
  EXPECT_EQ(to_noon.to, "1957-01-07T12:00:00-05:00");

  // A meeting past midnight ends the next day (here the next year).
  auto night = dated("Washington", "December 31, 1956, 11 p.m.–1 a.m.");
  EXPECT_EQ(night.from, "1956-12-31T23:00:00-05:00");
  EXPECT_EQ(night.to, "1957-01-01T01:00:00-05:00");
  EXPECT_EQ(night.max, "1957-01-01T01:00:00-05:00");
}

TEST(Text, MonthsYearsAndAbbreviations) {
  auto month = dated("Washington", "April 1915");
  EXPECT_EQ(month.when, "1915-04");
  EXPECT_EQ(month.min, "1915-04-01T00:00:00-05:00");
  EXPECT_EQ(month.max, "1915-04-30T23:59:59-05:00");
  EXPECT_EQ(dated("Washington", "February 1956").max, "1956-02-29T23:59:59-05:00");
  EXPECT_EQ(dated("Washington", "February 1957").max, "1957-02-28T23:59:59-05:00");
  EXPECT_EQ(dated("Washington", "Jan. 3, 1957").when, "1957-01-03");
  EXPECT_EQ(dated("Washington", "Sept. 5, 1957—4 p.m.").when, "1957-09-05T16:00:00-04:00");
  EXPECT_EQ(dated("Washington", "Sep 5, 1957").when, "1957-09-05");
  EXPECT_EQ(dated("Washington", "Monday, January 7, 1957").when, "1957-01-07");
  EXPECT_EQ(dated("London", "7 January 1957").when, "1957-01-07");
  auto months = dated("Washington", "January 31–February 2, 1957");
  EXPECT_EQ(months.from, "1957-01-31");
  EXPECT_EQ(months.to, "1957-02-02");
  auto years = dated("Washington", "December 31, 1956–January 2, 1957");
  EXPECT_EQ(years.from, "1956-12-31");
  EXPECT_EQ(years.to, "1957-01-02");
  auto day_first = dated("London", "26–27 December 1956");
  EXPECT_EQ(day_first.from, "1956-12-26");
  EXPECT_EQ(day_first.to, "1956-12-27");
  auto summer = dated("Washington", "June–July 1957");
  EXPECT_EQ(summer.from, "1957-06");
  EXPECT_EQ(summer.to, "1957-07");
  EXPECT_EQ(summer.max, "1957-07-31T23:59:59-05:00");
  auto span = dated("Washington", "1957–1958");
  EXPECT_EQ(span.from, "1957");
  EXPECT_EQ(span.to, "1958");
  EXPECT_EQ(span.min, "1957-01-01T00:00:00-05:00");
  EXPECT_EQ(span.max, "1958-12-31T23:59:59-05:00");
  EXPECT_EQ(dated("Washington", "1957").when, "1957");
}

TEST(Text, OtherTimeForms) {
  EXPECT_EQ(dated("London", "March 29, 1955, 10.30 a.m.").when, "1955-03-29T10:30:00+00:00");
  EXPECT_EQ(dated("Rome", "March 29, 1955, 13:45").when, "1955-03-29T13:45:00+01:00");
  EXPECT_EQ(dated("Rome", "March 29, 1955, 1:45pm").when, "1955-03-29T13:45:00+01:00");
  auto to = dated("Rome", "March 29, 1955, 10 to 11 a.m.");
  EXPECT_EQ(to.from, "1955-03-29T10:00:00+01:00");
  EXPECT_EQ(to.to, "1955-03-29T11:00:00+01:00");
}

TEST(Text, PartlyReadDatesAreNoted) {
  // One time for two days: the days are read, the time is reported.
  auto days = dated("Washington", "January 22–23, 1957, 10 a.m.");
  EXPECT_EQ(days.from, "1957-01-22");
  EXPECT_EQ(days.to, "1957-01-23");
  ASSERT_EQ(days.notes.size(), 1u);
  EXPECT_NE(days.notes[0].find("10 a.m."), std::string::npos);
  // A date-time group is not a time of day.
  auto group = dated("Washington", "October 30, 1975, 301855Z");
  EXPECT_EQ(group.when, "1975-10-30");
  EXPECT_EQ(group.notes.size(), 1u);
  // "(Received …)" inside the date is not reported.
  auto received = dated("Moscow", "December 26, 1956—10 p.m. (Received December 27—3 a.m.)");
  EXPECT_EQ(received.when, "1956-12-26T22:00:00+03:00");
  EXPECT_TRUE(received.notes.empty());
}

TEST(Text, BracketedAndTrailingText) {
  EXPECT_EQ(dated("Washington", "[December 26, 1956]").when, "1956-12-26");
  EXPECT_EQ(dated("Washington", "December 26, 1956.").when, "1956-12-26");
  // A footnote inside the date is not part of it.
  auto noted = dated("Moscow", "December 26, 1956<note n=\"2\">Sent 3 a.m.</note>—10 p.m.");
  EXPECT_EQ(noted.when, "1956-12-26T22:00:00+03:00");
}

TEST(Text, UnreadableDatesAreLeftWithOneNote) {
  auto spring = dated("Washington", "the spring of 1957");
  EXPECT_FALSE(spring.has_when);
  EXPECT_FALSE(spring.has_from);
  ASSERT_EQ(spring.notes.size(), 1u);
  EXPECT_NE(spring.notes[0].find("the spring of 1957"), std::string::npos);
  EXPECT_FALSE(spring.has_min);

  auto impossible = dated("Washington", "February 30, 1957");
  EXPECT_FALSE(impossible.has_when);
  EXPECT_EQ(impossible.notes.size(), 1u);

  auto backwards = dated("Washington", "January 23–22, 1943");
  EXPECT_FALSE(backwards.has_from);
  EXPECT_EQ(backwards.notes.size(), 1u);
}

// ---- §3.2: the place ------------------------------------------------------------------------

TEST(Place, QualifiedNamesAndDiacritics) {
  EXPECT_EQ(dated("Camp David, Maryland", "September 5, 1978, 9 a.m.").when,
            "1978-09-05T09:00:00-04:00");
  EXPECT_EQ(dated("New York, USUN", "January 7, 1957—7 p.m.").when, "1957-01-07T19:00:00-05:00");
  EXPECT_EQ(dated("Genève", "July 21, 1955, 3 p.m.").when, "1955-07-21T15:00:00+01:00");
  EXPECT_EQ(dated("Geneva", "July 21, 1955, 3 p.m.").when, "1955-07-21T15:00:00+01:00");
  // "Hué" is not in the table as such: it is found through its folded form "Hue" (South
  // Vietnam kept +08:00 from 1959 to 1975).
  EXPECT_EQ(dated("Hué", "February 1, 1968, 8 a.m.").when, "1968-02-01T08:00:00+08:00");
  EXPECT_EQ(dated("MOSCOW", "December 26, 1956—10 p.m.").when, "1956-12-26T22:00:00+03:00");
  EXPECT_EQ(dated("<hi rend=\"italic\">Moscow</hi>", "December 26, 1956—10 p.m.").when,
            "1956-12-26T22:00:00+03:00");
}

TEST(Place, UnknownPlaceLeavesTheTimeWithoutOffset) {
  auto unknown = dated("Atlantis", "December 26, 1956—10 p.m.");
  EXPECT_EQ(unknown.when, "1956-12-26T22:00:00");
  ASSERT_EQ(unknown.notes.size(), 1u);
  EXPECT_NE(unknown.notes[0].find("Atlantis"), std::string::npos);
  // §3.3: a dateTime without offset counts as -05:00 local time.
  EXPECT_EQ(unknown.min, "1956-12-26T22:00:00-05:00");
  // A date without time needs no offset and gets no note.
  auto day = dated("Atlantis", "December 26, 1956");
  EXPECT_EQ(day.when, "1956-12-26");
  EXPECT_TRUE(day.notes.empty());
}

TEST(Place, NoPlaceNameTakesThePlaceTheHeadGivesForTheSameDate) {
  const std::string head =
      "<head>5. Memorandum of a Telephone Conversation Between the Secretary of State in "
      "Washington and the Ambassador (Smith) in New York, June 19, 1957, 11:06 a.m.<note n=\"1\" "
      "type=\"source\">Source: Invented Papers, June 3, 1960.</note></head>";
  auto phone = dated("", "June 19, 1957, 11:06 a.m.", head);
  EXPECT_EQ(phone.when, "1957-06-19T11:06:00-04:00");
  EXPECT_EQ(phone.min, "1957-06-19T10:06:00-05:00");
  EXPECT_TRUE(phone.notes.empty());

  const std::string comma_head =
      "<head>6. Memorandum of Conversation, Department of State, Paris, March 4, 1958</head>";
  EXPECT_EQ(dated("", "March 4, 1958, 4 p.m.", comma_head).when, "1958-03-04T16:00:00+01:00");

  // The head names another day: no place is taken from it.
  auto other = dated("", "March 5, 1958, 4 p.m.", comma_head);
  EXPECT_EQ(other.when, "1958-03-05T16:00:00");
  EXPECT_EQ(other.notes.size(), 1u);

  auto bare = dated("", "December 26, 1956—10 p.m.");
  EXPECT_EQ(bare.when, "1956-12-26T22:00:00");
  ASSERT_EQ(bare.notes.size(), 1u);
  EXPECT_NE(bare.notes[0].find("names no place"), std::string::npos);
}

TEST(Place, EditorsAttributesAreKeptAndGetTheMissingOffset) {
  auto kept = with_attrs("when=\"1956-12-27\"", "December 26, 1956");
  EXPECT_EQ(kept.when, "1956-12-27");
  auto local =
      apply(tei(kTelegramHead + "<dateline><placeName>Moscow</placeName>, <date "
                                "when=\"1956-12-26T22:00:00\">December 26, 1956—10 p.m.</date>"
                                "</dateline><p>Text.</p>"));
  EXPECT_EQ(local.when, "1956-12-26T22:00:00+03:00");
}

// ---- §3.3: frus:doc-dateTime-min/max ------------------------------------------------------

TEST(DocDates, WorkedValuesOfSection33) {
  struct Row {
    const char* attrs;
    const char* min;
    const char* max;
  };
  const Row rows[] = {
      {"when=\"1956-12-26T22:00:00+03:00\"", "1956-12-26T14:00:00-05:00",
       "1956-12-26T14:00:00-05:00"},
      {"when=\"1955-03-21T13:04:00-05:00\"", "1955-03-21T13:04:00-05:00",
       "1955-03-21T13:04:00-05:00"},
      {"when=\"1956-07-04T17:00:00-04:00\"", "1956-07-04T16:00:00-05:00",
       "1956-07-04T16:00:00-05:00"},
      {"when=\"1982-09-21T13:45:00+00:00\"", "1982-09-21T08:45:00-05:00",
       "1982-09-21T08:45:00-05:00"},
      {"when=\"1955-03-29\"", "1955-03-29T00:00:00-05:00", "1955-03-29T23:59:59-05:00"},
      {"from=\"1943-01-22\" to=\"1943-01-23\"", "1943-01-22T00:00:00-05:00",
       "1943-01-23T23:59:59-05:00"},
      {"from=\"1946-07-04T17:45:00+01:00\" to=\"1946-07-04T18:50:00+01:00\"",
       "1946-07-04T11:45:00-05:00", "1946-07-04T12:50:00-05:00"},
      {"when=\"1915-04\" notBefore=\"1915-04-01T00:00:00+00:00\" "
       "notAfter=\"1915-04-30T23:59:59+00:00\" ana=\"#date_imprecise-inferred-from-date-rules\"",
       "1915-03-31T19:00:00-05:00", "1915-04-30T18:59:59-05:00"},
      {"notBefore=\"1917-09-25T00:00:00-05:00\" notAfter=\"1917-09-26T23:00:00-05:00\" "
       "ana=\"#date_undated-inferred-from-sibling-dates\"",
       "1917-09-25T00:00:00-05:00", "1917-09-26T23:00:00-05:00"},
      {"from=\"1908-05-01\" to=\"1908-05-25\" ana=\"#date_undated-inferred-from-document-content\" "
       "type=\"content-date\"",
       "1908-05-01T00:00:00-05:00", "1908-05-25T23:59:59-05:00"},
  };
  for (const Row& row : rows) {
    auto out = with_attrs(row.attrs);
    EXPECT_EQ(out.min, row.min) << row.attrs;
    EXPECT_EQ(out.max, row.max) << row.attrs;
    EXPECT_TRUE(out.notes.empty()) << row.attrs;
  }
  auto italic =
      with_attrs("notBefore=\"1917-09-25T00:00:00-05:00\" notAfter=\"1917-09-26T23:00:00-05:00\"",
                 "<hi rend=\"italic\">undated</hi>");
  EXPECT_EQ(italic.min, "1917-09-25T00:00:00-05:00");
  auto bare = with_attrs("", "undated");  // "undated" with no attributes: none on the div
  EXPECT_FALSE(bare.has_min);
  EXPECT_FALSE(bare.has_max);
}

TEST(DocDates, OtherValueForms) {
  auto year = with_attrs("when=\"1957\"");
  EXPECT_EQ(year.min, "1957-01-01T00:00:00-05:00");
  EXPECT_EQ(year.max, "1957-12-31T23:59:59-05:00");
  auto leap = with_attrs("when=\"1916-02\"");
  EXPECT_EQ(leap.max, "1916-02-29T23:59:59-05:00");
  auto century = with_attrs("when=\"1900-02\"");  // not a leap year
  EXPECT_EQ(century.max, "1900-02-28T23:59:59-05:00");
  auto minutes = with_attrs("when=\"1957-01-07T10:30\"");
  EXPECT_EQ(minutes.min, "1957-01-07T10:30:00-05:00");
  EXPECT_EQ(minutes.max, "1957-01-07T10:30:59-05:00");
  auto zulu = with_attrs("when=\"1957-01-07T03:00:00Z\"");
  EXPECT_EQ(zulu.min, "1957-01-06T22:00:00-05:00");
  auto new_year = with_attrs("when=\"1957-01-01T03:00:00+03:00\"");
  EXPECT_EQ(new_year.min, "1956-12-31T19:00:00-05:00");
  auto leap_day = with_attrs("when=\"1956-03-01T02:00:00+03:00\"");
  EXPECT_EQ(leap_day.min, "1956-02-29T18:00:00-05:00");
  auto half_hour = with_attrs("when=\"1956-01-10T10:00:00+05:30\"");
  EXPECT_EQ(half_hour.min, "1956-01-09T23:30:00-05:00");
  auto local = with_attrs("when=\"1957-01-07T10:30:00\"");  // no offset: -05:00 attached
  EXPECT_EQ(local.min, "1957-01-07T10:30:00-05:00");
  auto from_only = with_attrs("from=\"1957-01-07\" notAfter=\"1957-01-09\"");
  EXPECT_EQ(from_only.min, "1957-01-07T00:00:00-05:00");
  EXPECT_EQ(from_only.max, "1957-01-09T23:59:59-05:00");
}

TEST(DocDates, InvalidValuesRemoveBothWithAWarning) {
  auto bad = with_attrs("when=\"1957-02-30\"");
  EXPECT_FALSE(bad.has_min);
  EXPECT_FALSE(bad.has_max);
  ASSERT_EQ(bad.warnings.size(), 1u);
  EXPECT_NE(bad.warnings[0].find("1957-02-30"), std::string::npos);
  auto half = with_attrs("from=\"1957-02-03\" to=\"1957-02-31\"");
  EXPECT_FALSE(half.has_min);  // both or neither
  EXPECT_FALSE(half.has_max);
  EXPECT_EQ(half.warnings.size(), 1u);
}

TEST(DocDates, FirstDatelineDateCountsAndAttachmentsDoNot) {
  auto out = apply(
      tei(kTelegramHead +
          "<dateline><placeName>Washington</placeName>, <date>January 4, 1957</date></dateline>"
          "<p>Text <date>January 9, 1957</date>.</p>"
          "<closer><dateline><date>January 5, 1957</date></dateline></closer>"
          "<frus:attachment><dateline><placeName>Paris</placeName>, <date>January 2, 1957—4 "
          "p.m.</date></dateline><p>Attached.</p></frus:attachment>"));
  EXPECT_EQ(out.when, "1957-01-04");
  EXPECT_EQ(out.min, "1957-01-04T00:00:00-05:00");
  EXPECT_EQ(out.max, "1957-01-04T23:59:59-05:00");
  EXPECT_FALSE(out.exists("//t:p/t:date/@when"));  // not in a dateline
  EXPECT_EQ(out.eval("//t:closer//t:date/@when"), "1957-01-05");
  EXPECT_FALSE(out.exists("//frus:attachment//t:date/@when"));

  // An attachment's dateline does not give the document's dates either.
  auto attached_only =
      apply(tei(kTelegramHead +
                "<p>Text.</p><frus:attachment><dateline><date when=\"1957-01-02\">January "
                "2, 1957</date></dateline><p>Attached.</p></frus:attachment>"));
  EXPECT_FALSE(attached_only.has_min);
}

TEST(DocDates, DocumentWithoutDatelineHasNoneAndStaleOnesGo) {
  auto none = apply(tei("<head>2. Editorial Note</head><p>On January 9, 1957, nothing.</p>"));
  EXPECT_FALSE(none.has_min);
  EXPECT_FALSE(none.has_max);
  EXPECT_EQ(none.xml.find("doc-dateTime"), std::string::npos);

  auto stale = apply(
      parse("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
            "xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"><teiHeader/><text><body>"
            "<div type=\"document\" xml:id=\"d2\" n=\"2\" "
            "frus:doc-dateTime-min=\"1957-01-01T00:00:00-05:00\" "
            "frus:doc-dateTime-max=\"1957-01-01T23:59:59-05:00\"><head>2. Editorial Note</head>"
            "<p>Text.</p></div></body></text></TEI>"));
  EXPECT_FALSE(stale.has_min);
  EXPECT_FALSE(stale.has_max);
}

// ---- on the encoder's own TEI ---------------------------------------------------------------

TEST(Encoded, DatelineWithReceivedText) {
  auto out =
      apply(encode("14. Telegram From the Embassy in the Soviet Union to the Department of State1\n"
                   "Moscow, December 26, 1956—10 p.m. (Received December 27—4:12 a.m.)\n"
                   "1550. Invented text of the telegram.\n"
                   "Bohlen\n"
                   "- Source: Invented files, 761.00/12–2656.↩\n"));
  EXPECT_EQ(testing_support::schema_errors(out.xml), "");
  EXPECT_EQ(out.when, "1956-12-26T22:00:00+03:00");
  EXPECT_EQ(out.min, "1956-12-26T14:00:00-05:00");
  EXPECT_EQ(out.max, "1956-12-26T14:00:00-05:00");
  EXPECT_NE(out.xml.find("(Received December 27—4:12 a.m.)"), std::string::npos);
  EXPECT_TRUE(out.notes.empty());
}

TEST(Encoded, DatelineInsideOpener) {
  auto out =
      apply(encode("856D.00/5–1249: Telegram\n"
                   "The Consul General at Batavia (Hart) to the Secretary of State 1\n"
                   "secret priority\n"
                   "Batavia, May 12, 1949—4 p. m.\n"
                   "512. Invented text of the telegram.\n"
                   "Hart\n"
                   "- Invented footnote.↩\n"));
  EXPECT_EQ(testing_support::schema_errors(out.xml), "");
  ASSERT_TRUE(out.exists("//t:opener/t:dateline/t:date")) << out.xml;
  EXPECT_EQ(out.when, "1949-05-12T16:00:00+08:00");
  EXPECT_EQ(out.min, "1949-05-12T03:00:00-05:00");
}

TEST(Encoded, MemorandumWithTimeRange) {
  auto out =
      apply(encode("88. Memorandum of Conversation1\n"
                   "Lisbon, June 11, 1962, 11 a.m.–12:30 p.m.\n"
                   "SUBJECT\n"
                   "Invented Negotiations\n"
                   "The Minister said nothing new.\n"
                   "- Source: Invented files.↩\n"));
  EXPECT_EQ(testing_support::schema_errors(out.xml), "");
  EXPECT_EQ(out.from, "1962-06-11T11:00:00+01:00");  // Portuguese summer time
  EXPECT_EQ(out.to, "1962-06-11T12:30:00+01:00");
  EXPECT_EQ(out.min, "1962-06-11T05:00:00-05:00");
  EXPECT_EQ(out.max, "1962-06-11T06:30:00-05:00");
}

TEST(Encoded, DocumentWithoutDateline) {
  auto out = apply(encode(
      "224. Editorial Note\n"
      "When the Assembly resumed on January 9, 1957, it had an invented resolution before it.\n"));
  EXPECT_EQ(testing_support::schema_errors(out.xml), "");
  EXPECT_FALSE(out.exists("//t:dateline"));
  EXPECT_FALSE(out.has_min);
  EXPECT_FALSE(out.has_max);
}

// ---- switching the filters off by name ----------------------------------------------------

class Switches : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("frus_dates_" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string script(const std::string& name, const std::string& code) {
    std::string path = (dir_ / name).string();
    std::ofstream(path) << code;
    return path;
  }
  fs::path dir_;
};

const std::string kMoscow =
    "<dateline><placeName>Moscow</placeName>, <date>December 26, "
    "1956—10 p.m.</date></dateline><p>Text.</p>";

TEST_F(Switches, DocDatesOff) {
  auto off = script("off.lua", "return { name = 'frus.doc-dates', off = true }\n");
  auto out = apply(tei(kTelegramHead + kMoscow), {kDates, off});
  EXPECT_EQ(out.when, "1956-12-26T22:00:00+03:00");
  EXPECT_FALSE(out.has_min);
}

TEST_F(Switches, DatesOffLeavesTheTextAlone) {
  auto off = script("off.lua", "return { name = 'frus.dates', off = true }\n");
  auto out = apply(tei(kTelegramHead + kMoscow), {kDates, off});
  EXPECT_FALSE(out.has_when);
  EXPECT_FALSE(out.has_min);  // no date attributes: none on the div either
}

TEST_F(Switches, DatesReplacedByAnEditorsRule) {
  auto mine = script("mine.lua",
                     "return { name = 'frus.dates', date = function(el) "
                     "el.attr.when = '1956-12-27' end }\n");
  auto out = apply(tei(kTelegramHead + kMoscow), {kDates, mine});
  EXPECT_EQ(out.when, "1956-12-27");
  EXPECT_EQ(out.min, "1956-12-27T00:00:00-05:00");
}

TEST_F(Switches, TheModuleCanBeRequired) {
  auto style = script("style.lua", "return require 'frus.dates'\n");
  auto out = apply(tei(kTelegramHead + kMoscow), {style});
  EXPECT_EQ(out.when, "1956-12-26T22:00:00+03:00");
  EXPECT_EQ(out.min, "1956-12-26T14:00:00-05:00");
}

}  // namespace
