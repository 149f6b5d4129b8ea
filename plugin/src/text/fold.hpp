// Diacritic folding for matching names written with or without accents: "Kádár" -> "Kadar",
// "Łódź" -> "Lodz". Used for comparison keys only; the text itself is never changed.
#pragma once

#include <string>
#include <string_view>

namespace cabletei {

// Returns `utf8` without its diacritics: canonical decomposition (NFD), every code point of
// general category Mn (non-spacing mark) dropped, then recomposition (NFC). Letters that
// carry their stroke in the letter itself are mapped too: Ł->L, ł->l, Ø->O, ø->o, Đ->D, đ->d,
// ı->i; ß and other letters stay. ASCII input is returned unchanged without calling ICU.
// Bytes that are not valid UTF-8 are passed through unchanged. Thread-safe; never throws
// except std::bad_alloc.
std::string fold_diacritics(std::string_view utf8);

}  // namespace cabletei
