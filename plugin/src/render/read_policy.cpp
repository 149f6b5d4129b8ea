// The read allowlist of a rendering: canonical folder prefixes checked for every file that
// libxslt (document(), xsl:import) or libxml2 (external entities) wants to open.
#include "render/read_policy.hpp"

#include <libxml/parserInternals.h>
#include <libxml/uri.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>

namespace fs = std::filesystem;

namespace cabletei {
namespace {

thread_local const ReadPolicy* active_policy = nullptr;
xmlExternalEntityLoader previous_loader = nullptr;

// The local path of a file: URI or a plain path; nullopt for any other scheme.
std::optional<fs::path> local_path(const char* uri) {
  std::string text = uri;
  if (text.starts_with("file://")) {
    text.erase(0, 7);
    if (text.starts_with("localhost/")) text.erase(0, 9);
    char* raw = xmlURIUnescapeString(text.c_str(), 0, nullptr);
    if (!raw) return std::nullopt;
    text = raw;
    xmlFree(raw);
  } else if (text.find("://") != std::string::npos || text.starts_with("file:")) {
    return std::nullopt;
  }
  if (text.empty()) return std::nullopt;
  return fs::path(text);
}

bool is_under(const fs::path& file, const fs::path& root) {
  auto [r, f] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  return r == root.end();
}

xmlParserInputPtr policy_loader(const char* url, const char* id, xmlParserCtxtPtr context) {
  const ReadPolicy* policy = active_policy;
  if (!policy) return previous_loader(url, id, context);
  if (!url || !policy->allows(url)) {
    xmlGenericError(xmlGenericErrorContext, "reading %s is not allowed\n", url ? url : "(null)");
    return nullptr;
  }
  return previous_loader(url, id, context);
}

}  // namespace

void ReadPolicy::allow_tree(const fs::path& folder) {
  std::error_code ec;
  fs::path root = fs::weakly_canonical(fs::absolute(folder, ec), ec);
  if (!ec && !root.empty()) roots_.push_back(root);
}

bool ReadPolicy::allows(const char* uri) const {
  std::optional<fs::path> path = uri ? local_path(uri) : std::nullopt;
  if (!path) return false;
  std::error_code ec;
  fs::path file = fs::weakly_canonical(fs::absolute(*path, ec), ec);
  if (ec) return false;
  for (const fs::path& root : roots_)
    if (is_under(file, root)) return true;
  return false;
}

ScopedReadPolicy::ScopedReadPolicy(const ReadPolicy& policy) : previous_(active_policy) {
  active_policy = &policy;
}

ScopedReadPolicy::~ScopedReadPolicy() { active_policy = previous_; }

const ReadPolicy* current_read_policy() { return active_policy; }

void install_entity_loader() {
  static std::once_flag once;
  std::call_once(once, [] {
    previous_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(policy_loader);
  });
}

}  // namespace cabletei
