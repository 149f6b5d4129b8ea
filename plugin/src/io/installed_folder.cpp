// The installed-folder search shared by the library (stylesheets) and the CLI (styles):
// the executable's own path comes from /proc/self/exe.
#include "io/installed_folder.hpp"

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace cabletei {

std::string installed_folder(const char* env, const char* name, const char* marker,
                             const char* fallback) {
  if (const char* value = std::getenv(env); value && *value) return value;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec)
    for (fs::path relative : {fs::path("..") / name, fs::path("../share/cabletei") / name}) {
      fs::path candidate = exe.parent_path() / relative;
      if (fs::is_regular_file(candidate / marker, ec)) return candidate.lexically_normal();
    }
  return fallback;
}

}  // namespace cabletei
