// The C ABI facts come from the target (TargetSpec): long double format,
// the data model, wchar_t, char signedness, the va_list object.
// RUN: %kit --target x86_64-linux-gnu ir-print %s | FileCheck %s --check-prefix=X64
// RUN: %kit --target aarch64-linux-gnu ir-print %s | FileCheck %s --check-prefix=A64
// RUN: %kit --target riscv64-linux-gnu ir-print %s | FileCheck %s --check-prefix=RV64
// RUN: %kit --target x86_64-windows-gnu ir-print %s | FileCheck %s --check-prefix=WIN
long double ld(long double x) { return x + 1; }
// X64: func @ld: f80 (f80 %x)
// A64: func @ld: f128 (f128 %x)
// RV64: func @ld: f128 (f128 %x)
// WIN: func @ld: f80 (f80 %x)
long lsize = sizeof(long);
// X64: data @lsize: i64 = { bytes "\x08", zero 7 }
// WIN: data @lsize: i32 = { bytes "\x04", zero 3 }
int wsz = sizeof(L'x');
// X64: data @wsz: i32 = { bytes "\x04", zero 3 }
// WIN: data @wsz: i32 = { bytes "\x02", zero 3 }
int char_is_signed = (char)-1 < 0;
// X64: data @char_is_signed: i32 = { bytes "\x01", zero 3 }
// A64: data @char_is_signed: i32 = { zero 4 }
// RV64: data @char_is_signed: i32 = { zero 4 }
int vasize = sizeof(__builtin_va_list);
// X64: data @vasize: i32 = { bytes "\x18", zero 3 }
// A64: data @vasize: i32 = { bytes " ", zero 3 }
// RV64: data @vasize: i32 = { bytes "\x08", zero 3 }
// WIN: data @vasize: i32 = { bytes "\x08", zero 3 }
