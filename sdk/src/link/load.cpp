// Reading the inputs of a link and resolving their symbols.
//
// Inputs are taken in command-line order. Position-dependent flags
// (-Bstatic, --whole-archive, --as-needed) apply to what follows them.
// Objects are read in parallel up front (they are all needed); archives
// contribute their symbol index as Lazy symbols, and a member is read when
// a non-weak reference meets one of its symbols, wherever the archive sits
// on the command line (like lld and mold: --start-group is implied, so
// group markers are accepted and change nothing). Fetches are queued and
// drained after each input, in FIFO order, so the set and the order of
// loaded members depend on the inputs alone.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>
#include <filesystem>
#include <unordered_map>

#include "internal.hpp"

namespace fs = std::filesystem;

namespace kit::link {

FormatHooks::~FormatHooks() = default;

std::unique_ptr<SharedLibrary> FormatHooks::read_shared(std::shared_ptr<const FileBuffer> file,
                                                        const std::string&) const {
  throw Error(SourceLoc{file->path()}, "this format cannot link against shared libraries yet");
}
void FormatHooks::read_script(std::string_view, const std::string& path, std::vector<Input>&,
                              std::vector<std::string>&) const {
  throw Error(SourceLoc{path}, "file format not recognized");
}
bool FormatHooks::gc_follows_relocs(const InputObject&, uint32_t) const { return true; }
void FormatHooks::gc_dependents(const InputObject&, uint32_t, std::vector<SectionRef>&) const {}

struct Linker::ComdatMap {
  std::unordered_map<std::string_view, uint32_t> owner;
};

Linker::Linker(const Options& o, const FormatHooks& h, Diagnostics& d)
    : options(o), hooks(h), diags(d), comdats_(std::make_unique<ComdatMap>()) {}
Linker::~Linker() = default;

unsigned Linker::threads() const {
  if (options.threads) return options.threads;
  unsigned n = std::thread::hardware_concurrency();
  return n ? n : 1;
}

namespace {

// A kit::Error as a diagnostic at its own location.
void report(Diagnostics& d, const Error& e) {
  if (e.loc().file.empty()) d.error({}, e.what());
  else d.error(e.loc(), e.message());
}

int strictness(obj::SymbolVisibility v) {
  switch (v) {
    case obj::SymbolVisibility::Default: return 0;
    case obj::SymbolVisibility::Protected: return 1;
    case obj::SymbolVisibility::Hidden: return 2;
    case obj::SymbolVisibility::Internal: return 3;
  }
  return 0;
}

bool file_exists(const std::string& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

}  // namespace

// ---------------------------------------------------------------------------
// Input expansion: -l search, scripts, position-dependent state.
struct Linker::Loader {
  Linker& L;
  bool static_only = false;
  bool whole_archive = false;
  bool as_needed = false;
  int script_depth = 0;
  std::vector<std::string> search;
  struct State {
    bool static_only, whole_archive, as_needed;
  };
  std::vector<State> saved;  // --push-state

  struct Item {
    enum Kind : uint8_t { Object, Archive, Shared } kind = Object;
    std::shared_ptr<FileBuffer> file;
    std::string name;
    bool whole = false, as_needed = false;
    std::unique_ptr<obj::ObjectFile> obj;
    std::unique_ptr<Error> error;
  };
  std::vector<Item> items;

  explicit Loader(Linker& l) : L(l), static_only(l.options.is_static), search(l.options.library_paths) {
    for (auto& d : search) d = with_sysroot(d);
  }

  std::string with_sysroot(const std::string& p) const {
    if (!p.empty() && p[0] == '=') {
      std::string root = L.options.sysroot;
      if (root.empty() || root == "/") return p.substr(1);
      return (fs::path(root) / p.substr(p[1] == '/' ? 2 : 1)).string();
    }
    return p;
  }

  std::string find_library(const std::string& name) const {
    if (!name.empty() && name[0] == ':') {
      for (const auto& d : search)
        if (auto p = (fs::path(d) / name.substr(1)).string(); file_exists(p)) return p;
      return {};
    }
    for (const auto& d : search) {
      if (!static_only)
        if (auto p = (fs::path(d) / ("lib" + name + ".so")).string(); file_exists(p)) return p;
      if (auto p = (fs::path(d) / ("lib" + name + ".a")).string(); file_exists(p)) return p;
    }
    return {};
  }

  void add_path(const std::string& path, const std::string& shown) {
    std::shared_ptr<FileBuffer> file;
    try {
      file = FileBuffer::map(path);
    } catch (const Error& e) {
      report(L.diags, e);
      return;
    }
    add_buffer(std::move(file), shown);
  }

  void add_buffer(std::shared_ptr<FileBuffer> file, const std::string& shown) {
    std::span<const uint8_t> b = file->bytes();
    Item it;
    it.name = shown;
    it.whole = whole_archive;
    it.as_needed = as_needed;
    if (detail::is_archive(b)) {
      it.kind = Item::Archive;
    } else {
      FileKind k = L.hooks.classify(b);
      if (k == FileKind::Object) {
        it.kind = Item::Object;
      } else if (k == FileKind::SharedLibrary) {
        if (L.options.is_static) {
          L.diags.error(SourceLoc{shown}, "attempted static link of dynamic object");
          return;
        }
        it.kind = Item::Shared;
      } else if (k == FileKind::Script || k == FileKind::Unknown) {
        read_script(*file, shown);
        return;
      }
    }
    it.file = std::move(file);
    items.push_back(std::move(it));
  }

  void read_script(const FileBuffer& file, const std::string& shown) {
    std::span<const uint8_t> b = file.bytes();
    bool text = std::none_of(b.begin(), b.end(), [](uint8_t c) { return c == 0; });
    if (!text || b.empty()) {
      L.diags.error(SourceLoc{shown}, "file format not recognized");
      return;
    }
    if (++script_depth > 16) {
      L.diags.error(SourceLoc{shown}, "linker scripts include each other too deeply");
      --script_depth;
      return;
    }
    std::vector<Input> inputs;
    std::vector<std::string> dirs;
    try {
      L.hooks.read_script(std::string_view(reinterpret_cast<const char*>(b.data()), b.size()),
                          file.path(), inputs, dirs);
    } catch (const Error& e) {
      report(L.diags, e);
      L.diags.note(SourceLoc{shown}, "not an object, archive or shared library of the target's format, "
                                     "so it was read as a linker script");
      --script_depth;
      return;
    }
    for (auto& d : dirs) search.push_back(with_sysroot(d));
    // Paths in a script found inside the sysroot are taken inside it.
    std::string root = L.options.sysroot;
    bool in_sysroot = !root.empty() && root != "/" && file.path().rfind(root, 0) == 0;
    bool saved_as_needed = as_needed;
    for (auto& in : inputs) {
      if (in.kind == Input::File) {
        std::string p = with_sysroot(in.value);
        if (in_sysroot && !p.empty() && p[0] == '/') p = (fs::path(root) / p.substr(1)).string();
        if (!file_exists(p) && fs::path(p).is_relative()) {
          // Relative names: beside the script, then in the search path.
          std::string beside = (fs::path(file.path()).parent_path() / p).string();
          if (file_exists(beside)) {
            p = beside;
          } else {
            for (const auto& d : search)
              if (auto q = (fs::path(d) / p).string(); file_exists(q)) {
                p = q;
                break;
              }
          }
        }
        if (!file_exists(p)) {
          L.diags.error(SourceLoc{shown}, "cannot find '" + in.value + "' named by the linker script");
          continue;
        }
        add_path(p, p);
      } else {
        process(in);
      }
    }
    as_needed = saved_as_needed;
    --script_depth;
  }

  void process(const Input& in) {
    switch (in.kind) {
      case Input::File:
        add_path(with_sysroot(in.value), in.value);
        break;
      case Input::Library: {
        std::string p = find_library(in.value);
        if (p.empty()) {
          L.diags.error({}, "cannot find -l" + in.value + " (searched " + std::to_string(search.size()) +
                                " directories: " + join_search() + ")");
          break;
        }
        add_path(p, p);
        break;
      }
      case Input::Memory: {
        const auto& mf = L.options.memory_files.at(static_cast<size_t>(in.memory_index));
        add_buffer(FileBuffer::own(mf.name, mf.bytes), mf.name);
        break;
      }
      case Input::GroupStart:
      case Input::GroupEnd:
        break;  // implied: archives are searched whenever a reference needs them
      case Input::WholeArchive: whole_archive = true; break;
      case Input::NoWholeArchive: whole_archive = false; break;
      case Input::AsNeeded: as_needed = true; break;
      case Input::NoAsNeeded: as_needed = false; break;
      case Input::Static: static_only = true; break;
      case Input::Dynamic: static_only = L.options.is_static; break;
      case Input::PushState: saved.push_back({static_only, whole_archive, as_needed}); break;
      case Input::PopState:
        if (saved.empty()) {
          L.diags.error({}, "--pop-state without --push-state");
          break;
        }
        static_only = saved.back().static_only;
        whole_archive = saved.back().whole_archive;
        as_needed = saved.back().as_needed;
        saved.pop_back();
        break;
    }
  }

  std::string join_search() const {
    std::string s;
    for (size_t i = 0; i < search.size() && i < 8; ++i) s += (i ? ", " : "") + search[i];
    if (search.size() > 8) s += ", ...";
    return s;
  }
};

// ---------------------------------------------------------------------------
// Resolution.

void Linker::reference(SymId id, bool weak) {
  GlobalSymbol& g = symbols[id];
  g.referenced = true;
  if (!weak) g.strong_ref = true;
  if (g.state == SymState::Lazy && !weak) fetch(id);
}

void Linker::fetch(SymId id) {
  GlobalSymbol& g = symbols[id];
  ArchiveInput::Member& m = archives[g.file].members[g.index];
  if (m.object != kNoOutput) {  // loaded, yet it did not define the symbol
    g.state = SymState::Undefined;
    return;
  }
  if (m.queued) return;
  m.queued = true;
  fetch_queue_.push_back({g.file, g.index, id});
}

void Linker::drain_fetches() {
  for (size_t i = 0; i < fetch_queue_.size(); ++i) {
    Fetch f = fetch_queue_[i];
    load_member(f.archive, f.member);
    GlobalSymbol& g = symbols[f.why];
    if (g.state == SymState::Lazy && g.file == f.archive && g.index == f.member)
      g.state = SymState::Undefined;  // the index promised more than the member holds
  }
  fetch_queue_.clear();
}

uint32_t Linker::load_member(uint32_t archive, uint32_t member) {
  ArchiveInput& a = archives[archive];
  ArchiveInput::Member& m = a.members[member];
  if (m.object != kNoOutput) return m.object;
  std::string name = a.path + "(" + m.name + ")";
  std::unique_ptr<obj::ObjectFile> o = std::move(m.parsed);
  if (!o) {
    try {
      o = hooks.read_object(m.bytes, name);
    } catch (const Error& e) {
      report(diags, e);
      return kNoOutput;
    }
  }
  auto f = std::make_unique<InputObject>();
  f->obj = std::move(o);
  f->name = std::move(name);
  uint32_t id = static_cast<uint32_t>(objects.size());
  m.object = id;
  add_object(std::move(f));
  return id;
}

void Linker::add_object(std::unique_ptr<InputObject> fp) {
  InputObject& f = *fp;
  f.id = static_cast<uint32_t>(objects.size());
  objects.push_back(std::move(fp));
  obj::ObjectFile& o = *f.obj;
  size_t nsec = o.sections.size();
  f.live.assign(nsec, 1);
  f.out.assign(nsec, kNoOutput);
  f.offset.assign(nsec, 0);

  // COMDAT: the first group with a signature wins.
  for (const obj::Group& g : o.groups) {
    auto [it, inserted] = comdats_->owner.try_emplace(o.str(g.signature), f.id);
    if (!inserted)
      for (uint32_t s : g.sections)
        if (s >= 1 && s <= nsec) f.live[s - 1] = 0;
  }

  f.sym.assign(o.symbols.size(), 0);
  for (uint32_t i = 0; i < o.symbols.size(); ++i) {
    const obj::Symbol& s = o.symbols[i];
    if (s.binding == obj::Binding::Local) continue;
    std::string_view name = o.str(s.name);
    if (name.empty()) continue;
    SymId id = symbols.intern(name);
    f.sym[i] = id;
    GlobalSymbol& g = symbols[id];
    if (strictness(s.visibility) > strictness(g.visibility)) g.visibility = s.visibility;
    bool weak = s.binding == obj::Binding::Weak;
    bool is_common = s.section == obj::Symbol::kCommon;
    bool defined = s.defined();
    if (defined && s.section != obj::Symbol::kAbsolute) {
      if (s.section > nsec) {
        diags.error(SourceLoc{f.name}, "symbol '" + std::string(name) + "' is in section " +
                                           std::to_string(s.section) + ", which does not exist");
        continue;
      }
      if (!f.live[s.section - 1]) defined = false;  // in a discarded COMDAT group
    }
    if (!defined && !is_common) {
      // Until something defines it, the reference says what it is (an
      // import of TLS must be STT_TLS in a dynamic symbol table).
      if ((g.state == SymState::Undefined || g.state == SymState::Lazy) && s.type != obj::SymbolType::None)
        g.type = s.type;
      reference(id, weak);
      continue;
    }
    if (is_common) {
      switch (g.state) {
        case SymState::Undefined:
        case SymState::Lazy:
        case SymState::Shared:
          g.state = SymState::Common;
          g.file = f.id;
          g.index = i;
          g.size = s.size;
          g.value = s.value ? s.value : 1;
          g.weak = false;
          g.type = obj::SymbolType::Object;
          break;
        case SymState::Defined:
          if (g.weak) {
            g.state = SymState::Common;
            g.file = f.id;
            g.index = i;
            g.size = s.size;
            g.value = s.value ? s.value : 1;
            g.weak = false;
          }
          break;
        case SymState::Common:
          g.size = std::max(g.size, s.size);
          g.value = std::max<uint64_t>(g.value, s.value ? s.value : 1);
          break;
        default:
          break;
      }
      continue;
    }
    auto take = [&] {
      g.state = SymState::Defined;
      g.weak = weak;
      g.file = f.id;
      g.index = i;
      g.type = s.type;
      g.size = s.size;
      g.flags = s.flags;
    };
    if (g.state == SymState::Shared) g.referenced_by_shared = true;
    switch (g.state) {
      case SymState::Undefined:
      case SymState::Lazy:
      case SymState::Shared:
        take();
        break;
      case SymState::Common:
        if (!weak) take();
        break;
      case SymState::Defined:
        if (g.weak && !weak) take();
        else if (!g.weak && !weak) duplicates_.push_back({id, g.file, g.index, f.id, i});
        break;
      default:
        break;
    }
  }
}

void Linker::add_shared(std::unique_ptr<SharedLibrary> lib, bool as_needed) {
  for (const auto& s : shared)
    if (s.lib->soname == lib->soname) return;  // the same library again
  uint32_t idx = static_cast<uint32_t>(shared.size());
  for (uint32_t k = 0; k < lib->symbols.size(); ++k) {
    const SharedSymbol& s = lib->symbols[k];
    SymId id = symbols.intern(s.name);
    GlobalSymbol& g = symbols[id];
    g.referenced_by_shared = true;  // a definition here interposes on the library's
    if (g.state != SymState::Undefined) continue;
    g.state = SymState::Shared;
    g.file = idx;
    g.index = k;
    g.weak = s.weak;
    g.type = s.type;
    g.size = s.size;
  }
  for (std::string_view n : lib->undefined) symbols[symbols.intern(n)].referenced_by_shared = true;
  SharedInput in;
  in.lib = std::move(lib);
  in.as_needed = as_needed;
  in.needed = !as_needed;
  shared.push_back(std::move(in));
}

bool Linker::load(std::string_view default_entry) {
  unsigned errors_before = diags.error_count();
  Loader ld(*this);

  // The entry and -u symbols are references from the start, so archives
  // anywhere on the command line provide them.
  std::string entry_name = options.entry.empty() ? std::string(default_entry) : options.entry;
  if (!entry_name.empty()) {
    names_.push_back(entry_name);
    entry = symbols.intern(names_.back());
    reference(entry, false);
  }
  for (const auto& u : options.undefined) {
    names_.push_back(u);
    reference(symbols.intern(names_.back()), false);
  }

  for (const auto& in : options.inputs) ld.process(in);
  if (diags.error_count() != errors_before) return false;

  // Objects: read in parallel, errors reported in input order.
  std::vector<size_t> object_items;
  for (size_t i = 0; i < ld.items.size(); ++i)
    if (ld.items[i].kind == Loader::Item::Object) object_items.push_back(i);
  parallel_for(object_items.size(), threads(), [&](size_t k) {
    Loader::Item& it = ld.items[object_items[k]];
    try {
      it.obj = hooks.read_object(it.file->bytes(), it.name);
    } catch (const Error& e) {
      it.error = std::make_unique<Error>(e);
    } catch (const std::exception& e) {
      it.error = std::make_unique<Error>(SourceLoc{it.name}, e.what());
    }
  });
  for (size_t i : object_items)
    if (ld.items[i].error) report(diags, *ld.items[i].error);
  if (diags.error_count() != errors_before) return false;

  for (auto& it : ld.items) {
    switch (it.kind) {
      case Loader::Item::Object: {
        auto f = std::make_unique<InputObject>();
        f->obj = std::move(it.obj);
        f->name = it.name;
        add_object(std::move(f));
        break;
      }
      case Loader::Item::Archive: {
        ArchiveInput a;
        detail::ArchiveIndex index;
        try {
          index = detail::read_archive(it.file, a);
        } catch (const Error& e) {
          report(diags, e);
          continue;
        }
        a.path = it.name;
        uint32_t ai = static_cast<uint32_t>(archives.size());
        archives.push_back(std::move(a));
        ArchiveInput& ar = archives.back();
        if (it.whole) {
          std::vector<std::unique_ptr<obj::ObjectFile>> parsed(ar.members.size());
          std::vector<std::unique_ptr<Error>> errors(ar.members.size());
          parallel_for(ar.members.size(), threads(), [&](size_t m) {
            try {
              parsed[m] = hooks.read_object(ar.members[m].bytes, ar.path + "(" + ar.members[m].name + ")");
            } catch (const Error& e) {
              errors[m] = std::make_unique<Error>(e);
            } catch (const std::exception& e) {
              errors[m] = std::make_unique<Error>(SourceLoc{ar.path}, e.what());
            }
          });
          for (size_t m = 0; m < ar.members.size(); ++m) {
            if (errors[m]) {
              report(diags, *errors[m]);
              continue;
            }
            ar.members[m].parsed = std::move(parsed[m]);
            load_member(ai, static_cast<uint32_t>(m));
          }
          break;
        }
        if (!index.has_index) {
          // No armap: read every member to learn what it defines.
          for (uint32_t m = 0; m < ar.members.size(); ++m) {
            try {
              ar.members[m].parsed = hooks.read_object(ar.members[m].bytes, ar.path + "(" + ar.members[m].name + ")");
            } catch (const std::exception&) {
              continue;  // not an object of this format: never fetched
            }
            const obj::ObjectFile& o = *ar.members[m].parsed;
            for (const auto& s : o.symbols)
              if (s.binding != obj::Binding::Local && s.defined()) index.symbols.emplace_back(o.str(s.name), m);
          }
        }
        for (auto [name, m] : index.symbols) {
          SymId id = symbols.intern(name);
          GlobalSymbol& g = symbols[id];
          if (g.state != SymState::Undefined) continue;
          g.state = SymState::Lazy;
          g.file = ai;
          g.index = m;
          if (g.strong_ref) fetch(id);
        }
        break;
      }
      case Loader::Item::Shared: {
        std::unique_ptr<SharedLibrary> lib;
        try {
          lib = hooks.read_shared(it.file, it.name);
        } catch (const Error& e) {
          report(diags, e);
          continue;
        }
        if (lib->path.empty()) lib->path = it.name;
        if (!lib->file) lib->file = it.file;
        add_shared(std::move(lib), it.as_needed);
        break;
      }
    }
    drain_fetches();
  }
  drain_fetches();

  // --defsym
  for (const auto& [name, expr] : options.defsym) {
    names_.push_back(name);
    SymId id = symbols.intern(names_.back());
    GlobalSymbol& g = symbols[id];
    std::string e = expr;
    e.erase(std::remove(e.begin(), e.end(), ' '), e.end());
    char* end = nullptr;
    errno = 0;
    unsigned long long v = std::strtoull(e.c_str(), &end, 0);
    if (!e.empty() && end && *end == '\0' && errno == 0) {
      g.state = SymState::Absolute;
      g.value = v;
      g.weak = false;
      continue;
    }
    size_t op = e.find_first_of("+-", 1);
    std::string target = e.substr(0, op);
    int64_t addend = 0;
    if (op != std::string::npos) {
      std::string num = e.substr(op + 1);
      unsigned long long n = std::strtoull(num.c_str(), &end, 0);
      if (num.empty() || *end != '\0') {
        diags.error({}, "--defsym " + name + "=" + expr + ": kit accepts NUMBER, SYMBOL, SYMBOL+NUMBER or SYMBOL-NUMBER");
        continue;
      }
      addend = e[op] == '-' ? -static_cast<int64_t>(n) : static_cast<int64_t>(n);
    }
    names_.push_back(target);
    SymId t = symbols.intern(names_.back());
    reference(t, false);
    g.state = SymState::Synthetic;
    aliases.push_back({id, t, addend});
  }
  drain_fetches();

  for (const auto& d : duplicates_) {
    const InputObject& a = *objects[d.first_file];
    const InputObject& b = *objects[d.second_file];
    const obj::Symbol& sa = a.obj->symbols[d.first_index];
    const obj::Symbol& sb = b.obj->symbols[d.second_index];
    auto where = [&](const InputObject& f, const obj::Symbol& s) {
      return s.section == obj::Symbol::kAbsolute ? f.name + ":(*ABS*)" : describe(f, s.section, s.value);
    };
    diags.error({}, "duplicate symbol '" + std::string(symbols[d.id].name) + "': defined in " +
                        where(a, sa) + " and in " + where(b, sb));
  }

  for (SymId id = 1; id < symbols.size(); ++id) {
    GlobalSymbol& g = symbols[id];
    if (g.state == SymState::Common) commons.push_back(id);
    if (g.state == SymState::Shared && g.referenced) shared[g.file].needed = true;
  }
  return diags.error_count() == errors_before;
}

}  // namespace kit::link
