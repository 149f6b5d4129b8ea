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
  // After the anchors already at this offset, except that a note goes before a page break
  // there: the marker was cut from before the "[Page N]" that now shares its offset.
  auto at = std::find_if(anchors.begin(), anchors.end(), [&](const Anchor& x) {
    return x.offset > a.offset ||
           (x.offset == a.offset && x.kind == Anchor::Kind::page && a.kind == Anchor::Kind::note);
  });
  anchors.insert(at, std::move(a));
}

}  // namespace cabletei
