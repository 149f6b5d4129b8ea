// Test helper: validates TEI against cabletei.rng with libxml2's RELAX NG validator.
// The compiled schema is loaded once and shared by all tests of a process.
#include "tei_schema.hpp"

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include <cstdarg>
#include <mutex>

namespace testing_support {
namespace {

void collect(void* sink, const char* format, ...) {
  char buffer[1024];
  va_list args;
  va_start(args, format);
  vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  static_cast<std::string*>(sink)->append(buffer);
}

xmlRelaxNGPtr schema() {
  static xmlRelaxNGPtr compiled = [] {
    xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewParserCtxt(CABLETEI_SCHEMA);
    xmlRelaxNGPtr s = xmlRelaxNGParse(parser);
    xmlRelaxNGFreeParserCtxt(parser);
    return s;
  }();
  return compiled;
}

}  // namespace

std::string schema_errors(const std::string& xml) {
  static std::mutex lock;
  std::lock_guard<std::mutex> guard(lock);
  if (!schema()) return "cannot load schema " CABLETEI_SCHEMA;
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "tei.xml", "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                    XML_PARSE_HUGE /* our own output, with its 10 MB test lines */);
  if (!doc) return "not well-formed XML";
  std::string errors;
  xmlRelaxNGValidCtxtPtr ctxt = xmlRelaxNGNewValidCtxt(schema());
  xmlRelaxNGSetValidErrors(ctxt, collect, collect, &errors);
  int rc = xmlRelaxNGValidateDoc(ctxt, doc);
  xmlRelaxNGFreeValidCtxt(ctxt);
  xmlFreeDoc(doc);
  if (rc != 0 && errors.empty()) errors = "invalid";
  return errors;
}

}  // namespace testing_support
