// Status helpers.
#include "kg/status.h"

namespace kg {

const std::string& Status::message() const {
  static const std::string kEmpty;
  return message_ ? *message_ : kEmpty;
}

Status Status::Within(const std::string& context) const {
  if (ok()) return *this;
  return Status::Error(context + ": " + *message_);
}

}  // namespace kg
