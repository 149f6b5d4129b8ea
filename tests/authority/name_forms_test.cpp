// Tests of person_forms and term_forms on invented names in every shape printed in lists of
// persons: initials, suffixes, titles, particles, Arabic names, parenthesised variants.
#include "authority/name_forms.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace cabletei {
namespace {

using Forms = std::vector<std::string>;

bool has(const Forms& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

// Every form listed in `present` is there, none of `absent`, no duplicates, the name first.
void expect_forms(const std::string& printed, const Forms& present, const Forms& absent = {}) {
  SCOPED_TRACE(printed);
  Forms forms = person_forms(printed);
  ASSERT_FALSE(forms.empty());
  EXPECT_EQ(forms.front(), normalize_whitespace(printed));
  for (const std::string& form : present) EXPECT_TRUE(has(forms, form)) << "missing " << form;
  for (const std::string& form : absent) EXPECT_FALSE(has(forms, form)) << "unwanted " << form;
  EXPECT_EQ(std::set<std::string>(forms.begin(), forms.end()).size(), forms.size());
}

TEST(NameForms, NormalizesWhiteSpace) {
  EXPECT_EQ(normalize_whitespace("  Pellworth,\n\t  Anna \u00A0 B. "), "Pellworth, Anna B.");
  EXPECT_EQ(normalize_whitespace(""), "");
  EXPECT_EQ(normalize_whitespace(" \n "), "");
}

TEST(NameForms, SurnameAndOneGivenName) {
  EXPECT_EQ(person_forms("Pellworth,\n   Anna"),
            (Forms{"Pellworth, Anna", "Pellworth", "Anna Pellworth"}));
}

TEST(NameForms, MiddleNamesAndInitials) {
  expect_forms("Haldane, Oren Tobias", {"Haldane", "Oren Tobias Haldane", "Oren Haldane",
                                        "Oren T. Haldane", "O.T. Haldane"});
  expect_forms("Haldane, Oren T.", {"Oren T. Haldane", "Oren Haldane", "O.T. Haldane"});
  expect_forms("Várkonyi, Zoltán Dénes", {"Zoltán D. Várkonyi", "Zoltán Várkonyi"});
  expect_forms("Quill, Maren K.J.", {"Maren K.J. Quill", "Maren Quill", "M.K.J. Quill"});
  expect_forms("Trask, Harlan S", {"Harlan S Trask", "Harlan Trask", "H.S. Trask"});
}

TEST(NameForms, LeadingInitialKeepsTheNameInUse) {
  expect_forms("Brackley, R. Dorsey", {"R. Dorsey Brackley", "Dorsey Brackley"}, {"R. Brackley"});
}

TEST(NameForms, OnlyInitials) {
  EXPECT_EQ(person_forms("Quill, T.R."), (Forms{"Quill, T.R.", "Quill", "T.R. Quill"}));
}

TEST(NameForms, Suffixes) {
  expect_forms("Brackley, R. Dorsey, Jr.",
               {"Brackley", "R. Dorsey Brackley", "Dorsey Brackley", "R. Dorsey Brackley, Jr.",
                "R. Dorsey Brackley Jr.", "Dorsey Brackley, Jr.", "Dorsey Brackley Jr."},
               {"Jr.", "Brackley, Jr."});
  expect_forms("Ashdown, Felix, II", {"Felix Ashdown", "Felix Ashdown, II", "Felix Ashdown II"});
  expect_forms("Ashdown, Felix Merton, III",
               {"Felix Merton Ashdown III", "Felix M. Ashdown, III", "Felix Ashdown III"});
  expect_forms("Ashdown, Felix Sr.", {"Felix Ashdown", "Felix Ashdown, Sr."}, {"Felix S. Ashdown"});
}

TEST(NameForms, MilitaryTitles) {
  expect_forms("Corlan, General Bram P.",
               {"Corlan", "Bram P. Corlan", "Bram Corlan", "General Bram P. Corlan",
                "General Corlan", "Gen. Corlan"},
               {"General Bram Corlan", "General P. Corlan"});
  expect_forms(
      "Drevik, Field Marshal Pavel Ivanovich",
      {"Field Marshal Drevik", "Pavel Ivanovich Drevik", "Pavel I. Drevik", "Pavel Drevik"},
      {"Field Drevik"});
  expect_forms("Ossory, Vice Admiral Hugh",
               {"Vice Admiral Ossory", "Vice Adm. Ossory", "Hugh Ossory"});
}

TEST(NameForms, HonorificsAndPeers) {
  expect_forms("Ventry, Sir Alwyn D.",
               {"Ventry", "Alwyn D. Ventry", "Alwyn Ventry", "Sir Alwyn D. Ventry", "Sir Alwyn",
                "Sir Alwyn Ventry"},
               {"Sir Ventry"});
  expect_forms("Tamsford, Baron Oswin Lyle",
               {"Oswin Lyle Tamsford", "Baron Tamsford", "Lord Tamsford"});
  expect_forms("Brell, Lord", {"Brell", "Lord Brell"});
  EXPECT_EQ(person_forms("Brell, Sir"), (Forms{"Brell, Sir", "Brell"}));
}

TEST(NameForms, Particles) {
  expect_forms("Vaucelles, Henri de", {"de Vaucelles", "De Vaucelles", "Henri de Vaucelles"},
               {"Vaucelles", "Henri Vaucelles"});
  expect_forms("de Vaucelles, Henri", {"de Vaucelles", "De Vaucelles", "Henri de Vaucelles"});
  expect_forms("Maar, Joost van der", {"van der Maar", "Van der Maar", "Joost van der Maar"});
}

TEST(NameForms, ArabicNames) {
  expect_forms("Zayani, Karim Abdel", {"Zayani", "Abdel Zayani", "Karim Abdel Zayani"},
               {"Karim Zayani", "K.A. Zayani"});
  expect_forms("Qarsi, Abd al-Hadi al",
               {"Qarsi", "al-Qarsi", "al Qarsi", "Abd al-Hadi al-Qarsi", "Abd al-Hadi al Qarsi"},
               {"Abd Qarsi", "A. Qarsi"});
  expect_forms("Mansur, Yusuf az-Zahir", {"Yusuf az-Zahir Mansur", "Yusuf Mansur"},
               {"Yusuf a. Mansur"});
}

TEST(NameForms, ParenthesisedParts) {
  expect_forms("Tarrow, Ellis (Bud)", {"Tarrow, Ellis", "Tarrow", "Ellis Tarrow"},
               {"Bud", "Ellis (Bud) Tarrow"});
  expect_forms("Qasimi (Kasimi), Omar",
               {"Qasimi, Omar", "Qasimi", "Omar Qasimi", "Kasimi", "Omar Kasimi"});
  expect_forms(
      "Rahmouni, Sa’id K. (Said Rahmouni, Saeed Rahmony)",
      {"Sa’id K. Rahmouni", "Sa’id Rahmouni", "Said Rahmouni", "Saeed Rahmony", "Rahmony"});
  expect_forms("Tarrow, Ellis (Bud", {"Tarrow"});  // unbalanced: taken as printed
}

TEST(NameForms, NamesWithoutComma) {
  EXPECT_EQ(person_forms("Bao Lintong"), (Forms{"Bao Lintong"}));
  EXPECT_EQ(person_forms("Vukan"), (Forms{"Vukan"}));
  EXPECT_EQ(person_forms(" Vukan \n"), (Forms{"Vukan"}));
}

TEST(NameForms, Terms) {
  EXPECT_EQ(term_forms("UN"), (Forms{"UN"}));
  EXPECT_EQ(term_forms("a.i."), (Forms{"a.i."}));
  EXPECT_EQ(term_forms("Q of\n R"), (Forms{"Q of R"}));
  EXPECT_EQ(term_forms("Pasarbu (Pasarboe)"), (Forms{"Pasarbu (Pasarboe)", "Pasarbu", "Pasarboe"}));
}

}  // namespace
}  // namespace cabletei
