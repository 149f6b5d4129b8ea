// Temporary files next to their targets (mkstemp, mode 0644) and renames, for single pages
// and for the many files of a site.
#include "render/atomic_files.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

namespace fs = std::filesystem;

namespace cabletei {
namespace {

bool write_all(int fd, const std::string& content) {
  for (std::size_t done = 0; done < content.size();) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

std::string write_temporary(const fs::path& target, const std::string& content) {
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) return "";
  bool ok = write_all(fd, content);
  ok = (::fchmod(fd, 0644) == 0) && ok;
  ok = (::close(fd) == 0) && ok;
  if (!ok) std::remove(pattern.c_str());
  return ok ? pattern : "";
}

bool write_file_atomically(const fs::path& path, const std::string& content, std::string& error) {
  std::string temporary = write_temporary(path, content);
  if (!temporary.empty() && std::rename(temporary.c_str(), path.c_str()) == 0) return true;
  if (!temporary.empty()) std::remove(temporary.c_str());
  error = "cannot write " + path.string();
  return false;
}

bool write_files_atomically(const fs::path& folder, const std::vector<OutputFile>& files,
                            std::string& error) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (!fs::is_directory(folder, ec)) {
    error = "cannot create the folder " + folder.string();
    return false;
  }
  std::vector<std::string> temporaries;
  for (const OutputFile& file : files) {
    std::string temporary = write_temporary(folder / file.name, file.content);
    if (temporary.empty()) {
      for (const std::string& t : temporaries) std::remove(t.c_str());
      error = "cannot write " + (folder / file.name).string();
      return false;
    }
    temporaries.push_back(temporary);
  }
  bool ok = true;
  for (std::size_t k = 0; k < files.size(); ++k)
    if (std::rename(temporaries[k].c_str(), (folder / files[k].name).c_str()) != 0) {
      std::remove(temporaries[k].c_str());
      error = "cannot write " + (folder / files[k].name).string();
      ok = false;
    }
  return ok;
}

}  // namespace cabletei
