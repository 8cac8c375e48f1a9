#include "kit/obj/object.hpp"

namespace kit::obj {

uint32_t ObjectFile::add_section(std::string_view name, SectionKind kind, uint32_t flags,
                                 uint32_t align) {
  Section s;
  s.name = intern(name);
  s.kind = kind;
  s.flags = flags;
  s.align = align ? align : 1;
  sections.push_back(std::move(s));
  return static_cast<uint32_t>(sections.size());
}

uint32_t ObjectFile::add_symbol(const Symbol& s) {
  symbols.push_back(s);
  return static_cast<uint32_t>(symbols.size() - 1);
}

int64_t ObjectFile::find_symbol(std::string_view name) const {
  StrId id = names.find(name);
  if (!id) return -1;
  for (size_t i = 0; i < symbols.size(); ++i)
    if (symbols[i].name == id && symbols[i].binding != Binding::Local) return static_cast<int64_t>(i);
  return -1;
}

}  // namespace kit::obj
