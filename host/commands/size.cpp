// kit size: section sizes of objects, archive members, executables and
// shared libraries, in GNU size's Berkeley format (text = code and
// read-only allocated sections, data = other allocated sections with
// contents, bss = allocated sections without) or, with -A, its System V
// format (every section with its size and address).
#include <cstdio>
#include <iostream>

#include "../driver/toolchain.hpp"
#include "commands.hpp"
#include "objtools.hpp"

namespace kit::host {

Args take_target(Context& ctx, const Args& args);

namespace {

struct SizeOptions {
  bool sysv = false;    // -A
  bool totals = false;  // -t
  int radix = 10;       // -d / -o / -x
};

std::string number(uint64_t v, int radix) {
  char buf[32];
  std::snprintf(buf, sizeof buf, radix == 16 ? "0x%llx" : radix == 8 ? "0%llo" : "%llu",
                static_cast<unsigned long long>(v));
  return buf;
}

std::string pad_left(const std::string& s, size_t w) {
  return s.size() >= w ? s : std::string(w - s.size(), ' ') + s;
}
std::string pad_right(std::string s, size_t w) {
  if (s.size() < w) s.append(w - s.size(), ' ');
  return s;
}

}  // namespace

int cmd_size(Context& ctx, const Args& raw) {
  Args args = take_target(ctx, raw);
  SizeOptions o;
  std::vector<std::string> files;
  for (const std::string& a : args) {
    if (a == "-A" || a == "--format=sysv" || a == "--format=SysV") o.sysv = true;
    else if (a == "-B" || a == "--format=berkeley") o.sysv = false;
    else if (a == "-t" || a == "--totals") o.totals = true;
    else if (a == "-d" || a == "--radix=10") o.radix = 10;
    else if (a == "-x" || a == "--radix=16") o.radix = 16;
    else if (a == "-o" || a == "--radix=8") o.radix = 8;
    else if (a.size() > 1 && a[0] == '-')
      throw Error("size: unrecognized option '" + a + "' (see 'kit help size')");
    else files.push_back(a);
  }
  if (files.empty()) files.push_back("a.out");

  Toolchain tc(ctx, ctx.target());
  FormatPlugin& format = tc.format(KIT_CAP_READ_OBJECT);
  int rc = 0;
  bool header_done = false;
  uint64_t total_text = 0, total_data = 0, total_bss = 0;
  auto report = [&](const std::exception& e) {
    std::cout.flush();
    auto* ke = dynamic_cast<const Error*>(&e);
    if (ke && !ke->loc().file.empty())
      std::cerr << ke->loc().str() << ": error: " << ke->message() << "\n";
    else
      std::cerr << "kit size: error: " << e.what() << "\n";
    rc = 1;
  };
  for (const std::string& path : files) {
    try {
      objtools::walk(
          format, path, kListImages, [](const obj::Archive&) {},
          [&](objtools::Listed& f) {
            const obj::ObjectFile& obj = *f.object;
            std::string name = f.member.empty() ? path : f.member + " (ex " + path + ")";
            if (!o.sysv) {
              uint64_t text = 0, data = 0, bss = 0;
              for (uint32_t i = 1; i <= obj.sections.size(); ++i) {
                if (f.listing.sections[i - 1].hidden) continue;
                objtools::SectionTraits t = objtools::traits(obj, f.listing, i);
                if (!t.alloc) continue;
                uint64_t sz = obj.section(i).size;
                if (t.code || t.readonly) text += sz;
                else if (t.contents) data += sz;
                else bss += sz;
              }
              total_text += text, total_data += data, total_bss += bss;
              if (!header_done) {
                std::cout << "   text\t   data\t    bss\t"
                          << (o.radix == 8 ? "    oct" : "    dec") << "\t    hex\tfilename\n";
                header_done = true;
              }
              char line[160];
              uint64_t sum = text + data + bss;
              if (o.radix == 10)
                std::snprintf(line, sizeof line, "%7llu\t%7llu\t%7llu\t%7llu\t%7llx\t",
                              (unsigned long long)text, (unsigned long long)data,
                              (unsigned long long)bss, (unsigned long long)sum,
                              (unsigned long long)sum);
              else if (o.radix == 16)
                std::snprintf(line, sizeof line, "%#7llx\t%#7llx\t%#7llx\t%7llu\t%7llx\t",
                              (unsigned long long)text, (unsigned long long)data,
                              (unsigned long long)bss, (unsigned long long)sum,
                              (unsigned long long)sum);
              else
                std::snprintf(line, sizeof line, "%#7llo\t%#7llo\t%#7llo\t%7llo\t%7llx\t",
                              (unsigned long long)text, (unsigned long long)data,
                              (unsigned long long)bss, (unsigned long long)sum,
                              (unsigned long long)sum);
              std::cout << line << name << "\n";
              return;
            }
            // System V: every section GNU tools list.
            size_t namelen = 7;
            uint64_t total = 0, maxvma = 0;
            for (uint32_t i = 1; i <= obj.sections.size(); ++i) {
              if (f.listing.sections[i - 1].hidden) continue;
              namelen = std::max(namelen, obj.str(obj.section(i).name).size());
              total += obj.section(i).size;
              maxvma = std::max(maxvma, f.listing.sections[i - 1].address);
            }
            size_t sizelen = std::max<size_t>(4, number(total, o.radix).size());
            size_t vmalen = std::max<size_t>(4, number(maxvma, o.radix).size());
            std::string out = f.member.empty() ? path + "  :\n" : f.member + "   (ex " + path + "):\n";
            out += pad_right("section", namelen) + "   " + pad_left("size", sizelen) + "   " +
                   pad_left("addr", vmalen) + "\n";
            for (uint32_t i = 1; i <= obj.sections.size(); ++i) {
              if (f.listing.sections[i - 1].hidden) continue;
              out += pad_right(std::string(obj.str(obj.section(i).name)), namelen) + "   " +
                     pad_left(number(obj.section(i).size, o.radix), sizelen) + "   " +
                     pad_left(number(f.listing.sections[i - 1].address, o.radix), vmalen) + "\n";
            }
            out += pad_right("Total", namelen) + "   " + pad_left(number(total, o.radix), sizelen) +
                   "\n\n\n";
            std::cout << out;
          },
          report);
    } catch (const Unsupported&) {
      throw;
    } catch (const std::exception& e) {
      report(e);
    }
  }
  if (o.totals && !o.sysv && header_done) {
    char line[160];
    uint64_t sum = total_text + total_data + total_bss;
    std::snprintf(line, sizeof line, "%7llu\t%7llu\t%7llu\t%7llu\t%7llx\t(TOTALS)\n",
                  (unsigned long long)total_text, (unsigned long long)total_data,
                  (unsigned long long)total_bss, (unsigned long long)sum,
                  (unsigned long long)sum);
    std::cout << line;
  }
  return rc;
}

}  // namespace kit::host
