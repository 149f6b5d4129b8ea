// Shared helpers of the FRUS style tests (see frus_fixture.hpp).
#include "frus_fixture.hpp"

#include <gtest/gtest.h>

#include <variant>

#include "cable/cable_reader.hpp"
#include "diag/diagnostics.hpp"

namespace frus_test {

std::shared_ptr<const cabletei::StyleSet> load_style(cabletei::StyleOptions options) {
  options.folders = {kSource + "/lua"};
  auto loaded = cabletei::StyleSet::load(options);
  if (auto* errors = std::get_if<std::vector<cabletei::StyleLoadError>>(&loaded)) {
    std::string all;
    for (const auto& e : *errors) all += e.to_string() + "\n";
    ADD_FAILURE() << "style did not load:\n" << all;
    return nullptr;
  }
  return std::get<std::shared_ptr<const cabletei::StyleSet>>(loaded);
}

Outcome apply_style(const cabletei::StyleSet& style, cabletei::TeiDocument doc) {
  Outcome out;
  if (!doc) return out;
  cabletei::Diagnostics diags;
  out.applied = style.apply(doc.get(), diags);
  for (const auto& d : diags.items()) {
    if (d.code == "style-note") out.notes.push_back(d.message);
    if (d.code == "style-warning") out.warnings.push_back(d.message);
    if (d.severity == cabletei::Severity::error) ADD_FAILURE() << d.code << ": " << d.message;
  }
  out.xml = cabletei::serialize_tei(doc.get());
  return out;
}

cabletei::TeiDocument encode(const std::string& cable, const std::string& number) {
  cabletei::Diagnostics diags;
  cabletei::ReadOptions options;
  options.fallback_number = number;
  auto read = cabletei::read_cable(cable, options, diags);
  if (!read) {
    ADD_FAILURE() << "cable not read:\n" << cable;
    return nullptr;
  }
  return cabletei::build_tei_document(*read);
}

cabletei::TeiDocument parse(const std::string& xml) {
  cabletei::init_xml_library();
  cabletei::TeiDocument doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "in.xml", nullptr, XML_PARSE_NONET));
  if (!doc) ADD_FAILURE() << "not well-formed:\n" << xml;
  return doc;
}

}  // namespace frus_test
