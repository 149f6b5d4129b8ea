// Writing outputs so that a failure never leaves a half-written file: each file goes to a
// temporary name in its target folder, then is renamed over the target.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cabletei {

struct OutputFile {
  std::string name;  // a plain file name inside the target folder
  std::string content;
};

// Writes `content` to a new temporary file beside `target` (".<name>.XXXXXX", mode 0644).
// Returns its path, or "" (and nothing left behind) when it cannot be written.
std::string write_temporary(const std::filesystem::path& target, const std::string& content);

// Writes `content` to `path` through a temporary file and a rename. Returns false with
// `error` set (and nothing left behind) on failure.
bool write_file_atomically(const std::filesystem::path& path, const std::string& content,
                           std::string& error);

// Writes all `files` into `folder` (created if missing): every file is written to a temporary
// name first; only when all are written are they renamed into place. On failure the
// temporaries are removed and no target file has been touched (barring a failed rename).
bool write_files_atomically(const std::filesystem::path& folder,
                            const std::vector<OutputFile>& files, std::string& error);

}  // namespace cabletei
