// C++: exceptions across functions, virtual calls, templates, a global
// constructor, the C++ runtime.
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>
#include <memory>
struct Base { virtual ~Base() {} virtual int f() = 0; };
struct D : Base { int f() override { return 7; } };
template <class T> T twice(T x) { return x + x; }
static std::string g_str = "global ctor";
int thrower(int x) { if (x > 2) throw std::runtime_error("boom " + std::to_string(x)); return x; }
int main() {
  std::vector<int> v{1,2,3};
  std::unique_ptr<Base> b(new D);
  int caught = 0;
  try { for (int i : v) thrower(i + 1); } catch (const std::exception& e) { std::printf("caught %s\n", e.what()); caught = 1; }
  std::printf("%s %d %d %d\n", g_str.c_str(), b->f(), twice(21), caught);
  return 0;
}
