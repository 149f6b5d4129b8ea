// What a stylesheet may read: files under an allowlist of folder trees, never the network.
// Applied by libxslt's security preferences and by the external entity loader on this thread.
#pragma once

#include <filesystem>
#include <vector>

namespace cabletei {

class ReadPolicy {
 public:
  // Allows every file under `folder` (made absolute and canonical).
  void allow_tree(const std::filesystem::path& folder);
  // True when `uri` (a path or a file: URI) names a file under an allowed folder.
  bool allows(const char* uri) const;

 private:
  std::vector<std::filesystem::path> roots_;
};

// Makes `policy` the one that the entity loader and the security check apply on the calling
// thread, for the guard's lifetime. Without one, the loader keeps libxml2's behaviour and the
// security check refuses every read.
class ScopedReadPolicy {
 public:
  explicit ScopedReadPolicy(const ReadPolicy& policy);
  ~ScopedReadPolicy();
  ScopedReadPolicy(const ScopedReadPolicy&) = delete;
  ScopedReadPolicy& operator=(const ScopedReadPolicy&) = delete;

 private:
  const ReadPolicy* previous_;
};

// The policy active on this thread, or nullptr.
const ReadPolicy* current_read_policy();

// Installs (once, process-wide) the external entity loader that applies the current policy:
// inside a rendering it denies the network and every file outside the allowlist.
void install_entity_loader();

}  // namespace cabletei
