// HTML serialisation through libxml2's HTML writer: void elements, raw script and style
// text, UTF-8 bytes kept as they are.
#include "render/html_output.hpp"

#include <libxml/HTMLtree.h>
#include <libxml/xmlIO.h>
#include <libxslt/xsltutils.h>

#include <new>

#include "render/safe_input.hpp"

namespace cabletei {
namespace {

struct OutputCloser {
  void operator()(xmlOutputBuffer* out) const { xmlOutputBufferClose(out); }
};

bool has_meta_charset(const xmlNode* node) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (xmlStrcasecmp(node->name, BAD_CAST "meta") == 0 &&
        xmlHasProp(const_cast<xmlNode*>(node), BAD_CAST "charset"))
      return true;
    if (has_meta_charset(node->children)) return true;
  }
  return false;
}

}  // namespace

std::string serialize_result(xmlDoc* result, const CompiledStylesheet& sheet) {
  xmlChar* text = nullptr;
  int size = 0;
  if (xsltSaveResultToString(&text, &size, result, sheet.get()) != 0) throw std::bad_alloc();
  std::string out(text ? reinterpret_cast<const char*>(text) : "",
                  text ? static_cast<std::size_t>(size) : 0);
  xmlFree(text);
  return out;
}

std::string serialize_html5(const xmlNode* html) {
  XmlDocPtr doc(htmlNewDocNoDtD(nullptr, nullptr));
  if (!doc) throw std::bad_alloc();
  xmlNodePtr copy = xmlDocCopyNode(const_cast<xmlNode*>(html), doc.get(), 1);
  if (!copy) throw std::bad_alloc();
  xmlDocSetRootElement(doc.get(), copy);
  if (!xmlCreateIntSubset(doc.get(), BAD_CAST "html", nullptr, nullptr)) throw std::bad_alloc();
  if (!has_meta_charset(copy)) htmlSetMetaEncoding(doc.get(), BAD_CAST "UTF-8");
  std::unique_ptr<xmlOutputBuffer, OutputCloser> out(
      xmlAllocOutputBuffer(nullptr));  // no encoder: libxml2's UTF-8 as it is
  if (!out) throw std::bad_alloc();
  htmlDocContentDumpFormatOutput(out.get(), doc.get(), "UTF-8", 1);
  xmlOutputBufferFlush(out.get());
  const xmlChar* bytes = xmlOutputBufferGetContent(out.get());
  return std::string(reinterpret_cast<const char*>(bytes), xmlOutputBufferGetSize(out.get()));
}

}  // namespace cabletei
