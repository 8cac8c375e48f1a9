#include "source/ctoken.hpp"

#include <array>
#include <vector>

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
  if (s.empty()) return false;
  // Candidates by first character, so a lookup compares a handful of strings.
  static const std::array<std::vector<uint8_t>, 256> by_first = [] {
    std::array<std::vector<uint8_t>, 256> t;
    for (size_t i = 0; i < static_cast<size_t>(Punct::Count); ++i)
      t[static_cast<unsigned char>(kPunctText[i][0])].push_back(static_cast<uint8_t>(i));
    return t;
  }();
  for (uint8_t i : by_first[static_cast<unsigned char>(s[0])])
    if (kPunctText[i] == s) {
      out = static_cast<Punct>(i);
      return true;
    }
  return false;
}

}  // namespace kit::c
