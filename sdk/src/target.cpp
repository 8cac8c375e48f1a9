#include "kit/target.hpp"

namespace kit {

const char* data_model_name(DataModel m) {
  switch (m) {
    case DataModel::LP64: return "LP64";
    case DataModel::LLP64: return "LLP64";
    case DataModel::ILP32: return "ILP32";
  }
  return "?";
}

const char* endian_name(Endian e) { return e == Endian::Little ? "little" : "big"; }

}  // namespace kit
