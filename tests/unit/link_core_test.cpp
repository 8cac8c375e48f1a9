// The SDK link core on object models built in the test: resolution rules,
// archives (lazy fetch, no index, whole-archive), COMDAT, diagnostics,
// --gc-sections, placement, determinism across thread counts.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <sstream>

#include "kit/link/linker.hpp"

using namespace kit;
using namespace kit::link;

namespace {

// Objects are "read" from a registry: the bytes of a memory input are the
// object's name.
struct Registry {
  std::map<std::string, std::function<std::unique_ptr<obj::ObjectFile>()>> makers;
};

class TestHooks : public FormatHooks {
 public:
  explicit TestHooks(const Registry& r) : reg_(r) {}
  FileKind classify(std::span<const uint8_t> b) const override {
    return b.size() > 4 && std::string(b.begin(), b.begin() + 4) == "OBJ:" ? FileKind::Object : FileKind::Unknown;
  }
  std::unique_ptr<obj::ObjectFile> read_object(std::span<const uint8_t> b, const std::string& name) const override {
    std::string key(b.begin() + 4, b.end());
    auto it = reg_.makers.find(key);
    if (it == reg_.makers.end()) throw Error(SourceLoc{name}, "malformed test object");
    auto o = it->second();
    o->name = name;
    return o;
  }
  bool gc_root(const InputObject& f, uint32_t s) const override { return f.section_name(s) == ".keep"; }

 private:
  const Registry& reg_;
};

std::vector<uint8_t> obj_bytes(const std::string& key) {
  std::string s = "OBJ:" + key;
  return {s.begin(), s.end()};
}

// A GNU ar archive with a symbol index.
std::vector<uint8_t> archive(const std::vector<std::pair<std::string, std::vector<std::string>>>& members,
                             bool with_index = true) {
  auto header = [](std::string name, size_t size) {
    char h[61];
    std::snprintf(h, sizeof h, "%-16s%-12s%-6s%-6s%-8s%-10zu`\n", name.c_str(), "0", "0", "0", "644", size);
    return std::string(h, 60);
  };
  std::string body;
  std::vector<size_t> member_offsets;
  std::vector<std::string> contents;
  for (const auto& m : members) contents.push_back("OBJ:" + m.first);
  size_t nsyms = 0;
  std::string names;
  for (const auto& m : members)
    for (const auto& s : m.second) {
      ++nsyms;
      names += s + '\0';
    }
  size_t symtab_size = 4 + 4 * nsyms + names.size();
  size_t pos = 8 + (with_index ? 60 + symtab_size + (symtab_size & 1) : 0);
  for (const auto& c : contents) {
    member_offsets.push_back(pos);
    pos += 60 + c.size() + (c.size() & 1);
  }
  std::string out = "!<arch>\n";
  if (with_index) {
    std::string st;
    auto be32 = [&](uint32_t v) {
      st.push_back(static_cast<char>(v >> 24));
      st.push_back(static_cast<char>(v >> 16));
      st.push_back(static_cast<char>(v >> 8));
      st.push_back(static_cast<char>(v));
    };
    be32(static_cast<uint32_t>(nsyms));
    for (size_t i = 0; i < members.size(); ++i)
      for (size_t k = 0; k < members[i].second.size(); ++k) be32(static_cast<uint32_t>(member_offsets[i]));
    st += names;
    out += header("/", st.size()) + st;
    if (st.size() & 1) out += '\n';
  }
  for (size_t i = 0; i < members.size(); ++i) {
    out += header(members[i].first + ".o/", contents[i].size()) + contents[i];
    if (contents[i].size() & 1) out += '\n';
  }
  return {out.begin(), out.end()};
}

struct Builder {
  std::unique_ptr<obj::ObjectFile> o = std::make_unique<obj::ObjectFile>();
  uint32_t text = 0;
  Builder() {
    o->symbols.push_back({});  // null
    o->symbols[0].binding = obj::Binding::Local;
    text = section(".text", 16);
  }
  uint32_t section(const std::string& name, uint64_t size, uint32_t flags = obj::kAlloc | obj::kExec) {
    uint32_t s = o->add_section(name, obj::SectionKind::Text, flags, 4);
    o->section(s).size = size;
    o->section(s).data.assign(size, 0);
    return s;
  }
  uint32_t def(const std::string& name, uint32_t sec, uint64_t value = 0, obj::Binding b = obj::Binding::Global) {
    obj::Symbol s;
    s.name = o->intern(name);
    s.section = sec;
    s.value = value;
    s.binding = b;
    s.type = obj::SymbolType::Func;
    return o->add_symbol(s);
  }
  uint32_t undef(const std::string& name, obj::Binding b = obj::Binding::Global) {
    return def(name, obj::Symbol::kUndefined, 0, b);
  }
  uint32_t common(const std::string& name, uint64_t size, uint64_t align) {
    obj::Symbol s;
    s.name = o->intern(name);
    s.section = obj::Symbol::kCommon;
    s.size = size;
    s.value = align;
    s.type = obj::SymbolType::Object;
    return o->add_symbol(s);
  }
  void reloc(uint32_t sec, uint64_t off, uint32_t sym) { o->section(sec).relocs.push_back({off, 1, sym, 0}); }
};

struct Fixture {
  Registry reg;
  Options opt;
  std::ostringstream err;
  Diagnostics diags{err};
  TestHooks hooks{reg};
  std::unique_ptr<Linker> L;

  void object(const std::string& key, std::function<void(Builder&)> fill) {
    reg.makers[key] = [fill] {
      Builder b;
      fill(b);
      return std::move(b.o);
    };
  }
  void input(const std::string& key) {
    opt.memory_files.push_back({key + ".o", obj_bytes(key)});
    Input in{Input::Memory, key};
    in.memory_index = static_cast<int>(opt.memory_files.size() - 1);
    opt.inputs.push_back(in);
  }
  void input_bytes(const std::string& name, std::vector<uint8_t> bytes) {
    opt.memory_files.push_back({name, std::move(bytes)});
    Input in{Input::Memory, name};
    in.memory_index = static_cast<int>(opt.memory_files.size() - 1);
    opt.inputs.push_back(in);
  }
  bool load(const std::string& entry = "") {
    L = std::make_unique<Linker>(opt, hooks, diags);
    return L->load(entry);
  }
  const GlobalSymbol& sym(const std::string& n) { return L->symbols[L->symbols.find(n)]; }
  std::string owner(const std::string& n) { return L->owner_name(L->symbols.find(n)); }
};

}  // namespace

TEST(LinkSymbols, InternFindAndGrowth) {
  SymbolTable t;
  std::vector<std::string> names;
  for (int i = 0; i < 5000; ++i) names.push_back("sym_" + std::to_string(i));
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(t.intern(names[i]), static_cast<SymId>(i + 1));
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(t.find(names[i]), static_cast<SymId>(i + 1));
  EXPECT_EQ(t.find("absent"), 0u);
  EXPECT_EQ(t.intern("sym_42"), 43u);
  EXPECT_EQ(t[43].name, "sym_42");
}

TEST(LinkResolve, StrongBeatsWeakAndUndefined) {
  Fixture x;
  x.object("a", [](Builder& b) { b.undef("f"); b.def("g", b.text, 0, obj::Binding::Weak); });
  x.object("b", [](Builder& b) { b.def("f", b.text, 4); b.def("g", b.text, 8); });
  x.input("a");
  x.input("b");
  ASSERT_TRUE(x.load()) << x.err.str();
  EXPECT_EQ(x.sym("f").state, SymState::Defined);
  EXPECT_EQ(x.owner("f"), "b.o");
  EXPECT_EQ(x.owner("g"), "b.o");
  EXPECT_FALSE(x.sym("g").weak);
  EXPECT_TRUE(x.sym("f").strong_ref);
}

TEST(LinkResolve, FirstWeakWinsAmongWeaks) {
  Fixture x;
  x.object("a", [](Builder& b) { b.def("w", b.text, 0, obj::Binding::Weak); });
  x.object("b", [](Builder& b) { b.def("w", b.text, 0, obj::Binding::Weak); });
  x.input("a");
  x.input("b");
  ASSERT_TRUE(x.load());
  EXPECT_EQ(x.owner("w"), "a.o");
}

TEST(LinkResolve, DuplicateStrongDefinitionsNameBothObjects) {
  Fixture x;
  x.object("a", [](Builder& b) { b.def("dup", b.text, 0); });
  x.object("b", [](Builder& b) { b.def("dup", b.text, 4); });
  x.input("a");
  x.input("b");
  EXPECT_FALSE(x.load());
  std::string e = x.err.str();
  EXPECT_NE(e.find("duplicate symbol 'dup'"), std::string::npos) << e;
  EXPECT_NE(e.find("a.o:(.text+0x0)"), std::string::npos) << e;
  EXPECT_NE(e.find("b.o:(.text+0x4)"), std::string::npos) << e;
}

TEST(LinkResolve, CommonsMergeAndYieldToDefinitions) {
  Fixture x;
  x.object("a", [](Builder& b) { b.common("c", 8, 4); b.common("d", 4, 4); });
  x.object("b", [](Builder& b) { b.common("c", 32, 16); b.def("d", b.text, 0); });
  x.input("a");
  x.input("b");
  ASSERT_TRUE(x.load());
  EXPECT_EQ(x.sym("c").state, SymState::Common);
  EXPECT_EQ(x.sym("c").size, 32u);
  EXPECT_EQ(x.sym("c").value, 16u);
  EXPECT_EQ(x.sym("d").state, SymState::Defined);
  ASSERT_EQ(x.L->commons.size(), 1u);
}

TEST(LinkResolve, ArchiveMembersAreFetchedOnlyWhenNeeded) {
  Fixture x;
  x.object("main", [](Builder& b) { b.undef("needed"); b.undef("weakref", obj::Binding::Weak); });
  x.object("m1", [](Builder& b) { b.def("needed", b.text); b.undef("chained"); });
  x.object("m2", [](Builder& b) { b.def("unused", b.text); });
  x.object("m3", [](Builder& b) { b.def("chained", b.text); });
  x.object("m4", [](Builder& b) { b.def("weakref", b.text); });
  x.input("main");
  x.input_bytes("lib.a", archive({{"m1", {"needed"}}, {"m2", {"unused"}}, {"m3", {"chained"}}, {"m4", {"weakref"}}}));
  ASSERT_TRUE(x.load()) << x.err.str();
  EXPECT_EQ(x.owner("needed"), "lib.a(m1.o)");
  EXPECT_EQ(x.owner("chained"), "lib.a(m3.o)");
  EXPECT_EQ(x.sym("unused").state, SymState::Lazy);
  EXPECT_EQ(x.sym("weakref").state, SymState::Lazy);  // weak references fetch nothing
  EXPECT_EQ(x.L->objects.size(), 3u);
}

TEST(LinkResolve, ArchiveBeforeItsUserStillResolves) {
  Fixture x;
  x.object("main", [](Builder& b) { b.undef("f"); });
  x.object("m1", [](Builder& b) { b.def("f", b.text); });
  x.input_bytes("lib.a", archive({{"m1", {"f"}}}));
  x.input("main");
  ASSERT_TRUE(x.load()) << x.err.str();
  EXPECT_EQ(x.sym("f").state, SymState::Defined);
}

TEST(LinkResolve, ArchiveWithoutIndexAndWholeArchive) {
  Fixture x;
  x.object("main", [](Builder& b) { b.undef("f"); });
  x.object("m1", [](Builder& b) { b.def("f", b.text); });
  x.object("m2", [](Builder& b) { b.def("g", b.text); });
  x.input("main");
  x.input_bytes("noindex.a", archive({{"m1", {}}, {"m2", {}}}, false));
  ASSERT_TRUE(x.load()) << x.err.str();
  EXPECT_EQ(x.owner("f"), "noindex.a(m1.o)");
  EXPECT_EQ(x.sym("g").state, SymState::Lazy);

  Fixture y;
  y.object("m1", [](Builder& b) { b.def("f", b.text); });
  y.object("m2", [](Builder& b) { b.def("g", b.text); });
  y.opt.inputs.push_back({Input::WholeArchive, ""});
  y.input_bytes("w.a", archive({{"m1", {"f"}}, {"m2", {"g"}}}));
  ASSERT_TRUE(y.load()) << y.err.str();
  EXPECT_EQ(y.sym("g").state, SymState::Defined);
  EXPECT_EQ(y.L->objects.size(), 2u);
}

TEST(LinkResolve, MalformedArchiveIsALocatedError) {
  Fixture x;
  std::vector<uint8_t> bad = archive({{"m1", {"f"}}});
  bad.resize(bad.size() - 10);
  x.input_bytes("bad.a", bad);
  EXPECT_FALSE(x.load());
  EXPECT_NE(x.err.str().find("bad.a"), std::string::npos) << x.err.str();
  EXPECT_NE(x.err.str().find("malformed archive"), std::string::npos) << x.err.str();
}

TEST(LinkResolve, ComdatFirstGroupWinsAndDiscardsTheOthers) {
  Fixture x;
  auto with_group = [](Builder& b) {
    uint32_t s = b.section(".text.inl", 8);
    b.def("inl", s, 0, obj::Binding::Weak);
    obj::Group g;
    g.signature = b.o->intern("inl");
    g.sections = {s};
    b.o->groups.push_back(g);
  };
  x.object("a", with_group);
  x.object("b", with_group);
  x.input("a");
  x.input("b");
  ASSERT_TRUE(x.load());
  EXPECT_EQ(x.owner("inl"), "a.o");
  EXPECT_TRUE(x.L->objects[0]->is_live(2));
  EXPECT_FALSE(x.L->objects[1]->is_live(2));
}

TEST(LinkResolve, DefsymNumberAndAlias) {
  Fixture x;
  x.object("a", [](Builder& b) { b.def("target", b.text, 4); b.undef("n"); b.undef("al"); });
  x.input("a");
  x.opt.defsym = {{"n", "0x1234"}, {"al", "target+8"}};
  ASSERT_TRUE(x.load());
  EXPECT_EQ(x.sym("n").state, SymState::Absolute);
  EXPECT_EQ(x.sym("n").value, 0x1234u);
  ASSERT_EQ(x.L->aliases.size(), 1u);
  EXPECT_EQ(x.L->aliases[0].addend, 8);
}

TEST(LinkResolve, MissingLibraryIsAnError) {
  Fixture x;
  x.opt.inputs.push_back({Input::Library, "surely_absent_lib"});
  EXPECT_FALSE(x.load());
  EXPECT_NE(x.err.str().find("cannot find -lsurely_absent_lib"), std::string::npos) << x.err.str();
}

TEST(LinkDiagnose, UndefinedReferenceNamesTheFirstReference) {
  Fixture x;
  x.object("a", [](Builder& b) {
    uint32_t u = b.undef("missing");
    b.reloc(b.text, 0x12, u);
    b.reloc(b.text, 0x20, u);
    uint32_t w = b.undef("weak_missing", obj::Binding::Weak);
    b.reloc(b.text, 0x8, w);
  });
  x.input("a");
  ASSERT_TRUE(x.load());
  EXPECT_EQ(x.L->report_undefined({}), 1u);
  std::string e = x.err.str();
  EXPECT_NE(e.find("undefined reference to 'missing' (referenced from a.o:(.text+0x12)) and 1 more reference"),
            std::string::npos)
      << e;
  EXPECT_EQ(e.find("weak_missing"), std::string::npos) << e;
}

TEST(LinkGc, KeepsWhatTheRootsReach) {
  Fixture x;
  x.object("a", [](Builder& b) {
    uint32_t s_main = b.section(".text.main", 8);
    uint32_t s_used = b.section(".text.used", 8);
    uint32_t s_dead = b.section(".text.dead", 8);
    uint32_t s_keep = b.section(".keep", 8);
    b.def("main", s_main);
    uint32_t used = b.def("used", s_used);
    b.def("dead", s_dead);
    b.reloc(s_main, 0, used);
    (void)s_keep;
  });
  x.input("a");
  x.opt.gc_sections = true;
  ASSERT_TRUE(x.load("main"));
  x.L->gc_sections({});
  const InputObject& f = *x.L->objects[0];
  EXPECT_TRUE(f.is_live(2));   // .text.main (entry)
  EXPECT_TRUE(f.is_live(3));   // .text.used
  EXPECT_FALSE(f.is_live(4));  // .text.dead
  EXPECT_TRUE(f.is_live(5));   // .keep (format root)
  EXPECT_FALSE(f.is_live(1));  // .text: nothing refers to it
}

TEST(LinkLayout, PlaceMembersAligns) {
  Fixture x;
  x.object("a", [](Builder& b) { b.o->section(b.text).size = 3; b.o->section(b.text).data.resize(3); });
  x.object("b", [](Builder& b) { b.o->section(b.text).align = 16; });
  x.input("a");
  x.input("b");
  ASSERT_TRUE(x.load());
  OutputSection os;
  os.members = {{0, 1}, {1, 1}};
  x.L->place_members(os, 7);
  EXPECT_EQ(x.L->objects[0]->offset[0], 0u);
  EXPECT_EQ(x.L->objects[1]->offset[0], 16u);
  EXPECT_EQ(x.L->objects[1]->out[0], 7u);
  EXPECT_EQ(os.size, 32u);
  EXPECT_EQ(os.align, 16u);
}

TEST(LinkDeterminism, ThreadCountDoesNotChangeResolution) {
  auto run = [](unsigned threads) {
    Fixture x;
    x.opt.threads = threads;
    for (int i = 0; i < 64; ++i) {
      std::string k = "o" + std::to_string(i);
      x.object(k, [i](Builder& b) {
        b.def("f" + std::to_string(i), b.text);
        b.def("shared_weak", b.text, static_cast<uint64_t>(i), obj::Binding::Weak);
        b.undef("f" + std::to_string((i + 1) % 64));
      });
      x.input(k);
    }
    EXPECT_TRUE(x.load());
    std::string sig;
    for (SymId id = 1; id < x.L->symbols.size(); ++id)
      sig += std::string(x.L->symbols[id].name) + ":" + x.L->owner_name(id) + ";";
    return sig;
  };
  EXPECT_EQ(run(1), run(4));
}
