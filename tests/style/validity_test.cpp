// After a typical house-style run (persons and terms wrapped from the volume's lists, cross-
// references, dates and the signature marked, attributes set), the TEI still validates
// against plugin/schema/cabletei.rng.
#include "style_fixture.hpp"
#include "tei_schema.hpp"

namespace style_test {
namespace {

const char* const kListCable =
    "12. Telegram From the Legation in Ruritania to the Department of State1\n"
    "Strelsau, June 2, 1957\u2014noon.\n"
    "1533. Deptel 802.2 Foreign Minister Kovacs received me this morning and read from prepared "
    "text.\n"
    "1.\n"
    "Government accepts proposal in principle.\n"
    "2.\n"
    "Details to be settled by Zenda commission as in Document 9.\n"
    "\u00d6d\u00f6n Kov\u00e1cs added[Page 57] that UN observers would be welcome.\n"
    "Harmon\n"
    "- Source: Department of State, Central Files, 611.00/6\u2013257. Secret; Niact.\u21a9\n"
    "- Telegram 802 to Strelsau, May 30, not printed. Deptel was repeated to the UN.\u21a9\n";

const char* const kTypicalStyle = R"lua(
local function first_value(m) return m.values[1] end

local entities = {
  name = "entities",
  text = {
    {words = function(cx) return cx.persons end, wrap = "persName",
     attr = function(m) return {corresp = "#" .. first_value(m).id} end},
    {words = function(cx) return cx.terms end, wrap = "gloss",
     attr = function(m) return {target = "#" .. first_value(m).id} end},
    {pattern = "Document (%d+)",
     replace = function(m) return tei.el("ref", {target = "#d" .. m.captures[1]}, {m.text}) end},
    {literal = "Zenda", wrap = "placeName"},
  },
}

local dates = {
  name = "dates",
  date = function(el, cx)
    local zone = cx.params.zone or "Europe/Budapest"
    local offset = tei.utc_offset(zone, "1957-06-02T12:00")
    el.attr.when = "1957-06-02T12:00:00" .. offset
    local div = el:closest("div")
    div.attr["frus:doc-dateTime-min"] = el.attr.when
    div.attr["frus:doc-dateTime-max"] = el.attr.when
  end,
}

local signature = {
  name = "signature",
  persName = {{"closer persName", function(el, cx)
    local found = cx.persons[el.text == "Harmon" and "p_HA1" or ""]
    if found then el.attr.corresp = "#" .. found.id end
  end}},
}

local emphasis = {
  name = "emphasis",
  traverse = "bottomup",
  item = function(el)
    if el.text:find("^Government") then el.children[1]:wrap("hi", {rend = "italic"}) end
  end,
}

return {entities, {dates, {signature}}, emphasis}
)lua";

class ValidityTest : public StyleTest {
 protected:
  void SetUp() override {
    options.persons =
        dir.write("persons.tsv",
                  "p_KO1\tKov\u00e1cs, \u00d6d\u00f6n\tForeign Minister of Ruritania\n"
                  "p_HA1\tHarmon, Lucius T.\tMinister in Ruritania\n");
    options.terms = dir.write("terms.tsv",
                              "t_Deptel1\tDeptel\tDepartment of State telegram\n"
                              "t_UN1\tUN\tUnited Nations\n"
                              "t_Niact1\tNiact\tnight action, communications indicator\n");
    options.params = {{"zone", "Europe/Budapest"}};
  }
};

TEST_F(ValidityTest, TheEncodedCablesValidateBeforeStyling) {
  for (const char* cable : {kCable, kListCable}) {
    cabletei::TeiDocument doc = encode_cable(cable);
    ASSERT_NE(doc, nullptr);
    EXPECT_EQ(testing_support::schema_errors(cabletei::serialize_tei(doc.get())), "");
  }
}

TEST_F(ValidityTest, ATypicalStyleKeepsTheTeiValid) {
  Outcome out = run_doc(kTypicalStyle, encode_cable(kListCable));
  ASSERT_TRUE(out.applied) << out.report();
  std::string xml = out.xml();
  EXPECT_EQ(testing_support::schema_errors(xml), "") << xml;
  EXPECT_EQ(out.element("item"),
            "<item><hi rend=\"italic\">Government accepts proposal in principle.</hi></item>");
  // The style did its work (so the validation is not vacuous).
  for (const char* expected : {
           "<persName corresp=\"#p_KO1\">Kovacs</persName>",
           "<persName corresp=\"#p_KO1\">\u00d6d\u00f6n Kov\u00e1cs</persName>",
           "<gloss target=\"#t_Deptel1\">Deptel</gloss> 802.",
           "<gloss target=\"#t_UN1\">UN</gloss> observers",
           "Secret; <gloss target=\"#t_Niact1\">Niact</gloss>.",
           "Deptel</gloss> was repeated to the <gloss target=\"#t_UN1\">UN</gloss>.</note>",
           "<ref target=\"#d9\">Document 9</ref>",
           "by <placeName>Zenda</placeName> commission",
           "<date calendar=\"gregorian\" when=\"1957-06-02T12:00:00+0",
           "frus:doc-dateTime-min=\"1957-06-02T12:00:00+0",
           "<persName corresp=\"#p_HA1\">",
           "added<pb n=\"57\" xml:id=\"pg_57\"/> that",
       }) {
    EXPECT_NE(xml.find(expected), std::string::npos) << expected << "\n" << xml;
  }
}

TEST_F(ValidityTest, TheSameStyleOverTheOtherCableStaysValid) {
  Outcome out = run_doc(kTypicalStyle, encode_cable(kCable));
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_EQ(testing_support::schema_errors(out.xml()), "") << out.xml();
  EXPECT_NE(out.xml().find("<persName corresp=\"#p_KO1\">Kovacs</persName>"), std::string::npos);
}

TEST_F(ValidityTest, TheValidatorCatchesAnInvalidStyle) {
  // A guard on the check itself: an element the schema does not allow is reported.
  Outcome out = run_doc("return { text = {{literal = 'Zenda', wrap = 'orgName'}} }",
                        encode_cable(kListCable));
  ASSERT_TRUE(out.applied) << out.report();
  EXPECT_NE(testing_support::schema_errors(out.xml()), "");
}

}  // namespace
}  // namespace style_test
