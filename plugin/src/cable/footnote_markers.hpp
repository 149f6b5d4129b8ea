// Resolves the footnote markers glued into cable text ("State1", "strike.3", "Deptel 7642")
// and anchors each footnote of the list at the most plausible place.
#pragma once

#include <vector>

#include "cable/cable.hpp"
#include "diag/diagnostics.hpp"

namespace cabletei {

// Chooses one marker per footnote, in order, maximising the plausibility of the whole
// assignment (marker shapes, the numbering sequence, page breaks, the footnotes' own text).
// Cuts the chosen markers out of the runs, anchors the notes there and sets Footnote::n.
// A footnote without a marker is attached at the end of the paragraph of the previous
// anchor, with a warning. Ambiguous choices are reported as notes. Runs are in document order.
// Linear in the number of footnotes and in the length of the text.
// runs[0] is the document head, whose line usually ends with a marker.
void resolve_footnote_markers(const std::vector<Run*>& runs, std::vector<Footnote>& notes,
                              Diagnostics& diags);

}  // namespace cabletei
