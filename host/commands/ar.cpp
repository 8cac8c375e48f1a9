// kit ar: create and edit static libraries, GNU ar-compatible.
//
//   kit ar [-]OP[MODS] archive [member...]
//   OP:   r replace or add, q append, d delete, t list, x extract, p print,
//         s index only (like ranlib)
//   MODS: c no "creating" notice, s write the index (always done unless S),
//         S no index, u replace only newer files, v verbose, D deterministic
//         (zero dates and ids, mode 644; the default), U real dates and ids,
//         P match full paths
//
// Archives are read with the SDK's reader (GNU and BSD variants) and
// written in the GNU variant. The symbol index lists each member's defined
// global symbols as the target's format plugin reads them. Members are
// kept in order and by position, so same-named members survive. The
// archive is written atomically.
#include <sys/stat.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "../driver/toolchain.hpp"
#include "commands.hpp"
#include "kit/atomic_file.hpp"
#include "objtools.hpp"

namespace kit::host {

Args take_target(Context& ctx, const Args& args);

namespace fs = std::filesystem;

namespace {

struct ArOptions {
  char op = 0;
  bool create_quiet = false, index = true, update = false, verbose = false,
       deterministic = true, full_path = false, index_asked = false;
};

// A member of the archive being built: bytes owned here or borrowed from
// the old archive.
struct Member {
  std::string name;
  std::vector<uint8_t> own;
  std::span<const uint8_t> data;
  uint64_t date = 0;
  uint32_t uid = 0, gid = 0, mode = 0644;
  uint64_t size_hint = 0;  // thin archive member not read: its recorded size
};

[[noreturn]] void usage(const std::string& m) {
  throw Error("ar: " + m + "\nusage: kit ar [-]{dpqrstx}[cDsSuvUP] archive [member...]");
}

std::string mode_string(uint32_t mode) {
  std::string s = "---------";
  const char* rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i)
    if (mode & (1u << (8 - i))) s[static_cast<size_t>(i)] = rwx[i];
  return s;
}

std::string long_line(const Member& m) {
  char when[64] = "";
  std::time_t t = static_cast<std::time_t>(m.date);
  std::tm tm{};
  if (localtime_r(&t, &tm)) std::strftime(when, sizeof when, "%b %e %H:%M %Y", &tm);
  char buf[512];
  std::snprintf(buf, sizeof buf, "%s %u/%u %6llu %s %s", mode_string(m.mode).c_str(), m.uid, m.gid,
                static_cast<unsigned long long>(m.data.empty() ? m.size_hint : m.data.size()), when,
                m.name.c_str());
  return buf;
}

}  // namespace

// Defined global symbols of one member as the format plugin sees them;
// nothing for members that are not objects of the format.
std::vector<std::string> archive_member_symbols(const FormatPlugin& format,
                                                std::span<const uint8_t> data,
                                                const std::string& label) {
  std::vector<std::string> out;
  if (!format.is_object(data)) return out;
  FileListing l;
  auto o = format.list_file(data, label, 0, l);
  for (const obj::Symbol& s : o->symbols) {
    if (s.binding == obj::Binding::Local || s.section == obj::Symbol::kUndefined || !s.name) continue;
    out.emplace_back(o->str(s.name));
  }
  return out;
}

// Writes members (with an index unless told not to) to path atomically.
void write_members(const FormatPlugin& format, const std::string& path,
                   const std::vector<Member>& members, bool index) {
  std::vector<obj::NewArchiveMember> out(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    const Member& m = members[i];
    out[i].name = m.name;
    out[i].data = m.data;
    out[i].date = m.date;
    out[i].uid = m.uid;
    out[i].gid = m.gid;
    out[i].mode = m.mode;
    if (index) out[i].symbols = archive_member_symbols(format, m.data, path + "(" + m.name + ")");
  }
  obj::ArchiveWriteOptions wo;
  wo.symbol_index = index;
  wo.deterministic = false;  // each member carries the metadata it should have
  write_file_atomically(path, obj::write_archive(out, wo));
}

// The members of an existing archive, borrowing its bytes. A thin
// archive's members are read from their files when `contents` is asked
// for; kit lists and extracts thin archives but does not edit them.
std::vector<Member> load_members(const std::string& path, const std::vector<uint8_t>& bytes,
                                 bool editing, bool contents) {
  if (!obj::is_archive(bytes)) throw Error(SourceLoc{path}, "file format not recognized");
  obj::Archive a = obj::Archive::parse(bytes, path);
  if (a.thin() && editing) throw Error(SourceLoc{path}, "kit ar cannot edit thin archives yet");
  std::vector<Member> out;
  out.reserve(a.members().size());
  for (const auto& m : a.members()) {
    Member x;
    x.name = std::string(m.name);
    x.data = m.data;
    if (m.external && contents) {
      fs::path p = fs::path(x.name).is_absolute() ? fs::path(x.name)
                                                   : fs::path(path).parent_path() / x.name;
      x.own = objtools::read_file(p.string());
      x.data = x.own;
      x.name = p.filename().string();
    } else if (m.external) {
      x.size_hint = m.size;
    }
    x.date = m.date;
    x.uid = m.uid;
    x.gid = m.gid;
    x.mode = m.mode;
    out.push_back(std::move(x));
  }
  return out;
}

static int ar_main(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  ArOptions o;
  size_t i = 0;
  // Leading long options GNU ar accepts and kit ignores or refuses.
  while (i < args.size() && args[i].rfind("--", 0) == 0) {
    if (args[i] == "--thin") usage("thin archives (--thin) are not supported yet");
    if (args[i].rfind("--plugin", 0) == 0 || args[i].rfind("--target", 0) == 0) {
      if (args[i].find('=') == std::string::npos) ++i;
      ++i;
      continue;
    }
    usage("unrecognized option '" + args[i] + "'");
  }
  if (i >= args.size()) usage("no operation specified");
  std::string ops = args[i++];
  if (!ops.empty() && ops[0] == '-') ops.erase(0, 1);
  for (char c : ops) switch (c) {
      case 'd': case 'p': case 'q': case 'r': case 't': case 'x':
        if (o.op && o.op != 's') usage("two different operation options specified");
        o.op = c;
        break;
      case 's':
        o.index_asked = true;
        if (!o.op) o.op = 's';
        break;
      case 'c': o.create_quiet = true; break;
      case 'S': o.index = false; break;
      case 'u': o.update = true; break;
      case 'v': o.verbose = true; break;
      case 'D': o.deterministic = true; break;
      case 'U': o.deterministic = false; break;
      case 'P': o.full_path = true; break;
      case 'f': case 'o': case 'l': break;
      case 'a': case 'b': case 'i': case 'm': case 'N': case 'T':
        usage(std::string("the '") + c + "' operation or modifier is not supported yet");
      default: usage(std::string("invalid option -- '") + c + "'");
    }
  if (!o.op) usage("no operation specified");
  if (i >= args.size()) usage("no archive specified");
  const std::string archive = args[i++];
  std::vector<std::string> names(args.begin() + static_cast<long>(i), args.end());
  if (o.update && o.deterministic) {
    std::cerr << "kit ar: 'u' modifier ignored since 'D' is the default (see 'U')\n";
    o.update = false;
  }

  Toolchain tc(ctx, ctx.target());
  FormatPlugin& format = tc.format(KIT_CAP_READ_OBJECT);
  auto matches = [&](const Member& m, const std::string& n) {
    return m.name == (o.full_path ? n : fs::path(n).filename().string());
  };

  std::error_code ec;
  const bool exists = fs::exists(archive, ec);
  std::vector<uint8_t> old_bytes;
  std::vector<Member> members;
  if (exists) {
    old_bytes = objtools::read_file(archive);
    const bool editing = o.op == 'r' || o.op == 'q' || o.op == 'd' || o.op == 's';
    members = load_members(archive, old_bytes, editing, o.op == 'p' || o.op == 'x');
  } else if (o.op != 'r' && o.op != 'q') {
    throw Error(SourceLoc{archive}, "No such file or directory");
  }

  switch (o.op) {
    case 't': {
      for (const Member& m : members) {
        if (!names.empty() &&
            std::none_of(names.begin(), names.end(), [&](const std::string& n) { return matches(m, n); }))
          continue;
        std::cout << (o.verbose ? long_line(m) : m.name) << "\n";
      }
      return 0;
    }
    case 'p': {
      for (const Member& m : members) {
        if (!names.empty() &&
            std::none_of(names.begin(), names.end(), [&](const std::string& n) { return matches(m, n); }))
          continue;
        if (o.verbose) std::cout << "\n<" << m.name << ">\n\n";
        std::cout.write(reinterpret_cast<const char*>(m.data.data()),
                        static_cast<std::streamsize>(m.data.size()));
      }
      return 0;
    }
    case 'x': {
      int rc = 0;
      std::vector<bool> found(names.size(), false);
      for (const Member& m : members) {
        bool want = names.empty();
        for (size_t k = 0; k < names.size(); ++k)
          if (!found[k] && matches(m, names[k])) want = found[k] = true;
        if (!want) continue;
        if (m.name.empty() || m.name.find('/') != std::string::npos || m.name == "..")
          throw Error(SourceLoc{archive}, "refusing to extract member '" + m.name +
                                              "': not a plain file name");
        if (o.verbose) std::cout << "x - " << m.name << "\n";
        write_file_atomically(m.name, m.data);
        fs::permissions(m.name, static_cast<fs::perms>(m.mode & 0777), ec);
      }
      for (size_t k = 0; k < names.size(); ++k)
        if (!found[k]) {
          std::cerr << "kit ar: no entry " << names[k] << " in archive " << archive << "\n";
          rc = 1;
        }
      return rc;
    }
    case 'd': {
      for (const std::string& n : names) {
        auto it = std::find_if(members.begin(), members.end(), [&](const Member& m) { return matches(m, n); });
        if (it == members.end()) continue;  // GNU ar: silently nothing
        if (o.verbose) std::cout << "d - " << it->name << "\n";
        members.erase(it);
      }
      write_members(format, archive, members, o.index);
      return 0;
    }
    case 's':
      write_members(format, archive, members, true);
      return 0;
    case 'r':
    case 'q': {
      if (!exists && !o.create_quiet) std::cerr << "kit ar: creating " << archive << "\n";
      // Read every input first: a missing one leaves the archive untouched.
      std::vector<Member> added;
      for (const std::string& n : names) {
        Member m;
        m.name = o.full_path ? n : fs::path(n).filename().string();
        m.own = objtools::read_file(n);
        if (!o.deterministic) {
          struct stat st {};
          if (::stat(n.c_str(), &st) == 0) {
            m.date = static_cast<uint64_t>(st.st_mtime);
            m.uid = st.st_uid;
            m.gid = st.st_gid;
            m.mode = st.st_mode & 07777;
          }
        }
        added.push_back(std::move(m));
      }
      // Members keep pointing into `added`, which no longer grows.
      for (Member& m : added) {
        m.data = m.own;
        if (o.op == 'q') {
          if (o.verbose) std::cout << "a - " << m.name << "\n";
          members.push_back(std::move(m));
          continue;
        }
        auto it = std::find_if(members.begin(), members.end(),
                               [&](const Member& x) { return x.name == m.name; });
        if (it == members.end()) {
          if (o.verbose) std::cout << "a - " << m.name << "\n";
          members.push_back(std::move(m));
        } else {
          if (o.update && it->date >= m.date) continue;
          if (o.verbose) std::cout << "r - " << m.name << "\n";
          *it = std::move(m);
        }
      }
      for (Member& m : members)
        if (!m.own.empty()) m.data = m.own;
      write_members(format, archive, members, o.index);
      return 0;
    }
  }
  return 0;
}

int cmd_ar(Context& ctx, const Args& raw) {
  return objtools::rethrow_in_host([&] { return ar_main(ctx, raw); });
}

}  // namespace kit::host
