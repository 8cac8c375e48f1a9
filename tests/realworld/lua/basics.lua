-- Arithmetic, strings, tables, closures: the output is compared between a
-- kit-built and a gcc-built Lua.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print("fib", fib(25))
print("int ops", 7 // 2, 7 % 3, -7 // 2, -7 % 3, 1 << 62, 0xff ~ 0x0f, ~0)
print("float ops", 7 / 2, 2^0.5, math.pi, -0.0, 1/0, -1/0, math.huge)
print(string.format("%5.2f|%-8s|%x|%g|%e|%q", 3.14159, "left", 48879, 1e20, 12345.678, "a\nb"))
print(tostring(0.1 + 0.2), 0.1 + 0.2 == 0.3, math.type(1), math.type(1.0), math.tointeger(3.0))
print(string.rep("ab", 5, ","), ("hello"):upper(), ("Hello World"):gsub("o", "0"))
print(("key=value; other=thing"):match("(%w+)=(%w+)"))
for w in ("one two three"):gmatch("%a+") do io.write(w, ".") end print()
local t = {}
for i = 1, 100 do t[i] = i * i end
print("sum", (function() local s = 0 for _, v in ipairs(t) do s = s + v end return s end)())
table.sort(t, function(a, b) return a > b end)
print("sorted", t[1], t[2], t[100], #t, table.concat({1, 2, 3}, "-"))
local counter = (function() local c = 0 return function() c = c + 1 return c end end)()
counter(); counter()
print("closure", counter())
local mt = {__add = function(a, b) return setmetatable({v = a.v + b.v}, getmetatable(a)) end,
            __tostring = function(s) return "V(" .. s.v .. ")" end}
local a, b = setmetatable({v = 1}, mt), setmetatable({v = 41}, mt)
print("meta", tostring(a + b))
print("utf8", utf8.char(72, 228, 8364, 128512), utf8.len("häll€"))
print("select", select("#", 1, nil, 3), select(2, "a", "b", "c"))
do local ok, e = pcall(error, {code = 42}) print(ok, type(e), e.code) end
print(pcall(function() local x = nil; return x.field end))
print(string.pack and #string.pack("i4i8d", 1, 2, 3.0))
print(math.max(3, 9, -1), math.min(3.5, -2), math.abs(-2^63), math.fmod(7, 3), math.floor(-3.5), math.ceil(-3.5))
print(tonumber("0x10"), tonumber("  12  "), tonumber("1e3"), tonumber("z", 36), tonumber("nope"))
