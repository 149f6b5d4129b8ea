// Reads a raw cable: splits off the footnote list, recognises the lines around the text
// (source line, head, classification, dateline, signature), groups lists, resolves markers.
#include "cable/cable_reader.hpp"

#include <vector>

#include "cable/footnote_markers.hpp"
#include "cable/line_kinds.hpp"
#include "cable/text_lines.hpp"

namespace cabletei {
namespace {

constexpr std::string_view kPageOpen = "[Page ";
constexpr std::string_view kReturnArrow = "\xE2\x86\xA9";  // ↩

bool is_page_token_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '[' ||
         c == ']' || c == '-';
}

// Length of a "[Page N]" token at s[at], or 0.
std::size_t page_token_length(std::string_view s, std::size_t at, std::string& page) {
  if (s.compare(at, kPageOpen.size(), kPageOpen) != 0) return 0;
  std::size_t i = at + kPageOpen.size();
  std::size_t start = i;
  while (i < s.size() && i - start < 12 && s[i] != ']' && is_page_token_char(s[i])) ++i;
  if (i == start || i >= s.size() || s[i] != ']') return 0;
  page = std::string(s.substr(start, i - start));
  return i + 1 - at;
}

// A run from one line, with its "[Page N]" markers turned into page anchors.
Run run_from_line(const TextLine& line) {
  Run run;
  run.line = line.number;
  run.column = line.indent + 1;
  std::string_view s = line.text;
  run.text.reserve(s.size());
  std::size_t copied = 0;
  for (std::size_t at = s.find(kPageOpen); at != std::string_view::npos;
       at = s.find(kPageOpen, at + 1)) {
    std::string page;
    std::size_t length = page_token_length(s, at, page);
    if (length == 0) continue;
    run.text.append(s.substr(copied, at - copied));
    bool opening = run.text.empty();
    run.removed.emplace_back(run.text.size(), length);
    run.anchors.push_back({Anchor::Kind::page, run.text.size(), page, 0, opening});
    copied = at + length;
    at = copied - 1;
  }
  run.text.append(s.substr(copied));
  return run;
}

bool is_footnote_line(std::string_view text) {
  return text.size() >= 2 && text.substr(0, 2) == "- " && text.size() >= kReturnArrow.size() &&
         text.substr(text.size() - kReturnArrow.size()) == kReturnArrow;
}

Footnote footnote_from_line(const TextLine& line) {
  std::string_view s = line.text;
  s.remove_prefix(2);
  s.remove_suffix(kReturnArrow.size());
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  Footnote note;
  note.text = std::string(s);
  note.line = line.number;
  note.column = line.indent + 1;
  return note;
}

// Splits the trailing footnote list off `lines`; reports stray footnote lines.
std::vector<Footnote> take_footnotes(std::vector<TextLine>& lines, Diagnostics& diags) {
  std::size_t first = lines.size();
  while (first > 0 && is_footnote_line(lines[first - 1].text)) --first;
  std::vector<Footnote> notes;
  for (std::size_t i = first; i < lines.size(); ++i) notes.push_back(footnote_from_line(lines[i]));
  lines.resize(first);
  for (const TextLine& line : lines)
    if (is_footnote_line(line.text))
      diags.warning("stray-footnote", line.number, line.indent + 1,
                    "footnote line before the end of the text; kept as a paragraph");
  return notes;
}

class StructureReader {
 public:
  // Each line becomes a run once; the recognisers read runs_[i].text (page markers removed)
  // and take() moves a run into the cable.
  StructureReader(const std::vector<TextLine>& lines, Cable& cable) : cable_(cable) {
    runs_.reserve(lines.size());
    for (const TextLine& line : lines) runs_.push_back(run_from_line(line));
  }

  void read(const ReadOptions& options, Diagnostics& diags) {
    std::size_t end = runs_.size();
    if (end >= 2 && is_source_line(text(0))) cable_.source_line = take(next_++);
    cable_.head = take(next_++);
    cable_.number = head_number(cable_.head.text);
    if (cable_.number.empty()) cable_.number = options.fallback_number;
    if (cable_.number.empty()) {
      cable_.number.push_back('1');
      diags.note("no-document-number", cable_.head.line, cable_.head.column,
                 "the head has no document number; numbering the document 1");
    }
    if (next_ < end && is_classification_line(text(next_))) cable_.classification = take(next_++);
    if (next_ < end && parse_dateline(text(next_))) cable_.dateline = take(next_++);
    end = read_closer(end);
    read_body(end);
  }

 private:
  // The signature block at the end: a name line and up to two title lines.
  std::size_t read_closer(std::size_t end) {
    for (std::size_t titles = 0; titles <= 2 && titles + 1 + next_ < end; ++titles) {
      std::size_t name = end - 1 - titles;
      bool fits = is_signature_name(text(name));
      for (std::size_t t = name + 1; fits && t < end; ++t) fits = is_signature_title(text(t));
      if (!fits) continue;
      Closer closer;
      closer.name = take(name);
      for (std::size_t t = name + 1; t < end; ++t) closer.titles.push_back(take(t));
      cable_.closer = std::move(closer);
      return name;
    }
    return end;
  }

  void read_body(std::size_t end) {
    while (next_ < end) {
      if (auto type = list_heading_type(text(next_)); type && next_ + 1 < end) {
        read_headed_list(*type, end);
      } else if (is_label_line(text(next_)) && next_ + 1 < end) {
        read_labelled_list(end);
      } else {
        Block block;
        block.paragraph = take(next_);
        cable_.body.push_back(std::move(block));
        ++next_;
      }
    }
  }

  bool is_participant_line(std::size_t i) const {
    std::string_view line = text(i);
    return line.size() <= 150 && !line.empty() && line[0] != '[' && line.back() != '.' &&
           !list_heading_type(line) && !is_label_line(line);
  }

  void read_headed_list(const std::string& type, std::size_t end) {
    Block block;
    block.kind = Block::Kind::list;
    block.list.type = type;
    block.list.head = take(next_++);
    bool many = type == "participants";
    do {
      ListItem item;
      item.paragraphs.push_back(take(next_++));
      block.list.items.push_back(std::move(item));
    } while (many && next_ < end && is_participant_line(next_));
    cable_.body.push_back(std::move(block));
  }

  // "1." on its own line, then the item's line(s). An item runs to the next label only when
  // that label continues the numbering; otherwise it is one line and the list ends.
  void read_labelled_list(std::size_t end) {
    Block block;
    block.kind = Block::Kind::list;
    bool more = true;
    while (more) {
      ListItem item;
      item.label = take(next_++);
      std::size_t stop = next_ + 1;
      while (stop < end && !is_label_line(text(stop))) ++stop;
      more = stop + 1 < end && is_next_label(item.label->text, text(stop));
      if (!more) stop = next_ + 1;
      while (next_ < stop) item.paragraphs.push_back(take(next_++));
      block.list.items.push_back(std::move(item));
    }
    cable_.body.push_back(std::move(block));
  }

  const std::string& text(std::size_t i) const { return runs_[i].text; }
  Run take(std::size_t i) { return std::move(runs_[i]); }

  std::vector<Run> runs_;
  Cable& cable_;
  std::size_t next_ = 0;
};

// The runs that may carry footnote markers, in document order: all but the source line,
// which is a file reference full of numbers and never carries a callout.
std::vector<Run*> runs_in_order(Cable& cable) {
  std::vector<Run*> runs;
  runs.push_back(&cable.head);
  if (cable.classification) runs.push_back(&*cable.classification);
  if (cable.dateline) runs.push_back(&*cable.dateline);
  for (Block& block : cable.body) {
    if (block.kind == Block::Kind::paragraph) {
      runs.push_back(&block.paragraph);
      continue;
    }
    if (block.list.head) runs.push_back(&*block.list.head);
    for (ListItem& item : block.list.items) {
      if (item.label) runs.push_back(&*item.label);
      for (Run& p : item.paragraphs) runs.push_back(&p);
    }
  }
  if (cable.closer) {
    runs.push_back(&cable.closer->name);
    for (Run& t : cable.closer->titles) runs.push_back(&t);
  }
  return runs;
}

}  // namespace

std::optional<Cable> read_cable(std::string_view input, const ReadOptions& options,
                                Diagnostics& diags) {
  std::vector<TextLine> lines;
  if (!read_text_lines(input, diags, lines)) return std::nullopt;
  Cable cable;
  cable.footnotes = take_footnotes(lines, diags);
  if (lines.empty()) {
    diags.error("no-text", cable.footnotes.front().line, 1,
                "the cable has footnotes but no head line or text");
    return std::nullopt;
  }
  StructureReader(lines, cable).read(options, diags);
  resolve_footnote_markers(runs_in_order(cable), cable.footnotes, diags);
  return cable;
}

}  // namespace cabletei
