// Turns the raw bytes of a cable into clean, NFC-normalised text lines.
// Validation is a single linear pass; normalisation uses ICU only where needed.
#include "cable/text_lines.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>

namespace cabletei {
namespace {

// Length of the UTF-8 sequence at s[i], or 0 when it is malformed.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || c > 0xF4 || i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char c1 = byte(i + 1);
  if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
  if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
  if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
  if (c == 0xF4 && c1 > 0x8F) return 0;  // beyond U+10FFFF
  return len;
}

bool is_binary_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

// Checks the whole input once; reports the first offending byte with its line and column.
bool validate_text(std::string_view s, Diagnostics& diags) {
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      ++line;
      line_start = ++i;
      continue;
    }
    if (is_binary_control(c)) {
      diags.error("binary-data", line, i - line_start + 1,
                  "control character 0x" + std::string(1, "0123456789ABCDEF"[c >> 4]) +
                      std::string(1, "0123456789ABCDEF"[c & 15]) +
                      ": this looks like binary data, not a cable");
      return false;
    }
    std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      diags.error("invalid-utf8", line, i - line_start + 1,
                  "invalid UTF-8 byte sequence (cables must be UTF-8 text)");
      return false;
    }
    if (len == 3 && c == 0xEF && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
      diags.error("forbidden-character", line, i - line_start + 1,
                  "character U+FFFE or U+FFFF: not allowed in XML, so not in a cable");
      return false;
    }
    i += len;
  }
  return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

std::string to_nfc(std::string text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return text;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  if (nfc->isNormalized(u, status) || U_FAILURE(status)) return text;
  status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfc->normalize(u, status);
  if (U_FAILURE(status)) return text;
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

void add_line(std::string_view raw, std::size_t number, std::vector<TextLine>& lines) {
  std::size_t begin = 0, end = raw.size();
  while (begin < end && is_space(raw[begin])) ++begin;
  while (end > begin && is_space(raw[end - 1])) --end;
  if (begin == end) return;
  std::string text(raw.substr(begin, end - begin));
  for (char& c : text)
    if (c == '\t' || c == '\f') c = ' ';
  if (!is_ascii(text)) text = to_nfc(std::move(text));
  lines.push_back({std::move(text), number, begin});
}

}  // namespace

bool read_text_lines(std::string_view input, Diagnostics& diags, std::vector<TextLine>& lines) {
  if (input.size() >= 2 &&
      ((input[0] == '\xFF' && input[1] == '\xFE') || (input[0] == '\xFE' && input[1] == '\xFF'))) {
    diags.error("unsupported-encoding", 1, 1, "UTF-16 input: convert the cable to UTF-8 first");
    return false;
  }
  if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
  if (!validate_text(input, diags)) return false;
  std::size_t number = 1, start = 0;
  for (std::size_t i = 0; i <= input.size(); ++i) {
    bool end = i == input.size();
    if (!end && input[i] != '\n' && input[i] != '\r') continue;
    add_line(input.substr(start, i - start), number, lines);
    if (!end && input[i] == '\r' && i + 1 < input.size() && input[i + 1] == '\n') ++i;
    ++number;
    start = i + 1;
  }
  if (lines.empty()) {
    diags.error("empty-input", 1, 1,
                "the cable is empty: expected a head line, text and footnotes");
    return false;
  }
  return true;
}

}  // namespace cabletei
