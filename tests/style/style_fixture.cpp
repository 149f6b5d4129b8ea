// Shared helpers for the house-style engine tests (see style_fixture.hpp).
#include "style_fixture.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "cable/cable_reader.hpp"

namespace style_test {

namespace fs = std::filesystem;

const char* const kCable =
    "7. Telegram From the Embassy in Ruritania to the Department of State1\n"
    "Strelsau, May 3, 1957\u20144 p.m.\n"
    "1452. Foreign Minister Kovacs told me today that Deptel 771 reached him only this "
    "morning.2 He said government would reply within the week.\n"
    "Embassy believes reply will follow consul[Page 42]tation with Zenda officials and "
    "recommends Department withhold comment.\n"
    "Harmon\n"
    "- Source: Department of State, Central Files, 611.00/5\u2013357. Confidential.\u21a9\n"
    "- Telegram 771 to Strelsau, April 29.\u21a9\n";

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "cabletei-style-XXXXXX").string();
  if (!mkdtemp(pattern.data())) ADD_FAILURE() << "cannot create a temporary folder";
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string TempDir::write(const std::string& relative, const std::string& content) const {
  fs::path file = fs::path(path_) / relative;
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << content;
  if (!out) ADD_FAILURE() << "cannot write " << file;
  return file.string();
}

std::string tei_with_body(const std::string& body) {
  return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>"
         "Test</title></titleStmt><publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>"
         "Test</p></sourceDesc></fileDesc></teiHeader><text><body><div type=\"document\" "
         "xml:id=\"d1\" n=\"1\" subtype=\"historical-document\">" +
         body + "</div></body></text></TEI>";
}

cabletei::TeiDocument parse_tei(const std::string& xml) {
  cabletei::init_xml_library();
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "test.xml", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) ADD_FAILURE() << "not well-formed: " << xml;
  return cabletei::TeiDocument(doc);
}

cabletei::TeiDocument encode_cable(const std::string& text) {
  cabletei::Diagnostics diags;
  auto cable = cabletei::read_cable(text, cabletei::ReadOptions{}, diags);
  if (!cable) {
    ADD_FAILURE() << "the cable cannot be read";
    return nullptr;
  }
  return cabletei::build_tei_document(*cable);
}

std::string dump(const xmlNode* node) {
  if (!node) return "(null)";
  xmlBuffer* buf = xmlBufferCreate();
  xmlNodeDump(buf, node->doc, const_cast<xmlNode*>(node), 0, 0);
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buf)),
                  static_cast<std::size_t>(xmlBufferLength(buf)));
  xmlBufferFree(buf);
  return out;
}

xmlNode* first_element(xmlNode* from, const std::string& tag) {
  for (xmlNode* n = from; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (tag == reinterpret_cast<const char*>(n->name)) return n;
    if (xmlNode* found = first_element(n->children, tag)) return found;
  }
  return nullptr;
}

std::string Outcome::xml() const { return doc ? cabletei::serialize_tei(doc.get()) : ""; }

std::string Outcome::body() const {
  if (!doc) return "(no document)";
  xmlNode* div = first_element(xmlDocGetRootElement(doc.get()), "div");
  if (!div) return "(no div)";
  std::string out;
  for (xmlNode* c = div->children; c; c = c->next) out += dump(c);
  return out;
}

std::string Outcome::element(const std::string& tag) const {
  if (!doc) return "(no document)";
  return dump(first_element(xmlDocGetRootElement(doc.get()), tag));
}

std::vector<std::string> Outcome::prints() const {
  std::vector<std::string> out;
  for (const auto& d : diags.items())
    if (d.code == "style-print") out.push_back(d.message);
  return out;
}

const cabletei::Diagnostic* Outcome::find(const std::string& code) const {
  for (const auto& d : diags.items())
    if (d.code == code) return &d;
  return nullptr;
}

std::string Outcome::failure() const {
  const cabletei::Diagnostic* d = find("style-failed");
  return d ? d->message : "";
}

std::string Outcome::report() const {
  std::string out;
  for (const auto& e : load_errors) out += "load error: " + e.to_string() + "\n";
  for (const auto& d : diags.items())
    out += d.script + ":" + std::to_string(d.script_line) + ": line " + std::to_string(d.line) +
           ": [" + d.code + "] " + d.message + "\n";
  return out;
}

Outcome run_style(const std::vector<std::string>& paths, cabletei::TeiDocument doc,
                  cabletei::StyleOptions options) {
  Outcome out;
  out.doc = std::move(doc);
  options.scripts = paths;
  auto loaded = cabletei::StyleSet::load(options);
  if (auto* errors = std::get_if<std::vector<cabletei::StyleLoadError>>(&loaded)) {
    out.load_errors = *errors;
    return out;
  }
  if (!out.doc) return out;
  const auto& style = std::get<std::shared_ptr<const cabletei::StyleSet>>(loaded);
  const auto start = std::chrono::steady_clock::now();
  out.applied = style->apply(out.doc.get(), out.diags);
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

}  // namespace style_test
