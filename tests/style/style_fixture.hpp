// Shared helpers for the house-style engine tests: a temporary folder for scripts and lists,
// TEI documents from a body string or from a cable, and one call that loads a style, applies
// it and returns the styled document with its diagnostics.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "style/style_set.hpp"
#include "tei/tei_builder.hpp"

struct _xmlNode;

namespace style_test {

// A fresh folder under the system's temporary directory, removed with its contents.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // Writes `content` to `relative` (parent folders created) and returns the full path.
  std::string write(const std::string& relative, const std::string& content) const;

 private:
  std::string path_;
};

// A complete TEI document whose document div (d1, n 1) holds `body` (compact XML, TEI
// namespace by default). The head is not added: give it in `body` when the schema matters.
std::string tei_with_body(const std::string& body);

// Parses a TEI string; the test fails (and the result is null) when it is not well-formed.
cabletei::TeiDocument parse_tei(const std::string& xml);

// Reads and encodes a cable; the test fails (and the result is null) when it cannot be read.
cabletei::TeiDocument encode_cable(const std::string& text);

// A small invented telegram used by several tests: the head (line 1) with source note (line 6),
// dateline (line 2), a paragraph with note 2 (line 3, note text on line 7), a paragraph with
// a page break inside "consul[Page 42]tation" (line 4), and the signature (line 5).
extern const char* const kCable;

// The compact XML of `node` (no indentation, no namespace declarations of ancestors).
std::string dump(const _xmlNode* node);

// The first element in document order whose local name is `tag`, or null.
_xmlNode* first_element(_xmlNode* from, const std::string& tag);

struct Outcome {
  std::vector<cabletei::StyleLoadError> load_errors;  // empty when the style loaded
  bool applied = false;                               // StyleSet::apply's result
  cabletei::Diagnostics diags;
  cabletei::TeiDocument doc;
  double seconds = 0;  // time spent in apply()

  bool loaded() const { return load_errors.empty(); }
  // The whole document, serialized as the encoder does.
  std::string xml() const;
  // The compact XML of the children of the document div.
  std::string body() const;
  // The compact XML of the first element called `tag`.
  std::string element(const std::string& tag) const;
  // The messages of the style-print notes, in order.
  std::vector<std::string> prints() const;
  // The first diagnostic with this code, or null.
  const cabletei::Diagnostic* find(const std::string& code) const;
  // The message of the style-failed error ("" when there is none).
  std::string failure() const;
  // Every load error and diagnostic, one a line, for failure messages.
  std::string report() const;
};

// Loads a style from the scripts at `paths` (other settings from `options`) and applies it to
// `doc`. A style that does not load is reported in load_errors and not applied.
Outcome run_style(const std::vector<std::string>& paths, cabletei::TeiDocument doc,
                  cabletei::StyleOptions options = {});

class StyleTest : public ::testing::Test {
 protected:
  // Writes `code` to `name` in the test's folder; returns the path.
  std::string script(const std::string& name, const std::string& code) const {
    return dir.write(name, code);
  }
  // Runs `code` (as style.lua) over the document with this body.
  Outcome run(const std::string& code, const std::string& body) {
    return run_doc(code, parse_tei(tei_with_body(body)));
  }
  // Runs `code` (as style.lua) over `doc`.
  Outcome run_doc(const std::string& code, cabletei::TeiDocument doc) {
    return run_style({script("style.lua", code)}, std::move(doc), options);
  }
  // Runs `code` (as style.lua) over kCable.
  Outcome run_cable(const std::string& code) { return run_doc(code, encode_cable(kCable)); }

  TempDir dir;
  cabletei::StyleOptions options;  // scripts are given per run
};

}  // namespace style_test
