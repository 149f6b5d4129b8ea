// A 1,000-document volume for the render benchmark: the generated cables encoded through the C
// interface with the default FRUS style, assembled with the example lists into one TEI.
#pragma once

#include <string>

namespace bench {

// The volume TEI (UTF-8 XML): teiHeader, front with examples/persons.xml and terms.xml, body
// with one div type="document" per generated cable. `source_dir` is the project root. Returns
// "" after printing the reason when a cable does not encode.
std::string build_volume(const std::string& source_dir, std::size_t documents);

}  // namespace bench
