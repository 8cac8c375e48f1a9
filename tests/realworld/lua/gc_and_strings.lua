-- Allocation-heavy work: many tables and strings, garbage collection,
-- string buffers, sorting with a comparator, os/io basics that are
-- deterministic.
local parts = {}
for i = 1, 20000 do parts[#parts + 1] = tostring(i % 97) end
local s = table.concat(parts, ",")
print(#s, s:sub(1, 40))
local words = {}
for w in s:gmatch("%d+") do words[w] = (words[w] or 0) + 1 end
local keys = {}
for k in pairs(words) do keys[#keys + 1] = k end
table.sort(keys, function(a, b) return tonumber(a) < tonumber(b) end)
print(#keys, keys[1], keys[#keys], words["0"], words["96"])
collectgarbage(); collectgarbage()
local before = collectgarbage("count")
do local junk = {} for i = 1, 100000 do junk[i] = {i, tostring(i)} end end
collectgarbage()
print("gc reclaimed", collectgarbage("count") < before + 1000)
local weak = setmetatable({}, {__mode = "k"})
weak[{}] = 1
collectgarbage()
print("weak entries", next(weak) == nil)
local function matrix(n)
  local m = {}
  for i = 1, n do m[i] = {} for j = 1, n do m[i][j] = (i * j) % 7 end end
  return m
end
local function mul(a, b, n)
  local c = {}
  for i = 1, n do c[i] = {} for j = 1, n do
    local sum = 0 for k = 1, n do sum = sum + a[i][k] * b[k][j] end
    c[i][j] = sum end end
  return c
end
local m = mul(matrix(40), matrix(40), 40)
print("matrix", m[1][1], m[40][40], m[17][23])
print(string.format("%.14g", math.sin(1) + math.cos(2) + math.exp(1.5) + math.log(10) + math.sqrt(2)))
print(os.time({year = 2020, month = 1, day = 1, hour = 12}) ~= nil, type(os.clock()))
print(("%s|%10.4s|"):format("x", "abcdefgh"), ("abc"):rep(3), ("  trim  "):match("^%s*(.-)%s*$"))
