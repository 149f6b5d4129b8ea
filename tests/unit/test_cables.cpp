// Shared helpers for the unit tests: reading cables from literals and summarising where
// their footnotes were anchored, so expectations stay one line each.
#include "test_cables.hpp"

#include <gtest/gtest.h>

#include "tei/tei_builder.hpp"
#include "tei_schema.hpp"

namespace test {
namespace {

void collect_runs(const cabletei::Cable& c, std::vector<const cabletei::Run*>& runs) {
  runs.push_back(&c.head);
  if (c.classification) runs.push_back(&*c.classification);
  if (c.dateline) runs.push_back(&*c.dateline);
  for (const auto& b : c.body) {
    if (b.kind == cabletei::Block::Kind::paragraph) runs.push_back(&b.paragraph);
    if (b.list.head) runs.push_back(&*b.list.head);
    for (const auto& item : b.list.items) {
      if (item.label) runs.push_back(&*item.label);
      for (const auto& p : item.paragraphs) runs.push_back(&p);
    }
  }
  if (c.closer) {
    runs.push_back(&c.closer->name);
    for (const auto& t : c.closer->titles) runs.push_back(&t);
  }
}

}  // namespace

Read read(const std::string& text, const std::string& fallback_number) {
  Read r;
  cabletei::ReadOptions options;
  options.fallback_number = fallback_number;
  r.cable = cabletei::read_cable(text, options, r.diags);
  return r;
}

std::vector<std::string> note_places(const cabletei::Cable& cable) {
  std::vector<const cabletei::Run*> runs;
  collect_runs(cable, runs);
  std::vector<std::pair<std::size_t, std::string>> found;
  for (const auto* run : runs)
    for (const auto& a : run->anchors)
      if (a.kind == cabletei::Anchor::Kind::note) {
        std::size_t from = a.offset;
        for (int chars = 0; from > 0 && chars < 8; ++chars)  // back 8 characters
          do --from;
          while (from > 0 && (static_cast<unsigned char>(run->text[from]) & 0xC0) == 0x80);
        found.emplace_back(
            a.note, cable.footnotes[a.note].n + "@" + run->text.substr(from, a.offset - from));
      }
  std::vector<std::string> out;
  for (auto& [note, place] : found) out.push_back(place);
  return out;
}

bool has_code(const cabletei::Diagnostics& diags, const std::string& code) {
  for (const auto& d : diags.items())
    if (d.code == code) return true;
  return false;
}

std::string tei_of(const cabletei::Cable& cable) {
  std::string tei = cabletei::build_tei(cable);
  EXPECT_EQ(testing_support::schema_errors(tei), "") << tei;
  return tei;
}

}  // namespace test
