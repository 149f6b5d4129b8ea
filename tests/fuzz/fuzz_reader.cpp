// libFuzzer target: reads arbitrary bytes as a cable and, when that succeeds, builds its TEI;
// checks every footnote is anchored once and in range, and the TEI is well-formed with one note
// each.
#include <libxml/parser.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cable/cable_reader.hpp"
#include "tei/tei_builder.hpp"

namespace {

using cabletei::Anchor;
using cabletei::Run;

void check(bool ok, const char* invariant) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_reader: invariant broken: %s\n", invariant);
  std::abort();
}

void check_run(const Run& run, std::vector<int>& anchored) {
  std::size_t previous = 0;
  for (const Anchor& a : run.anchors) {
    check(a.offset <= run.text.size(), "anchor offset within its run");
    check(a.offset >= previous, "anchors sorted by offset");
    previous = a.offset;
    if (a.kind != Anchor::Kind::note) continue;
    check(a.note < anchored.size(), "note anchor refers to a footnote");
    ++anchored[a.note];
  }
}

// <note ...> elements in the serialised TEI (footnotes plus the inline source note).
std::size_t count_notes(const std::string& tei) {
  std::size_t n = 0;
  for (std::size_t at = tei.find("<note"); at != std::string::npos;
       at = tei.find("<note", at + 1)) {
    char next = at + 5 < tei.size() ? tei[at + 5] : '\0';
    n += next == ' ' || next == '>' || next == '/';
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cabletei::Diagnostics diags;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::optional<cabletei::Cable> cable = cabletei::read_cable(input, {}, diags);
  if (!cable) {
    check(diags.has_errors(), "a rejected cable comes with an error");
    return 0;
  }
  check(!cable->number.empty(), "the document has a number");
  std::vector<int> anchored(cable->footnotes.size(), 0);
  if (cable->source_line) check_run(*cable->source_line, anchored);
  check_run(cable->head, anchored);
  if (cable->classification) check_run(*cable->classification, anchored);
  if (cable->dateline) check_run(*cable->dateline, anchored);
  for (const cabletei::Block& block : cable->body) {
    if (block.kind == cabletei::Block::Kind::paragraph) check_run(block.paragraph, anchored);
    if (block.list.head) check_run(*block.list.head, anchored);
    for (const cabletei::ListItem& item : block.list.items) {
      if (item.label) check_run(*item.label, anchored);
      for (const Run& p : item.paragraphs) check_run(p, anchored);
    }
  }
  if (cable->closer) {
    check_run(cable->closer->name, anchored);
    for (const Run& t : cable->closer->titles) check_run(t, anchored);
  }
  for (int count : anchored) check(count == 1, "each footnote anchored exactly once");
  std::string tei = cabletei::build_tei(*cable);
  xmlDoc* doc = xmlReadMemory(tei.data(), static_cast<int>(tei.size()), nullptr, "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  check(doc != nullptr, "the TEI is well-formed XML");
  xmlFreeDoc(doc);
  check(count_notes(tei) == cable->footnotes.size() + (cable->source_line ? 1 : 0),
        "one <note> in the TEI per footnote (plus the source note)");
  return 0;
}
