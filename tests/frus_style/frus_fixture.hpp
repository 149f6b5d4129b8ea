// Shared helpers of the FRUS style tests: loading a style from the source tree, applying it
// to a TEI document, and reading the result back with XPath (prefixes t: TEI, frus:).
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <memory>
#include <string>
#include <vector>

#include "style/style_set.hpp"
#include "tei/tei_builder.hpp"

namespace frus_test {

inline const std::string kSource = CABLETEI_SOURCE_DIR;

// What the style did: the serialized document and the style's notes and warnings.
struct Outcome {
  bool applied = false;
  std::string xml;
  std::vector<std::string> notes, warnings;

  // Runs `fn` on the parsed output with an XPath context (prefixes t: TEI, frus:).
  template <class Fn>
  auto with_xpath(const std::string& expr, Fn fn) const {
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out.xml", nullptr,
                                  XML_PARSE_NONET);
    xmlXPathContextPtr ctx = doc ? xmlXPathNewContext(doc) : nullptr;
    if (ctx) {
      xmlXPathRegisterNs(ctx, BAD_CAST "t", BAD_CAST "http://www.tei-c.org/ns/1.0");
      xmlXPathRegisterNs(ctx, BAD_CAST "frus", BAD_CAST "http://history.state.gov/frus/ns/1.0");
    }
    xmlXPathObjectPtr r = ctx ? xmlXPathEvalExpression(BAD_CAST expr.c_str(), ctx) : nullptr;
    auto out = fn(doc, r);
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    xmlFreeDoc(doc);
    return out;
  }
  // The value of an XPath expression as a string ("" for nothing).
  std::string eval(const std::string& expr) const {
    return with_xpath("string(" + expr + ")", [](xmlDocPtr, xmlXPathObjectPtr r) {
      return std::string(r && r->stringval ? reinterpret_cast<const char*>(r->stringval) : "");
    });
  }
  bool exists(const std::string& expr) const { return eval("boolean(" + expr + ")") == "true"; }
  int count(const std::string& expr) const { return std::stoi(eval("count(" + expr + ")")); }
  // The compact XML of the first node `expr` selects ("" when none).
  std::string element(const std::string& expr) const {
    return with_xpath(expr, [](xmlDocPtr doc, xmlXPathObjectPtr r) {
      if (!r || !r->nodesetval || r->nodesetval->nodeNr == 0) return std::string();
      xmlBufferPtr buf = xmlBufferCreate();
      xmlNodeDump(buf, doc, r->nodesetval->nodeTab[0], 0, 0);
      std::string s(reinterpret_cast<const char*>(xmlBufferContent(buf)),
                    static_cast<std::size_t>(xmlBufferLength(buf)));
      xmlBufferFree(buf);
      return s;
    });
  }
  // True when one of the notes contains every one of `parts`.
  bool noted(const std::vector<std::string>& parts) const {
    for (const std::string& n : notes) {
      bool all = true;
      for (const std::string& p : parts) all = all && n.find(p) != std::string::npos;
      if (all) return true;
    }
    return false;
  }
  bool has(const std::string& text) const { return xml.find(text) != std::string::npos; }
};

// Loads a style with `options` (lua/ of the source tree as its folder); null, with a test
// failure naming every load error, when it does not load.
std::shared_ptr<const cabletei::StyleSet> load_style(cabletei::StyleOptions options);

// Applies `style` to `doc`: notes and warnings collected, errors reported as test failures.
Outcome apply_style(const cabletei::StyleSet& style, cabletei::TeiDocument doc);

// The encoder's TEI for `cable` (`number` for a head without one); null, with a test failure,
// when the cable cannot be read.
cabletei::TeiDocument encode(const std::string& cable, const std::string& number = "");

// A parsed TEI string; null, with a test failure, when it is not well-formed.
cabletei::TeiDocument parse(const std::string& xml);

}  // namespace frus_test
