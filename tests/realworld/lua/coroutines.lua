-- Coroutines, error handling, varargs, goto, integer/float formatting edges.
local gen = coroutine.wrap(function(n) for i = 1, n do coroutine.yield(i * 10) end return "done" end)
print(gen(3), gen(), gen(), gen())
local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
print(coroutine.resume(co, 1, 2)); print(coroutine.resume(co, 10)); print(coroutine.resume(co, 3, 4))
print(coroutine.status(co), coroutine.resume(co))
local function va(...) local n = select("#", ...) return n, ... end
print(va(1, nil, 3, nil))
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    io.write(i, ":", j, " ")
    ::continue::
  end
end
print()
print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger, 2^53 + 1)
print(string.format("%d %5d %-5d| %05.1f %+d %.3s %c", 42, 42, 42, 3.14159, 7, "abcdef", 65))
print(8 // 0.0, -8 // 0.0, 0/0 ~= 0/0, 3 % -2, -3 % 2, 3.5 % -2)
local ok, err = pcall(function() return 1 // 0 end)
print(ok, (err:gsub("^.-:%d+: ", "")))
print(#"\u{10FFFF}", ("\65\066\x43"), ("x"):byte(), string.char(104, 105))
local s = 0
for k, v in pairs({a = 1, b = 2, c = 3}) do s = s + v end
print("pairs sum", s)
print(next({}), rawlen({1, 2, 3}), rawequal("a", "a"))
