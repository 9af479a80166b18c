// Atomic replacement with mkstemp + fsync + rename (POSIX).
#include "kg/atomic_file.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kg {

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  std::filesystem::path target(path);
  std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
  std::string temp = dir + "/." + target.filename().string() + ".tmp.XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0)
    return Status::Error("cannot create a temporary file in " + dir + ": " + std::strerror(errno));
  auto fail = [&](const char* what) {
    std::string reason = std::strerror(errno);
    ::close(fd);
    ::unlink(temp.c_str());
    return Status::Error(std::string(what) + " " + path + ": " + reason);
  };
  size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    written += static_cast<size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) return fail("cannot flush");
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    return Status::Error("cannot close " + path + ": " + std::strerror(errno));
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    std::string reason = std::strerror(errno);
    ::unlink(temp.c_str());
    return Status::Error("cannot replace " + path + ": " + reason);
  }
  return Status();
}

}  // namespace kg
