// The structure of one cable as the reader sees it, before it becomes TEI:
// runs of text with page breaks and footnote anchors at byte offsets.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cabletei {

// A page break or a footnote anchored at a byte offset of a run's text.
struct Anchor {
  enum class Kind { page, note };
  Kind kind;
  std::size_t offset;
  std::string page;           // printed page number, for Kind::page
  std::size_t note = 0;       // index into Cable::footnotes, for Kind::note
  bool before_block = false;  // a page break that opens the line: it goes before the block
};

// One line of text (or a part of it) with its anchors; knows where it came from.
struct Run {
  std::string text;
  std::vector<Anchor> anchors;  // sorted by offset
  std::size_t line = 0;         // 1-based input line
  std::size_t column = 1;       // 1-based input column of text[0]
  // Removed spans (page markers, footnote markers) as (offset in text, length removed),
  // so an offset in `text` can be mapped back to an input column.
  std::vector<std::pair<std::size_t, std::size_t>> removed;

  std::size_t column_of(std::size_t offset) const;
  // Removes text[offset, offset+length) and records it; anchors after it move left.
  void cut(std::size_t offset, std::size_t length);
  void anchor(Anchor a);
};

struct Footnote {
  std::string text;
  std::size_t line = 0;
  std::size_t column = 1;
  std::string n;        // the printed mark, once resolved
  bool placed = false;  // false when no marker was found in the text
};

struct ListItem {
  std::optional<Run> label;     // "1.", "(a)"
  std::vector<Run> paragraphs;  // one: plain item text; several: one <p> each
};

struct List {
  std::string type;         // participants, subject, references, ... or empty
  std::optional<Run> head;  // SUBJECT, PARTICIPANTS, ...
  std::vector<ListItem> items;
};

struct Block {
  enum class Kind { paragraph, list };
  Kind kind = Kind::paragraph;
  Run paragraph;
  List list;
};

struct Closer {
  Run name;
  std::vector<Run> titles;  // lines under the name: office, rank
};

struct Cable {
  std::optional<Run> source_line;     // older volumes: "501.BC Indonesia/3–2149: Telegram"
  std::string number;                 // printed document number, from the head or the caller
  Run head;                           // the head line, number included
  std::optional<Run> classification;  // older volumes: "confidential priority"
  std::optional<Run> dateline;
  std::vector<Block> body;
  std::optional<Closer> closer;
  std::vector<Footnote> footnotes;
};

}  // namespace cabletei
