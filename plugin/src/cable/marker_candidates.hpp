// Every place in a run of text where a footnote marker could be, with how plausible
// its shape is. The choice among them belongs to footnote_markers.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cable/cable.hpp"

namespace cabletei {

struct MarkerCandidate {
  std::size_t run = 0;           // index of the run
  std::size_t offset = 0;        // where the cut starts (and the note goes)
  std::size_t length = 0;        // bytes to cut: the digits, plus brackets or a caret
  int value = 0;                 // the footnote number the marker shows
  double shape = 0;              // plausibility of the shape alone, higher is likelier
  bool unlikely = false;         // cuts a year, a range or a thousands group: a last resort
  std::string prefix;            // digits left before a marker cut off a number ("764" of "7642")
  std::string number;            // the whole digit run the marker sits in
  std::size_t pages_before = 0;  // page breaks in the text before this point
};

// Appends the candidates of `run` (index `index`) to `out`, in text order.
// `pages_before` is the number of page breaks before the run; it is advanced past the run.
void find_marker_candidates(const Run& run, std::size_t index, std::size_t& pages_before,
                            std::vector<MarkerCandidate>& out);

}  // namespace cabletei
