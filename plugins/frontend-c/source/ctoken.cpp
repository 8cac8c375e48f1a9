#include "source/ctoken.hpp"

namespace kit::c {

namespace {
const std::string_view kPunctText[] = {
#define KIT_C_PUNCT_TEXT(name, text) text,
    KIT_C_PUNCTS(KIT_C_PUNCT_TEXT)
#undef KIT_C_PUNCT_TEXT
};
}  // namespace

std::string_view punct_text(Punct p) { return kPunctText[static_cast<size_t>(p)]; }

bool find_punct(std::string_view s, Punct& out) {
  // Digraphs (C17 6.4.6p3) behave exactly like the tokens they stand for.
  if (s == "<:") s = "[";
  else if (s == ":>") s = "]";
  else if (s == "<%") s = "{";
  else if (s == "%>") s = "}";
  else if (s == "%:") s = "#";
  else if (s == "%:%:") s = "##";
  for (size_t i = 0; i < static_cast<size_t>(Punct::Count); ++i)
    if (kPunctText[i] == s) {
      out = static_cast<Punct>(i);
      return true;
    }
  return false;
}

}  // namespace kit::c
