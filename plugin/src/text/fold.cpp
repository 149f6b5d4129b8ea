// Diacritic folding: NFD, combining marks dropped, a few undecomposable letters mapped, NFC.
// Runs of valid UTF-8 go through ICU; invalid bytes are copied as they are.
#include "text/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace cabletei {
namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Letters whose stroke or bar is part of the letter, so NFD does not separate it.
UChar32 undecomposable_base(UChar32 c) {
  switch (c) {
    case 0x0141:
      return u'L';  // Ł
    case 0x0142:
      return u'l';  // ł
    case 0x00D8:
      return u'O';  // Ø
    case 0x00F8:
      return u'o';  // ø
    case 0x0110:
      return u'D';  // Đ
    case 0x0111:
      return u'd';  // đ
    case 0x0131:
      return u'i';  // ı (dotless i)
    default:
      return c;
  }
}

// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are not one.
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data() + i);
  int32_t n = static_cast<int32_t>(std::min<std::size_t>(4, s.size() - i));
  int32_t k = 0;
  UChar32 c = 0;
  U8_NEXT(p, k, n, c);
  return c < 0 ? 0 : static_cast<std::size_t>(k);
}

// Folds one run of valid UTF-8 and appends it to `out`; on an ICU failure appends it unchanged.
void fold_run(std::string_view run, std::string& out) {
  if (run.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    out.append(run);
    return;
  }
  icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
  icu::UnicodeString decomposed = nfd->normalize(source, status);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(undecomposable_base(c));
  }
  icu::UnicodeString composed = nfc->normalize(stripped, status);
  if (U_FAILURE(status)) {
    out.append(run);
    return;
  }
  composed.toUTF8String(out);
}

}  // namespace

std::string fold_diacritics(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  std::string out;
  out.reserve(utf8.size());
  std::size_t run_begin = 0, i = 0;
  constexpr std::size_t kMaxRun = 1u << 30;  // ICU strings are indexed by int32_t
  while (i < utf8.size()) {
    std::size_t len = valid_sequence_length(utf8, i);
    if (len != 0 && i - run_begin < kMaxRun) {
      i += len;
      continue;
    }
    fold_run(utf8.substr(run_begin, i - run_begin), out);
    if (len == 0) out += utf8[i++];  // an invalid byte passes through
    run_begin = i;
  }
  fold_run(utf8.substr(run_begin), out);
  return out;
}

}  // namespace cabletei
