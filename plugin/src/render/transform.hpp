// Runs a compiled stylesheet over a parsed document in a locked-down transform context:
// security preferences, safe parse options for document(), recursion limits, literal params.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "render/error_collector.hpp"
#include "render/safe_input.hpp"
#include "render/stylesheet_cache.hpp"

namespace cabletei {

using RenderParams = std::vector<std::pair<std::string, std::string>>;

// The limits of every transform.
constexpr int kMaxTemplateDepth = 1000;  // nested templates (catches infinite recursion)
constexpr int kMaxTemplateVars = 15000;  // variables and params alive on the stack

// Applies `sheet` to `input` with `params` (names and literal string values: never evaluated
// as XPath). The caller's ReadPolicy must be active. Returns the result document, or nullptr
// when the transform failed or reported any error (all of it in `errors`).
XmlDocPtr run_transform(const CompiledStylesheet& sheet, xmlDoc* input, const RenderParams& params,
                        ErrorCollector& errors);

}  // namespace cabletei
