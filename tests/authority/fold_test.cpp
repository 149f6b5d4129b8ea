// Tests of fold_diacritics: accents and strokes go, ASCII and other letters stay, and bytes
// that are not UTF-8 pass through unchanged.
#include "text/fold.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace cabletei {
namespace {

TEST(FoldDiacritics, AsciiIsUnchanged) {
  EXPECT_EQ(fold_diacritics(""), "");
  EXPECT_EQ(fold_diacritics("Dulles, John Foster"), "Dulles, John Foster");
  EXPECT_EQ(fold_diacritics("a.i. U.N. 1955"), "a.i. U.N. 1955");
}

TEST(FoldDiacritics, LatinAccentsAreRemoved) {
  EXPECT_EQ(fold_diacritics("Várkonyi, Dénes"), "Varkonyi, Denes");
  EXPECT_EQ(fold_diacritics("Šťastný Čermák"), "Stastny Cermak");
  EXPECT_EQ(fold_diacritics("Müller-Größer"), "Muller-Großer");  // ß stays
  EXPECT_EQ(fold_diacritics("Ærøskøbing"), "Æroskobing");        // Æ has no decomposition
  EXPECT_EQ(fold_diacritics("Ñuñez Çelik Ğül"), "Nunez Celik Gul");
}

TEST(FoldDiacritics, DecomposedInputIsFoldedToo) {
  EXPECT_EQ(fold_diacritics("Va\u0301rkonyi"), "Varkonyi");  // NFD á
  EXPECT_EQ(fold_diacritics("e\u0301\u0323"), "e");          // two marks
}

TEST(FoldDiacritics, LettersWithoutDecompositionAreMapped) {
  EXPECT_EQ(fold_diacritics("Łęczyk, Bożydar"), "Leczyk, Bozydar");
  EXPECT_EQ(fold_diacritics("łódka"), "lodka");
  EXPECT_EQ(fold_diacritics("Øvrebø"), "Ovrebo");
  EXPECT_EQ(fold_diacritics("Đurić đak"), "Duric dak");
  EXPECT_EQ(fold_diacritics("Kılınç"), "Kilinc");
}

TEST(FoldDiacritics, MixedScriptsKeepTheirLetters) {
  EXPECT_EQ(fold_diacritics("Móra – «Ёлкин» Ωμέγα"), "Mora – «Елкин» Ωμεγα");
  EXPECT_EQ(fold_diacritics("“Pálfi’s”"), "“Palfi’s”");
}

TEST(FoldDiacritics, InvalidBytesPassThrough) {
  EXPECT_EQ(fold_diacritics(std::string("K\xC3\xA1\xFFn\xC3")), std::string("Ka\xFFn\xC3"));
  EXPECT_EQ(fold_diacritics(std::string("\x80\xBF\xE2\x82")), std::string("\x80\xBF\xE2\x82"));
  EXPECT_EQ(fold_diacritics(std::string("\xED\xA0\x80\xC3\xA9")),  // surrogate, then é
            std::string("\xED\xA0\x80") + "e");
}

TEST(FoldDiacritics, IsThreadSafe) {
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&failures, t] {
      for (int i = 0; i < 2000; ++i)
        if (fold_diacritics("Čáp Łukáš Ødegård") != "Cap Lukas Odegard") ++failures[t];
    });
  for (std::thread& thread : threads) thread.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

}  // namespace
}  // namespace cabletei
