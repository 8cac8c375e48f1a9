#include "pp/token.hpp"
#include "source/token_source.hpp"

namespace kit::c {

void intern_keywords(StringInterner& names) {
#define KIT_C_KW_INTERN(k) names.intern(#k);
  KIT_C_KEYWORDS(KIT_C_KW_INTERN)
#undef KIT_C_KW_INTERN
}

}  // namespace kit::c
