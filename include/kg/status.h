// Status and Result: how every input-facing function in kg reports failure.
//
// Like re2's error_arg, a failed Status carries a message that quotes the
// offending input and says where it is ("people.json: entry 12 (id
// "person:x"): names[0] is empty"). Exceptions never cross the library
// boundary; the CLI turns a failed Status into a message and an exit code.
#ifndef KG_STATUS_H_
#define KG_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace kg {

class Status {
 public:
  Status() = default;  // ok
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !message_.has_value(); }
  // Empty for an ok status.
  const std::string& message() const;

  // Prefixes the message with context ("reading x.json: " + message).
  Status Within(const std::string& context) const;

 private:
  explicit Status(std::string message) : message_(std::move(message)) {}
  std::optional<std::string> message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status error) : status_(std::move(error)) {}  // NOLINT: must not be ok

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace kg

#endif  // KG_STATUS_H_
