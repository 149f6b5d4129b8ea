// How a cable may refer to an entry of a volume's authority lists: the printed
// "Surname, Given Names, Jr." of a person, or a term, turned into the phrases to look for.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cabletei {

// `s` with every run of white space (space, tab, CR, LF, U+00A0) as one space, trimmed.
std::string normalize_whitespace(std::string_view s);

// The forms of a person's name as printed in a list of persons, the printed name (whitespace
// normalised) first, without duplicates. For "Surname, [Titles] Given Names[, Jr.|Sr.|II|III|IV]":
//   the surname alone ("Eisenhower"; particles that close the given names belong to it:
//   "Gaulle, Charles de" -> "de Gaulle", and "De Gaulle" for the start of a sentence);
//   "Given Names Surname" ("Dwight David Eisenhower"); "FirstGiven Surname" with the first
//   given name that is not an initial ("Dwight Eisenhower", "Douglas Dillon" from
//   "Dillon, C. Douglas"); middle names as initials ("Dwight D. Eisenhower"); with two given
//   names or more, all as initials ("N.S. Khrushchev"); with a suffix, each of these also
//   followed by ", Jr." and " Jr."; with titles ("Sir", "General", "Marshal", "Baron"...):
//   the forms above, and "Title Given Names Surname", "Title Surname" ("Admiral Radford", also
//   abbreviated: "Adm. Radford"), "Sir Anthony"/"Sir Anthony Eden" for Sir and Dame, "Lord
//   Ismay" for peers. Arabic names: "Abd al-Salam" is one given name; a closing "Abdel",
//   "Abu", "al"... binds to the surname ("Gamal Abdel Nasser", "Abdel Nasser", "Nasser";
//   "al-Huni", "Huni"). Parenthesised parts are dropped, but one right after the surname is
//   another spelling of it ("Fahmy (Fahmi), Ismail" -> also "Fahmi", "Ismail Fahmi"), and names
//   of several words in one after the given names are other spellings of the whole name
//   ("(Jaafar Nimeiry, Gaafar Nimeiry)" -> those two and "Nimeiry"); a one-word nickname
//   "(Ike)" is dropped. A name without a comma ("Mao Zedong", "Tito") gives itself only.
std::vector<std::string> person_forms(std::string_view printed);

// The forms of a term as printed in a list of abbreviations: the term itself ("UN", "a.i.");
// a term with a parenthesised variant, "Masjoemi (Masjumi)", also gives each spelling alone.
std::vector<std::string> term_forms(std::string_view printed);

}  // namespace cabletei
