// Resolves footnote markers with a beam search over whole assignments: each footnote in
// turn takes a candidate after the previous one, scored by shape and by numbering sequence.
#include "cable/footnote_markers.hpp"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

#include "cable/marker_candidates.hpp"

namespace cabletei {
namespace {

constexpr std::size_t kBeamWidth = 64;
constexpr std::size_t kFollowers = 6;      // well-shaped candidates of a value tried per state
constexpr std::size_t kMaxFollowers = 48;  // all candidates of a value tried per state
constexpr double kGoodShape = 1.0;
constexpr std::size_t kAnyFollowers = 3;     // candidates of any value tried per state
constexpr double kStrongShape = 2.0;         // glued to a word or punctuation, or explicit
constexpr double kResetPenalty = 3.0;        // numbering restarts at 1 after a page break
constexpr double kJumpPenalty = 5.0;         // numbering jumps to an unexpected value
constexpr double kMissingPenalty = 9.0;      // no marker at all for a footnote
constexpr double kSourceZeroPenalty = 0.5;   // the first footnote is numbered 0
constexpr double kFirstNotOnePenalty = 2.0;  // the first footnote is not numbered 1
constexpr double kAmbiguityMargin = 1.0;
constexpr double kHeadEndBonus = 2.5;  // "… to the Department of State1"

constexpr std::size_t kHeadRun = 0;  // the head's index among the runs
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

struct State {
  double score = 0;
  std::size_t candidate = kNone;    // kNone: this footnote has no marker
  std::size_t last_placed = kNone;  // the last candidate used on this path (position)
  int value = 0;                    // this footnote's number on this path
  std::size_t parent = kNone;       // index in the previous layer
};

// What decides a state's future: its marker (or none), the last marker placed, its number.
struct StateKey {
  std::size_t candidate, last_placed;
  int value;
  bool operator==(const StateKey&) const = default;
};

struct StateKeyHash {
  std::size_t operator()(const StateKey& k) const {
    return k.candidate * 1000003u ^ k.last_placed * 8191u ^ static_cast<std::size_t>(k.value);
  }
};

using Seen = std::unordered_map<StateKey, std::size_t, StateKeyHash>;

bool contains_word(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    bool left = at == 0 || !(text[at - 1] >= '0' && text[at - 1] <= '9');
    std::size_t end = at + word.size();
    bool right = end == text.size() || !(text[end] >= '0' && text[end] <= '9');
    if (left && right) return true;
  }
  return false;
}

class Resolver {
 public:
  Resolver(const std::vector<Run*>& runs, std::vector<Footnote>& notes, Diagnostics& diags)
      : runs_(runs), notes_(notes), diags_(diags) {}

  void run() {
    std::size_t pages = 0;
    for (std::size_t r = 0; r < runs_.size(); ++r)
      find_marker_candidates(*runs_[r], r, pages, candidates_);
    for (std::size_t c = 0; c < candidates_.size(); ++c) {
      if (!candidates_[c].unlikely) by_value_[candidates_[c].value].push_back(c);
      if (candidates_[c].shape >= kStrongShape) strong_.push_back(c);
    }
    search();
    apply(best_path());
  }

 private:
  // Plausibility of candidate c as the marker of footnote `note`.
  double fit(std::size_t c, std::size_t note) const {
    const MarkerCandidate& m = candidates_[c];
    double s = m.shape;
    if (m.run == kHeadRun && m.offset + m.length == runs_[m.run]->text.size()) s += kHeadEndBonus;
    std::string_view text = notes_[note].text;
    if (!m.prefix.empty()) {
      if (contains_word(text, m.prefix)) s += 1.5;
      if (contains_word(text, m.number)) s -= 2.0;
    }
    return s;
  }

  // An editorial label in brackets ("[Attachment]", "[Tab A]") is often printed without a
  // callout, so missing its marker costs less.
  double missing_penalty(std::size_t note) const {
    std::string_view t = notes_[note].text;
    bool bracketed = t.size() >= 2 && t.front() == '[' && t.back() == ']' && t.size() < 40;
    return bracketed ? kMissingPenalty - 2.0 : kMissingPenalty;
  }

  // Keeps the best of the states that have the same future: same marker, same number.
  void push(std::vector<State>& layer, Seen& seen, const State& st) {
    StateKey key{st.candidate, st.last_placed, st.value};
    auto it = seen.find(key);
    if (it != seen.end()) {
      if (layer[it->second].score < st.score) layer[it->second] = st;
      return;
    }
    seen.emplace(key, layer.size());
    layer.push_back(st);
  }

  // Two readings of one digit run cannot both be markers.
  bool overlaps(std::size_t previous, std::size_t c) const {
    if (previous == kNone) return false;
    const MarkerCandidate& a = candidates_[previous];
    const MarkerCandidate& b = candidates_[c];
    return a.run == b.run && b.offset < a.offset + a.length;
  }

  // The first `limit` candidates in `list` placed after position `after`.
  template <typename F>
  void each_after(const std::vector<std::size_t>& list, std::size_t after, std::size_t limit,
                  F&& f) const {
    auto it = after == kNone ? list.begin() : std::upper_bound(list.begin(), list.end(), after);
    for (std::size_t k = 0; it != list.end() && k < limit; ++it, ++k) f(*it);
  }

  // Candidates of one value after `after`, up to the kFollowers-th well-shaped one: weak
  // readings ("limits. 18" as 1 + note 8) must not crowd out a good one further on.
  template <typename F>
  void each_of_value_after(int value, std::size_t after, F&& f) const {
    auto found = by_value_.find(value);
    if (found == by_value_.end()) return;
    const std::vector<std::size_t>& list = found->second;
    auto it = after == kNone ? list.begin() : std::upper_bound(list.begin(), list.end(), after);
    for (std::size_t good = 0, all = 0;
         it != list.end() && good < kFollowers && all < kMaxFollowers; ++it, ++all) {
      good += candidates_[*it].shape >= kGoodShape;
      f(*it);
    }
  }

  void expand(const State& from, std::size_t parent, std::size_t note, std::vector<State>& layer,
              Seen& seen) {
    auto make = [&](std::size_t c, double penalty) {
      if (overlaps(from.last_placed, c)) return;
      State st;
      st.candidate = c;
      st.last_placed = c;
      st.value = candidates_[c].value;
      st.parent = parent;
      st.score = from.score + fit(c, note) - penalty;
      push(layer, seen, st);
    };
    std::size_t after = from.last_placed;
    std::size_t pages_then = after == kNone ? 0 : candidates_[after].pages_before;
    bool first = parent == kNone;
    int expected = first ? 1 : from.value + 1;
    each_of_value_after(expected, after, [&](std::size_t c) { make(c, 0); });
    if (first)  // Kennedy-era volumes number the source note 0
      each_of_value_after(0, after, [&](std::size_t c) { make(c, kSourceZeroPenalty); });
    if (!first) {
      each_of_value_after(1, after, [&](std::size_t c) {
        if (candidates_[c].pages_before > pages_then) make(c, kResetPenalty);
      });
    }
    auto jump = [&](std::size_t c) {
      if (candidates_[c].value != expected)
        make(c, first && candidates_[c].value != 0
                    ? kFirstNotOnePenalty + 0.01 * candidates_[c].value
                : first ? kSourceZeroPenalty
                        : kJumpPenalty);
    };
    std::size_t start = after == kNone ? 0 : after + 1;
    for (std::size_t c = start; c < candidates_.size() && c < start + kAnyFollowers; ++c) jump(c);
    each_after(strong_, after, first ? 40 : kAnyFollowers, jump);
    // No marker: the footnote either took a number the text lost, or never had one
    // (an editorial note printed without a callout). Both readings stay open.
    for (int consumed = 0; consumed <= 1; ++consumed) {
      State missing;
      missing.candidate = kNone;
      missing.last_placed = after;
      missing.value = consumed ? expected : expected - 1;
      missing.parent = parent;
      missing.score = from.score - missing_penalty(note);
      push(layer, seen, missing);
    }
  }

  void search() {
    layers_.assign(notes_.size(), {});
    for (std::size_t note = 0; note < notes_.size(); ++note) {
      std::vector<State>& layer = layers_[note];
      Seen seen;
      if (note == 0) {
        expand(State{}, kNone, note, layer, seen);
      } else {
        const std::vector<State>& previous = layers_[note - 1];
        for (std::size_t p = 0; p < previous.size(); ++p) expand(previous[p], p, note, layer, seen);
      }
      auto better = [](const State& a, const State& b) {
        return a.score > b.score || (a.score == b.score && a.candidate < b.candidate);
      };
      if (layer.size() > kBeamWidth) {
        std::nth_element(layer.begin(), layer.begin() + kBeamWidth, layer.end(), better);
        layer.resize(kBeamWidth);
      }
      std::sort(layer.begin(), layer.end(), better);
    }
  }

  std::vector<std::size_t> best_path() const {
    std::vector<std::size_t> path(notes_.size(), kNone);
    if (notes_.empty()) return path;
    std::size_t at = 0;  // layers are sorted: the best final state is first
    for (std::size_t note = notes_.size(); note-- > 0;) {
      path[note] = at;
      at = layers_[note][at].parent;
    }
    return path;
  }

  void report_ambiguity(std::size_t note, const State& chosen) const {
    const MarkerCandidate& m = candidates_[chosen.candidate];
    const Run& run = *runs_[m.run];
    for (const State& other : layers_[note]) {
      if (other.candidate == kNone || other.candidate == chosen.candidate) continue;
      if (other.value != chosen.value || other.score < chosen.score - kAmbiguityMargin) continue;
      const MarkerCandidate& o = candidates_[other.candidate];
      diags_.note("ambiguous-marker", run.line, run.column_of(m.offset),
                  "footnote " + std::to_string(chosen.value) + " anchored here" +
                      (m.prefix.empty() ? "" : " after \"" + m.prefix + "\"") +
                      "; another reading puts it at line " + std::to_string(runs_[o.run]->line) +
                      ":" + std::to_string(runs_[o.run]->column_of(o.offset)));
      return;
    }
    if (!m.prefix.empty())
      diags_.note(
          "ambiguous-marker", run.line, run.column_of(m.offset),
          "read \"" + m.number + "\" as " + m.prefix + " with footnote " + std::to_string(m.value));
  }

  // The numbering jumped: the text's markers skip a number or come out of order.
  void report_sequence(std::size_t note, const State& st, const State* previous) const {
    if (!previous || st.value == previous->value + 1 || st.value == 1) return;
    const MarkerCandidate& m = candidates_[st.candidate];
    const Run& run = *runs_[m.run];
    diags_.warning("marker-out-of-sequence", run.line, run.column_of(m.offset),
                   "footnote " + std::to_string(note + 1) + " of the list anchored at marker " +
                       std::to_string(st.value) + ", after marker " +
                       std::to_string(previous->value) + ": check the numbering");
  }

  void apply(const std::vector<std::size_t>& path) {
    std::vector<std::pair<std::size_t, std::size_t>> placed;  // (candidate, note)
    std::vector<std::size_t> missing;
    for (std::size_t note = 0; note < notes_.size(); ++note) {
      const State& st = layers_[note][path[note]];
      bool numbered =
          st.candidate != kNone || note == 0 || layers_[note - 1][path[note - 1]].value != st.value;
      int shown = st.candidate != kNone ? st.value : std::max(st.value, 1);
      if (numbered) notes_[note].n = std::to_string(shown);
      if (st.candidate == kNone) {
        missing.push_back(note);
        continue;
      }
      notes_[note].placed = true;
      placed.emplace_back(st.candidate, note);
      report_ambiguity(note, st);
      report_sequence(note, st, note == 0 ? nullptr : &layers_[note - 1][path[note - 1]]);
    }
    // Cut from left to right; `shift` tracks what earlier cuts removed from each run.
    std::unordered_map<std::size_t, std::size_t> shift;
    std::vector<Place> places(notes_.size());
    for (const auto& [c, note] : placed) {
      const MarkerCandidate& m = candidates_[c];
      std::size_t offset = m.offset - shift[m.run];
      runs_[m.run]->cut(offset, m.length);
      shift[m.run] += m.length;
      runs_[m.run]->anchor({Anchor::Kind::note, offset, "", note, false});
      places[note] = {true, m.run, offset};
    }
    attach_unplaced(missing, places);
  }

  struct Place {
    bool known = false;
    std::size_t run = 0, offset = 0;
  };

  // A footnote whose marker was not found goes at the end of the block before the one that
  // holds the next anchored footnote (or the last block), but never before the previous one.
  // One pass forwards, one backwards: linear in the number of footnotes.
  void attach_unplaced(const std::vector<std::size_t>& missing, std::vector<Place>& places) {
    if (missing.empty()) return;
    std::vector<Place> next(notes_.size() + 1);
    for (std::size_t note = notes_.size(); note-- > 0;)
      next[note] = places[note].known ? places[note] : next[note + 1];
    Place previous;
    std::size_t m = 0;
    for (std::size_t note = 0; note < notes_.size() && m < missing.size(); ++note) {
      if (note == missing[m]) {
        places[note] = place_between(previous, next[note + 1]);
        Run& run = *runs_[places[note].run];
        run.anchor({Anchor::Kind::note, places[note].offset, "", note, false});
        warn_unplaced(note, run, places[note].offset);
        ++m;
      }
      if (places[note].known) previous = places[note];
    }
  }

  Place place_between(const Place& previous, const Place& next) const {
    std::size_t last = runs_.size() - 1;
    std::size_t target = !next.known ? last : next.run > 0 ? next.run - 1 : 0;
    if (previous.known) target = std::max(target, previous.run);
    Place at{true, target, runs_[target]->text.size()};
    if (next.known && target == next.run)
      at.offset = previous.known && previous.run == target ? previous.offset : next.offset;
    return at;
  }

  void warn_unplaced(std::size_t note, const Run& run, std::size_t offset) const {
    std::string label =
        notes_[note].n.empty() ? "\"" + notes_[note].text.substr(0, 30) + "\"" : notes_[note].n;
    diags_.warning("marker-not-found", notes_[note].line, notes_[note].column,
                   "no marker for footnote " + label + " found in the text; attached at line " +
                       std::to_string(run.line) + ":" + std::to_string(run.column_of(offset)));
  }

  const std::vector<Run*>& runs_;
  std::vector<Footnote>& notes_;
  Diagnostics& diags_;
  std::vector<MarkerCandidate> candidates_;
  std::unordered_map<int, std::vector<std::size_t>> by_value_;
  std::vector<std::size_t> strong_;  // candidates with a strong shape, in text order
  std::vector<std::vector<State>> layers_;
};

}  // namespace

void resolve_footnote_markers(const std::vector<Run*>& runs, std::vector<Footnote>& notes,
                              Diagnostics& diags) {
  if (notes.empty()) return;
  Resolver(runs, notes, diags).run();
}

}  // namespace cabletei
