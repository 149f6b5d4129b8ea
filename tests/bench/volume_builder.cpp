// Builds the benchmark volume by text assembly: each encoded TEI's body content is pasted into
// one TEI whose root carries the same namespace declarations; the lists go to the front.
#include "volume_builder.hpp"

#include <cabletei.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include "bench_style.hpp"
#include "cable_generator.hpp"

namespace bench {
namespace {

constexpr std::uint64_t kSeed = 0x1956C0FFEEull;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The text between <tag ...> and </tag> (the first of each), or "".
std::string inner(const std::string& xml, const std::string& tag) {
  std::size_t open = xml.find("<" + tag);
  std::size_t start = open == std::string::npos ? open : xml.find('>', open);
  std::size_t end = xml.rfind("</" + tag + ">");
  if (start == std::string::npos || end == std::string::npos || end < start) return "";
  return xml.substr(start + 1, end - start - 1);
}

// "<TEI xmlns=...>": the root's start tag with its namespace declarations.
std::string root_start_tag(const std::string& xml) {
  std::size_t start = xml.find("<TEI");
  return start == std::string::npos ? "" : xml.substr(start, xml.find('>', start) - start + 1);
}

// The cable with its head's number replaced by `number` (generated numbers repeat; a volume's
// document ids must not).
std::string renumber(const std::string& cable, std::size_t number) {
  std::size_t digits = 0;
  while (digits < cable.size() && cable[digits] >= '0' && cable[digits] <= '9') ++digits;
  return std::to_string(number) + cable.substr(digits);
}

// The cable with its "[Page N]" markers numbered on from `page` (a volume's pages run on).
std::string renumber_pages(std::string cable, std::size_t& page) {
  for (std::size_t at = cable.find("[Page "); at != std::string::npos;
       at = cable.find("[Page ", at + 1)) {
    std::size_t end = cable.find(']', at);
    if (end == std::string::npos) break;
    cable.replace(at + 6, end - at - 6, std::to_string(++page));
  }
  return cable;
}

// A list file without its XML declaration.
std::string list_element(const std::string& path) {
  std::string xml = read_file(path);
  if (xml.rfind("<?xml", 0) == 0) xml.erase(0, xml.find("?>") + 2);
  return xml;
}

// The encoded cables' body contents, in order; empty when one fails.
std::vector<std::string> encode_all(const std::string& source_dir, std::size_t documents,
                                    std::string& root_tag) {
  cabletei_style* style =
      load_style(source_dir + "/lua/frus.lua", source_dir + "/examples/persons.xml",
                 source_dir + "/examples/terms.xml");
  cabletei_context* context = nullptr;
  cabletei_context_new(nullptr, &context);
  std::vector<std::string> bodies;
  std::size_t number = 0, page = 0;
  for (std::string cable : generate_cables(documents, kSeed)) {
    cable = renumber_pages(renumber(cable, ++number), page);
    cabletei_document document{};
    document.struct_size = sizeof document;
    document.style = style;
    cabletei_buffer tei{};
    if (cabletei_encode(context, &document, cable.data(), cable.size(), &tei) != CABLETEI_OK) {
      std::fprintf(stderr, "a cable failed: %s\n", cabletei_errmsg(context));
      bodies.clear();
      break;
    }
    std::string xml(tei.data, tei.size);
    cabletei_buffer_free(&tei);
    if (root_tag.empty()) root_tag = root_start_tag(xml);
    bodies.push_back(inner(xml, "body"));
  }
  cabletei_context_free(context);
  cabletei_style_free(style);
  return bodies;
}

}  // namespace

std::string build_volume(const std::string& source_dir, std::size_t documents) {
  std::string root_tag;
  std::vector<std::string> bodies = encode_all(source_dir, documents, root_tag);
  if (bodies.empty()) return "";
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root_tag;
  out +=
      "<teiHeader><fileDesc><titleStmt><title type=\"complete\">Benchmark volume</title>"
      "</titleStmt><publicationStmt><p>Generated.</p></publicationStmt><sourceDesc><p>"
      "Generated cables.</p></sourceDesc></fileDesc></teiHeader>\n<text><front>";
  out += list_element(source_dir + "/examples/persons.xml");
  out += list_element(source_dir + "/examples/terms.xml");
  out += "</front><body>";
  for (const std::string& body : bodies) out += body;
  out += "</body></text></TEI>\n";
  return out;
}

}  // namespace bench
