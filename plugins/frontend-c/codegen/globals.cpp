// File-scope objects and functions as IR globals.
//
// A global is created the first time codegen needs it (a reference or a
// definition) and finished at the end of the translation unit, when its
// linkage is final: C lets `int x; ... int x = 1;` or
// `extern int a[]; int a[10];` refine a declaration later.
//
//   static                      -> internal
//   __attribute__((weak))       -> weak
//   tentative, -fcommon         -> common (zero-initialized)
//   C99 inline definition       -> linkonce, emitted only when used
//   static inline               -> internal, emitted only when used
//   otherwise                   -> external (a definition if defined here)
//
// String literals are internal read-only globals (.L.str.N), one per
// distinct contents, flagged as strings so the object format can merge
// them.
#include <algorithm>
#include <cstring>

#include "codegen/codegen.hpp"

namespace kit::c {

std::string Codegen::symbol_name(Obj* o) {
  return std::string(parser_->name_of(o->asm_name ? o->asm_name : o->name));
}

uint32_t Codegen::global_of(Obj* o) {
  if (o->global >= 0) return static_cast<uint32_t>(o->global);
  if (o->is_string_literal) return string_global(o);
  std::string name = symbol_name(o);
  int64_t existing = m_.find_global(name);
  if (existing >= 0) {
    o->global = existing;
    return static_cast<uint32_t>(existing);
  }
  uint32_t g;
  if (o->is_function) g = m_.add_function(name, func_irt(o->ty), ir::Linkage::External);
  else g = m_.add_data(name, irt(o->ty), ir::Linkage::External);
  o->global = g;
  return g;
}

uint32_t Codegen::string_global(Obj* s) {
  if (s->global >= 0) return static_cast<uint32_t>(s->global);
  StaticData* d = s->data;
  uint8_t elem = static_cast<uint8_t>(type_size(s->ty->base));
  std::string_view key(reinterpret_cast<const char*>(d->bytes), static_cast<size_t>(d->size));
  // Distinct element sizes with equal bytes are distinct literals.
  auto it = strings_.find(key);
  if (it != strings_.end() && m_.type(m_.global(it->second).type).elem == irt(s->ty->base)) {
    s->global = it->second;
    return it->second;
  }
  std::string name = ".L.str." + std::to_string(string_count_++);
  uint32_t g = m_.add_data(name, irt(s->ty), ir::Linkage::Internal);
  ir::Global& G = m_.global(g);
  G.flags |= ir::kReadOnly;
  if (elem == 1) G.flags |= ir::kStrings;
  m_.init_bytes(g, key);
  strings_.emplace(key, g);
  s->global = g;
  return g;
}

void Codegen::apply_global_attrs(Obj* o, ir::Global& g) {
  if (o->is_static && g.defined) g.linkage = ir::Linkage::Internal;
  if (o->is_weak) g.linkage = ir::Linkage::Weak;
  if (o->visibility) g.visibility = static_cast<ir::Visibility>(o->visibility - 1);
  if (o->section) g.section = m_.intern(parser_->name_of(o->section));
  if (o->is_dllimport && !g.defined) g.flags |= ir::kDllImport;
  if (o->is_dllexport) g.flags |= ir::kDllExport;
  if (o->is_used) g.flags |= ir::kUsed;
  if (o->is_function) {
    if (o->is_noreturn) g.flags |= ir::kNoReturn;
    if (o->is_noinline) g.flags |= ir::kNoInline;
    else if (o->is_always_inline) g.flags |= ir::kAlwaysInline;
  } else {
    if (o->is_thread_local) g.flags |= ir::kThreadLocal;
    // The C type may be more aligned than its IR type (a typedef or
    // struct with __attribute__((aligned))).
    uint32_t natural = m_.type(g.type).align;
    uint32_t want = std::max(o->align, type_align(o->ty));
    if (want > natural) g.align = want;
  }
}

void Codegen::emit_data(Obj* o) {
  uint32_t g = global_of(o);
  StaticData* d = o->data;
  int64_t size = type_size(o->ty);
  TypeId type = irt(o->ty);
  int64_t data_size = d ? d->size : size;
  if (d && d->size > size) {
    // A flexible array member initialized (GNU): the object is larger
    // than its type. Describe it as the struct followed by the extra bytes
    // (and padding to its alignment).
    int64_t a = align_of(o->ty);
    int64_t total = (d->size + a - 1) / a * a;
    ir::Field fields[2];
    fields[0].offset = 0;
    fields[0].type = type;
    fields[1].offset = static_cast<uint64_t>(size);
    fields[1].type = m_.array_type(m_.int_type(8), static_cast<uint64_t>(total - size));
    type = m_.record_type(unique_record_name("flexible." + symbol_name(o)), fields,
                          static_cast<uint64_t>(total), static_cast<uint32_t>(a));
    size = total;
  }
  if (size < 0) {
    error(o->loc, "storage size of '" + std::string(parser_->name_of(o->name)) + "' isn't known");
    return;
  }
  ir::Global& G = m_.global(g);
  if (G.defined) return;
  G.type = type;
  G.init.clear();
  if (!d || !d->bytes) {
    m_.init_zero(g, static_cast<uint64_t>(size));
  } else {
    // Bytes and relocations, in offset order; long zero runs as Zero items.
    std::vector<Reloc> relocs(d->relocs, d->relocs + d->num_relocs);
    std::sort(relocs.begin(), relocs.end(), [](const Reloc& a, const Reloc& b) { return a.offset < b.offset; });
    int64_t pos = 0;
    auto flush_bytes = [&](int64_t end) {
      while (pos < end) {
        // a run of zeros worth an item of its own
        int64_t z = pos;
        while (z < end && d->bytes[z] == 0) ++z;
        if (z - pos >= 8 || z == end) {
          if (z > pos) m_.init_zero(g, static_cast<uint64_t>(z - pos));
          pos = z;
          continue;
        }
        int64_t e = pos;
        while (e < end) {
          if (d->bytes[e] == 0) {
            int64_t k = e;
            while (k < end && d->bytes[k] == 0) ++k;
            if (k - e >= 8 || k == end) break;
            e = k;
          } else {
            ++e;
          }
        }
        m_.init_bytes(g, std::string_view(reinterpret_cast<const char*>(d->bytes + pos), static_cast<size_t>(e - pos)));
        pos = e;
      }
    };
    for (const Reloc& r : relocs) {
      if (r.offset < pos) continue;  // overlapping (overridden) relocation
      flush_bytes(r.offset);
      if (r.label) {
        error(o->loc, "address of a label used outside its function");
        m_.init_zero(g, r.size);
      } else if (r.target && r.target->is_function && r.block) {
        uint32_t fg = global_of(r.target);
        if (!m_.global(fg).defined) {
          error(o->loc, "label address of a function that was not emitted");
          m_.init_zero(g, r.size);
        } else {
          m_.init_block_addr(g, r.size, fg, r.block);
        }
      } else if (r.target) {
        if (r.target->is_function && !r.target->emitted) r.target->is_referenced = true;
        m_.init_addr(g, r.size, global_of(r.target), r.addend);
      } else {
        m_.init_zero(g, r.size);
      }
      pos = r.offset + r.size;
    }
    flush_bytes(data_size < size ? data_size : size);
    if (size > pos) m_.init_zero(g, static_cast<uint64_t>(size - pos));
  }
  ir::Global& G2 = m_.global(g);
  G2.defined = true;
  Type* elem = o->ty;
  while (is_array(elem)) elem = elem->base;  // const int a[2]: the elements are const
  if (elem->is_const() && (!d || d->num_relocs == 0) && !o->is_thread_local) G2.flags |= ir::kReadOnly;
  bool common = o->is_tentative && !o->is_definition && !o->is_static && !o->no_common && !o->is_thread_local &&
                !o->section && (opts_.fcommon || o->is_common) && !o->is_weak;
  if (common) G2.linkage = ir::Linkage::Common;
  apply_global_attrs(o, G2);
}

void Codegen::emit_function_decl(Obj* o) {
  uint32_t g = global_of(o);
  ir::Global& G = m_.global(g);
  if (G.defined) return;
  if (G.kind == ir::GlobalKind::Function) G.type = func_irt(o->ty);
  apply_global_attrs(o, G);
}

// Deferred inline functions: emitted once something refers to them. A
// body emitted now may refer to more of them, hence the loop.
void Codegen::emit_deferred() {
  for (bool progress = true; progress;) {
    progress = false;
    for (Obj* fn : deferred_) {
      if (fn->emitted || !(fn->is_referenced || fn->is_used || fn->ctor_priority >= 0 || fn->dtor_priority >= 0))
        continue;
      gen_function(fn);
      uint32_t g = global_of(fn);
      if (!fn->is_static) m_.global(g).linkage = ir::Linkage::LinkOnce;
      progress = true;
    }
  }
}

void Codegen::finish(const std::vector<Obj*>& globals) {
  emit_deferred();
  // The static locals of inline functions never emitted are dropped too.
  std::unordered_map<Obj*, bool> dropped;
  for (Obj* fn : deferred_)
    if (!fn->emitted)
      for (Obj* s = fn->statics; s; s = s->next) dropped[s] = true;
  std::vector<Obj*> aliases;
  for (Obj* o : globals) {
    if (!dropped.empty() && dropped.count(o)) continue;
    if (o->alias_target) {
      aliases.push_back(o);
      continue;
    }
    if (o->is_string_literal) continue;
    if (o->is_function) {
      if (o->emitted) {
        ir::Global& G = m_.global(global_of(o));
        apply_global_attrs(o, G);
        if (o->is_inline && !o->is_static && !o->is_extern && !o->is_gnu_inline && o->body_persists)
          G.linkage = ir::Linkage::LinkOnce;
      } else if (o->global >= 0 || o->is_referenced) {
        emit_function_decl(o);
      }
      continue;
    }
    bool defined = o->is_definition || o->is_tentative;
    if (defined) emit_data(o);
    else if (o->global >= 0 || o->is_referenced) {
      uint32_t g = global_of(o);
      ir::Global& G = m_.global(g);
      if (!G.defined) G.type = irt(o->ty);
      apply_global_attrs(o, G);
    }
  }
  // Constructors and destructors (after every global exists).
  for (Obj* o : globals) {
    if (!o->is_function || !o->emitted) continue;
    if (o->ctor_priority >= 0) m_.ctors.push_back({global_of(o), o->ctor_priority});
    if (o->dtor_priority >= 0) m_.dtors.push_back({global_of(o), o->dtor_priority});
  }
  for (Obj* o : aliases) {
    std::string target(parser_->name_of(o->alias_target));
    int64_t t = m_.find_global(target);
    if (t < 0 || !m_.global(static_cast<uint32_t>(t)).defined) {
      error(o->loc, "'" + symbol_name(o) + "' aliased to undefined symbol '" + target + "'");
      continue;
    }
    ir::Linkage linkage = o->is_weak ? ir::Linkage::Weak : o->is_static ? ir::Linkage::Internal : ir::Linkage::External;
    TypeId type = o->is_function ? func_irt(o->ty) : irt(o->ty);
    if (o->global >= 0) {
      // Referenced before: turn that declaration into the alias.
      ir::Global& G = m_.global(static_cast<uint32_t>(o->global));
      G.kind = ir::GlobalKind::Alias;
      G.aliasee = static_cast<uint32_t>(t);
      G.defined = true;
      G.linkage = linkage;
      G.type = type;
      G.init.clear();
    } else {
      o->global = m_.add_alias(symbol_name(o), type, static_cast<uint32_t>(t), linkage);
    }
    ir::Global& G = m_.global(static_cast<uint32_t>(o->global));
    if (o->visibility) G.visibility = static_cast<ir::Visibility>(o->visibility - 1);
  }
}

}  // namespace kit::c
