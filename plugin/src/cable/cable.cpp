// Offset bookkeeping for runs of cable text: cutting markers out and mapping
// offsets back to the columns of the input line for diagnostics.
#include "cable/cable.hpp"

#include <algorithm>

namespace cabletei {

std::size_t Run::column_of(std::size_t offset) const {
  std::size_t col = column + offset;
  for (const auto& [at, length] : removed)
    if (at <= offset) col += length;
  return col;
}

void Run::cut(std::size_t offset, std::size_t length) {
  text.erase(offset, length);
  for (Anchor& a : anchors)
    if (a.offset > offset) a.offset -= std::min(length, a.offset - offset);
  for (auto& span : removed)
    if (span.first > offset) span.first -= std::min(length, span.first - offset);
  removed.emplace_back(offset, length);
}

void Run::anchor(Anchor a) {
  auto at = std::upper_bound(anchors.begin(), anchors.end(), a.offset,
                             [](std::size_t off, const Anchor& x) { return off < x.offset; });
  anchors.insert(at, std::move(a));
}

}  // namespace cabletei
