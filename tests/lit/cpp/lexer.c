// Lexing (C17 5.1.1.2 phases 1-3, 6.4): line splices anywhere (inside
// identifiers, numbers, strings, // comments), trigraphs only when asked,
// UTF-8 identifiers and UCNs, pp-numbers, literal prefixes, digraphs.
// RUN: %kit cpp -P %s | FileCheck %s
// RUN: %kit cpp -P -trigraphs %s | FileCheck --check-prefix=TRI %s
// RUN: %kit cpp -P -std=c99 %s | FileCheck --check-prefix=TRI %s

spl\
iced 12\
34 "str\
ing" // a comment \
continued on this line
// CHECK: spliced 1234 "string"

#def\
ine SPLIT_DIRECTIVE ok
SPLIT_DIRECTIVE
// CHECK-NEXT: ok

int größe = 1; int \u00e9t\u00E9; x$y
// CHECK-NEXT: int größe = 1; int \u00e9t\u00E9; x$y

0x1p-3 1e+10 1.e-5f .5e+ 0x1.fffp+1023L 123ULL 1_000 08 0b101
// CHECK-NEXT: 0x1p-3 1e+10 1.e-5f .5e+ 0x1.fffp+1023L 123ULL 1_000 08 0b101

L"w" u"16" U"32" u8"8" L'c' u'c' U'c' u8'c' '\'' "\"" "a\\"
// CHECK-NEXT: L"w" u"16" U"32" u8"8" L'c' u'c' U'c' u8'c' '\'' "\"" "a\\"

<: :> <% %> %: %:%: ... -> ++ -- << >>= != && || ## @ `
// CHECK-NEXT: <: :> <% %> %: %:%: ... -> ++ -- << >>= != && || ## @ `

??=define TRIGRAPH tri ??( ??) ??< ??> ??/
TRIGRAPH
// CHECK-NEXT: ??=define TRIGRAPH tri ??( ??) ??< ??> ??/
// CHECK-NEXT: TRIGRAPH
// TRI: tri

#define PLUS +
#define MINUS -
#define NEG(x) -x
+PLUS -MINUS NEG(-1) a/**/b x PLUS= y
// CHECK-NEXT: + + - - - -1 a b x + = y
