// Test helper: validates a TEI document against cabletei's RELAX NG schema with libxml2
// and returns the validator's messages ("" when valid).
#pragma once

#include <string>

namespace testing_support {

// Parses `xml` safely (no network, no entities) and validates it against
// plugin/schema/cabletei.rng. Returns "" when it validates, otherwise the parser's or validator's
// messages.
std::string schema_errors(const std::string& xml);

}  // namespace testing_support
