// What __has_builtin, __has_attribute, __has_c_attribute, __has_feature
// and __has_extension answer. A true answer is a promise that kit's C
// compiler accepts the construct (system headers act on it), so the lists
// hold what issue 4 asks the compiler to implement; the compiler may
// install its own __has_builtin query (Preprocessor::set_builtin_query)
// once it knows better. Anything not listed is 0.
#include <algorithm>
#include <string_view>

#include "pp/impl.hpp"

namespace kit::pp {

namespace {

// __x__ and x name the same attribute.
std::string_view strip_underscores(std::string_view s) {
  if (s.size() > 4 && s.substr(0, 2) == "__" && s.substr(s.size() - 2) == "__")
    return s.substr(2, s.size() - 4);
  return s;
}

bool in(std::string_view s, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

bool PreprocessorImpl::has_builtin(std::string_view name) const {
  static constexpr std::string_view kBuiltins[] = {
      "__builtin_va_start", "__builtin_va_end", "__builtin_va_arg", "__builtin_va_copy",
      "__builtin_va_list", "__builtin_offsetof", "__builtin_expect", "__builtin_constant_p",
      "__builtin_types_compatible_p", "__builtin_choose_expr", "__builtin_bswap16",
      "__builtin_bswap32", "__builtin_bswap64", "__builtin_clz", "__builtin_clzl",
      "__builtin_clzll", "__builtin_ctz", "__builtin_ctzl", "__builtin_ctzll",
      "__builtin_popcount", "__builtin_popcountl", "__builtin_popcountll", "__builtin_ffs",
      "__builtin_ffsl", "__builtin_ffsll", "__builtin_memcpy", "__builtin_memmove",
      "__builtin_memset", "__builtin_memcmp", "__builtin_strlen", "__builtin_unreachable",
      "__builtin_trap", "__builtin_alloca", "__builtin_frame_address",
      "__builtin_return_address", "__builtin_add_overflow", "__builtin_sub_overflow",
      "__builtin_mul_overflow", "__builtin_huge_val", "__builtin_huge_valf",
      "__builtin_huge_vall", "__builtin_inf", "__builtin_inff", "__builtin_infl",
      "__builtin_nan", "__builtin_nanf", "__builtin_nanl", "__builtin_abort",
      "__builtin_assume_aligned", "__builtin_prefetch", "__builtin_classify_type",
      "__sync_synchronize", "__sync_fetch_and_add", "__sync_fetch_and_sub",
      "__sync_fetch_and_or", "__sync_fetch_and_and", "__sync_fetch_and_xor",
      "__sync_add_and_fetch", "__sync_sub_and_fetch", "__sync_or_and_fetch",
      "__sync_and_and_fetch", "__sync_xor_and_fetch", "__sync_bool_compare_and_swap",
      "__sync_val_compare_and_swap", "__sync_lock_test_and_set", "__sync_lock_release",
      "__atomic_load", "__atomic_load_n", "__atomic_store", "__atomic_store_n",
      "__atomic_exchange", "__atomic_exchange_n", "__atomic_compare_exchange",
      "__atomic_compare_exchange_n", "__atomic_fetch_add", "__atomic_fetch_sub",
      "__atomic_fetch_and", "__atomic_fetch_or", "__atomic_fetch_xor", "__atomic_add_fetch",
      "__atomic_sub_fetch", "__atomic_and_fetch", "__atomic_or_fetch", "__atomic_xor_fetch",
      "__atomic_thread_fence", "__atomic_signal_fence", "__atomic_always_lock_free",
      "__atomic_is_lock_free", "__atomic_test_and_set", "__atomic_clear",
  };
  return std::find(std::begin(kBuiltins), std::end(kBuiltins), name) != std::end(kBuiltins);
}

int PreprocessorImpl::has_attribute(std::string_view name) {
  std::string_view n = strip_underscores(name);
  return in(n, {"packed", "aligned", "section", "weak", "alias", "visibility", "noreturn",
                "unused", "used", "constructor", "destructor", "format", "format_arg",
                "cleanup", "noinline", "always_inline", "gnu_inline", "deprecated",
                "const", "pure", "malloc", "nonnull", "nothrow", "warn_unused_result",
                "sentinel", "returns_nonnull", "may_alias", "mode", "transparent_union",
                "artificial", "cold", "hot", "leaf", "weakref", "fallthrough", "alloc_size",
                "noclone", "no_instrument_function", "unavailable"})
             ? 1
             : 0;
}

int PreprocessorImpl::has_c_attribute(std::string_view ns, std::string_view name) {
  if (ns.empty()) {
    std::string_view n = strip_underscores(name);
    if (n == "deprecated" || n == "fallthrough" || n == "maybe_unused") return 201904;
    if (n == "nodiscard") return 202003;
    if (n == "noreturn" || n == "_Noreturn") return 202202;
    return 0;
  }
  if (ns == "gnu" || ns == "__gnu__") return has_attribute(name);
  return 0;
}

bool PreprocessorImpl::has_feature(std::string_view name, bool extension) {
  // C11 features kit's C17 compiler has (clang's names); as extensions
  // they are available in every mode.
  (void)extension;
  return in(strip_underscores(name), {"c_alignas", "c_alignof", "c_atomic", "c_generic_selections",
                                      "c_static_assert", "c_thread_local"});
}

}  // namespace kit::pp
