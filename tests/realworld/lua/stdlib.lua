-- The rest of the standard library, deterministic parts only: string.pack,
-- string.format corners, table.move/unpack, load with an environment,
-- goto, integer/float edge cases, io on a temporary file, os.date of a
-- fixed time (UTC). The output is compared between kit- and gcc-built Lua.
local packed = string.pack("<i2 >I4 d s1 z", -2, 0xdeadbeef, 1.5, "hi", "zt")
print(#packed, ("%q"):format(packed:sub(1, 6)))
print(string.unpack("<i2 >I4 d s1 z", packed))
print(string.format("%a %.3a %g %.17g %5.1f|%-6d|%+d|%o|%X|%c%c", 1.0, 0.1, 1e-300, 0.1, -2.25, 42, 7, 8, 255, 72, 105))
print(string.format("%10.4s|%-10s|%s", "abcdefgh", "x", nil), string.format("%i", 3))
print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger, -math.mininteger)
print(7 // 0.0, -7 // 0.0, 0/0 ~= 0/0, math.ult(1, -1), 3 % -2, -3 % 2, 3.5 % -2, 5 // -2.0)
print(1e15, 1e16, 2^53, 2^63, -2^63 == math.mininteger, math.tointeger(2^53), 123456789012 * 1000)
print(string.format("%.14g", 3.14159265358979), tostring(1/3), 100 // 1e0, 7.0 // 2)
local t = table.move({1, 2, 3, 4, 5}, 2, 4, 1)
print(table.concat(t, ","), select("#", table.unpack({1, nil, 3}, 1, 3)), table.unpack({1, 2, 3}, 2))
local env = {x = 5}
local f = load("y = x * 2; return y + 1", "chunk", "t", env)
print(f(), env.y, rawget(_G, "y"))
print(pcall(load, "return +"), select(2, load("return +")))
do
  local i, acc = 1, {}
  ::top::
  if i <= 5 then acc[#acc + 1] = i * i; i = i + 1; goto top end
  print("goto", table.concat(acc, " "))
end
local proxy = setmetatable({}, {
  __index = function(_, k) return k .. "!" end,
  __newindex = function(t, k, v) rawset(t, k, v * 2) end,
  __call = function(_, a, b) return a + b end,
  __len = function() return 99 end,
  __eq = function() return true end,
  __lt = function() return true end,
  __concat = function(a, b) return "cat" end,
})
proxy.n = 21
print(proxy.missing, proxy.n, proxy(2, 3), #proxy, proxy .. "x", "x" .. proxy)
local name = os.tmpname()
local fh = assert(io.open(name, "w"))
fh:write("line one\n", 42, "\n", 3.5, "\nlast")
fh:close()
for l in io.lines(name) do io.write("[", l, "]") end print()
fh = io.open(name)
print(fh:read("l", "n", "n", "a"))
print(fh:seek("set", 5), fh:read(3), fh:seek("end"))
fh:close()
os.remove(name)
print(os.date("!%Y-%m-%d %H:%M:%S %j %a %b", 1700000000), os.time({year = 2000, month = 1, day = 1, hour = 12}) ~= nil)
print(("%s"):rep(3, "|"), ("abc"):byte(1, -1))
print(("hello world from lua"):gsub("(%w+) (%w+)", "%2 %1", 1))
print(("  trim  "):match("^%s*(.-)%s*$") .. "|", ("a,b,,c"):find(",,", 1, true), ("f(x)"):find("(", 1, true))
print(("%d items"):format(3), ("x"):rep(0), #("\u{10FFFF}"), utf8.codepoint("€"), utf8.offset("a€b", 3))
local words = {}
for k, v in string.gmatch("a=1, b=22, c=333", "(%w+)=(%w+)") do words[#words + 1] = k .. ":" .. v end
print(table.concat(words, ";"))
local big = {}
for i = 1, 2000 do big[i] = (i * 7919) % 2003 end
table.sort(big)
print(big[1], big[1000], big[2000])
print(select(-1, 1, 2, 3), type(io.stdout), math.floor(-0.0), 1 // 1, 2^-1074 > 0, string.format("%.0f", 0.5))
