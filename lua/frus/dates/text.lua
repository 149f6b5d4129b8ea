-- Reads the date text of a dateline ("December 26, 1956—10 p.m.", "January 22–23, 1943",
-- "October 30, 1975, 1855Z", "April 1915") into @when or @from/@to values (frus-encoding §3.1).
local calendar = require "frus.dates.calendar"

local M = {}

-- Full English month names (§3.1) and the abbreviations printed datelines use.
local MONTHS = {
  january = 1, february = 2, march = 3, april = 4, may = 5, june = 6, july = 7, august = 8,
  september = 9, october = 10, november = 11, december = 12,
  jan = 1, feb = 2, febr = 2, mar = 3, apr = 4, jun = 6, jul = 7, aug = 8, sep = 9, sept = 9,
  oct = 10, nov = 11, dec = 12,
}
local WEEKDAYS = {
  monday = true, tuesday = true, wednesday = true, thursday = true, friday = true,
  saturday = true, sunday = true,
}

-- Spaces and dashes beyond ASCII, by their UTF-8 bytes.
local WIDE = {
  ["\u{00A0}"] = " ", ["\u{2002}"] = " ", ["\u{2003}"] = " ", ["\u{2009}"] = " ",
  ["\u{202F}"] = " ", ["\u{2014}"] = "#", ["\u{2015}"] = "#", ["\u{2013}"] = "~",
  ["\u{2012}"] = "~", ["\u{2212}"] = "~",
}

-- Lower-case ASCII with "#" for the em dash (date—time) and "~" for range dashes, one space
-- for any run of white space (NBSP and thin spaces included).
local function normalise(text)
  text = text:gsub("[\194-\244][\128-\191]*", WIDE)  -- one pass; other characters stay
  text = text:gsub("%-", "~")
  text = text:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  return text:lower()
end

-- Each reader takes the text and a position and returns what it read and the position after
-- it, or nil.

local function spaces(s, i)
  return s:match("^ *()", i)
end

local function month(s, i)
  local word, j = s:match("^(%a+)%.?()", i)
  if word and MONTHS[word] then return MONTHS[word], j end
end

-- A day of the month, 1-31 (an ordinal suffix "26th" is allowed), not glued to a digit.
local function day(s, i)
  local digits, j = s:match("^(%d%d?)()", i)
  if not digits then return nil end
  j = s:match("^st()", j) or s:match("^nd()", j) or s:match("^rd()", j) or s:match("^th()", j) or j
  if s:find("^%w", j) then return nil end
  local d = tonumber(digits)
  if d >= 1 and d <= 31 then return d, j end
end

local function year(s, i)
  local digits, j = s:match("^(%d%d%d%d)()", i)
  if digits and not s:find("^%d", j) then return tonumber(digits), j end
end

-- "," or nothing between the parts of a date.
local function comma(s, i)
  return s:match("^ *, *()", i) or spaces(s, i)
end

-- "Monday, " before a date.
local function weekday(s, i)
  local word, j = s:match("^(%a+),? *()", i)
  if word and WEEKDAYS[word] then return j end
  return i
end

-- A calendar date: "December 26, 1956", "January 22–23, 1943", "January 31–February 2,
-- 1943", "26 December 1956", "April 1915", "June–July 1957", and (when `year_alone`) "1957".
-- Returns {y, m, d, m2, d2} (m2/d2 for ranges; d nil for a month) and the position after it.
local function calendar_date(s, i, year_alone)
  i = weekday(s, i)
  local m, j = month(s, i)
  if m then
    local d, k = day(s, spaces(s, j))
    if d then
      local m2, d2
      local r = s:match("^ *~ *()", k)
      if r then
        local mm, after_mm = month(s, r)
        local dd, after_dd = day(s, mm and spaces(s, after_mm) or r)
        if dd then m2, d2, k = mm or m, dd, after_dd end
      end
      local y, after_y = year(s, comma(s, k))
      if y then return { y = y, m = m, d = d, m2 = m2, d2 = d2 }, after_y end
      return nil
    end
    local m2, after_m2
    local r = s:match("^ *~ *()", j)
    if r then m2, after_m2 = month(s, r) end
    local y, after_y = year(s, comma(s, after_m2 or j))
    if y then return { y = y, m = m, m2 = m2 }, after_y end
    return nil
  end
  local d, k = day(s, i)
  if d then  -- "26 December 1956", "26–27 December 1956"
    local d2, after_d2
    local r = s:match("^ *~ *()", k)
    if r then d2, after_d2 = day(s, r) end
    local mm, after_mm = month(s, spaces(s, after_d2 or k))
    if not mm then return nil end
    local y, after_y = year(s, comma(s, after_mm))
    if y then return { y = y, m = mm, d = d, m2 = d2 and mm, d2 = d2 }, after_y end
    return nil
  end
  if year_alone then
    local y, after_y = year(s, i)
    if y then return { y = y }, after_y end
  end
end

-- "a.m.", "a. m.", "am", "p.m." ... after a time: "a" or "p".
local function meridiem(s, i)
  local letter, j = s:match("^ ?([ap])%.? ?m%.?()", i)
  if letter and not s:find("^%a", j) then return letter, j end
end

-- One time of day (§3.1): "noon" (12:00), "midnight" (00:00), "12 noon", "1345Z" (Zulu),
-- "10 p.m.", "10:25 p.m.", "13:45", or a bare hour "10". Returns {h, mi, ap ("a"/"p"/nil),
-- zulu, bare, fixed (no a.m./p.m. to inherit: noon, midnight, Zulu, 0:xx, 13:00-23:59)} and
-- the position after it.
local function time_of_day(s, i)
  local word, j = s:match("^(%a+)()", s:match("^12 *()", i) or i)
  if word == "noon" then return { h = 12, mi = 0, fixed = true }, j end
  if word == "midnight" then return { h = 0, mi = 0, fixed = true }, j end
  local hh, mm, z = s:match("^(%d%d)(%d%d) ?z()", i)
  if hh and not s:find("^%a", z) then
    if tonumber(hh) > 23 or tonumber(mm) > 59 then return nil end
    return { h = tonumber(hh), mi = tonumber(mm), zulu = true, fixed = true }, z
  end
  local h, k = s:match("^(%d%d?)()", i)
  if not h then return nil end
  local t = { h = tonumber(h), mi = 0 }
  local minutes, after_m = s:match("^[:.](%d%d)()", k)
  if minutes then t.mi, k = tonumber(minutes), after_m end
  if t.mi > 59 then return nil end
  local ap, after_ap = meridiem(s, k)
  if ap then
    if t.h < 1 or t.h > 12 then return nil end
    t.ap, k = ap, after_ap
  elseif t.h > 23 or s:find("^%w", k) then
    return nil
  else
    t.bare = not minutes
    t.fixed = t.h == 0 or t.h > 12
  end
  return t, k
end

-- The hour on the 24-hour clock: 12 a.m. is 00, 12 p.m. is 12, p.m. adds 12 (§3.1).
local function hour24(h, ap)
  if ap == "a" then return h == 12 and 0 or h end
  if ap == "p" then return h == 12 and 12 or h + 12 end
  return h
end

local OTHER = { a = "p", p = "a" }

-- Minutes after midnight of `t`, taking a.m./p.m. from `ap` when `t` has none and the other
-- end of the range has one: "1–2 p.m." is 13:00–14:00 (§3.1, "1" inherits p.m. unless 12).
-- Where the inherited half-day would put the range backwards ("11–12:30 p.m."), the other
-- half-day is taken (11:00).
local function minutes_of(t, ap, other, is_start)
  if t.ap or t.fixed or not ap then return hour24(t.h, t.ap) * 60 + t.mi end
  local v = hour24(t.h, ap) * 60 + t.mi
  local alt = hour24(t.h, OTHER[ap]) * 60 + t.mi
  if is_start and v > other and alt <= other then return alt end
  if not is_start and v < other and alt >= other then return alt end
  return v
end

-- A time or a time range after the date: "10 p.m.", "8:05–9:25 p.m.", "noon–2 p.m.".
-- Returns {first = minutes, last = minutes or nil, zulu} and the position after it.
local function times(s, i)
  local t1, j = time_of_day(s, i)
  if not t1 then return nil end
  local r = s:match("^ *[~#] *()", j) or s:match("^ to ()", j)
  local t2, k
  if r then t2, k = time_of_day(s, r) end
  if not t2 then
    if t1.bare and not s:match("^[ .]*$", j) then return nil end  -- "1956, 3 copies"
    return { first = minutes_of(t1), zulu = t1.zulu }, j
  end
  local m2 = hour24(t2.h, t2.ap) * 60 + t2.mi
  local m1 = minutes_of(t1, t2.ap, m2, true)
  m2 = minutes_of(t2, t1.ap, m1, false)
  return { first = m1, last = m2, zulu = t1.zulu or t2.zulu }, k
end

local function iso_date(y, m, d)
  return string.format("%04d-%02d-%02d", y, m, d)
end

local function iso_datetime(y, m, d, minutes)
  return string.format("%sT%02d:%02d:00", iso_date(y, m, d), minutes // 60, minutes % 60)
end

-- "YYYY", "YYYY-MM" or "YYYY-MM-DD" for a single date of any precision; nil when invalid.
local function iso_of(dt)
  if not dt.m then return string.format("%04d", dt.y) end
  if not dt.d then return string.format("%04d-%02d", dt.y, dt.m) end
  if calendar.valid_date(dt.y, dt.m, dt.d) then return iso_date(dt.y, dt.m, dt.d) end
end

-- The attribute values of a date and an optional time part, or nil when the date is invalid.
local function date_values(dt, tm, dt2)
  if dt2 then  -- "December 31, 1956–January 2, 1957", "June 1957–July 1957", "1957–1958"
    local from, to = iso_of(dt), iso_of(dt2)
    if not from or not to then return nil end
    return { from = from, to = to }
  end
  if dt.m2 and not dt.d then  -- "June–July 1957"
    return { from = string.format("%04d-%02d", dt.y, dt.m),
             to = string.format("%04d-%02d", dt.y, dt.m2) }
  end
  if not dt.d then return { when = iso_of(dt) } end
  if not iso_of(dt) then return nil end
  if dt.d2 then
    if not calendar.valid_date(dt.y, dt.m2, dt.d2) then return nil end
    if tm then  -- "M D1–D2, Y, T1–T2": from D1 T1 to D2 T2 (§3.1)
      return { from = iso_datetime(dt.y, dt.m, dt.d, tm.first),
               to = iso_datetime(dt.y, dt.m2, dt.d2, tm.last), zulu = tm.zulu }
    end
    return { from = iso_date(dt.y, dt.m, dt.d), to = iso_date(dt.y, dt.m2, dt.d2) }
  end
  if not tm then return { when = iso_date(dt.y, dt.m, dt.d) } end
  if not tm.last then return { when = iso_datetime(dt.y, dt.m, dt.d, tm.first), zulu = tm.zulu } end
  -- A time range on one day; one that ends before it starts ends the next day.
  local y2, m2, d2 = dt.y, dt.m, dt.d
  if tm.last < tm.first then y2, m2, d2 = calendar.add_days(dt.y, dt.m, dt.d, 1) end
  return { from = iso_datetime(dt.y, dt.m, dt.d, tm.first),
           to = iso_datetime(y2, m2, d2, tm.last), zulu = tm.zulu }
end

-- Same, nil for a range that ends before it starts.
local function values(dt, tm, dt2)
  local v = date_values(dt, tm, dt2)
  if v and v.from and v.from > v.to then return nil end
  return v
end

-- A whole date expression from position i: a date, a second date after a range dash, and a
-- time after "—", "," or a space (the printed em dash is handled here: §3.1 NB).
local function expression(s, i, year_alone)
  local dt, j = calendar_date(s, i, year_alone)
  if not dt then return nil end
  local r = s:match("^ *~ *()", j)
  if r and not dt.d2 and not dt.m2 then
    local dt2, k = calendar_date(s, r, year_alone)
    if dt2 and not dt2.d2 and not dt2.m2 then
      local v = values(dt, nil, dt2)
      if v then return v, k end
      return nil
    end
  end
  if dt.d then  -- a time, or a time range, after the date
    local t = s:match("^ *[#,~] *()", j) or s:match("^ at ()", j) or s:match("^ ()", j)
    local tm, k = nil, nil
    if t then tm, k = times(s, t) end
    -- One time for a range of days says nothing clear: the days are read, the time is not.
    if tm and (tm.last or not dt.d2) then
      local v = values(dt, tm)
      if v then return v, k end
      return nil
    end
  end
  return values(dt), j
end

-- Reads `text`. Returns the attribute values ({when = ...} or {from = ..., to = ...}, dateTimes
-- without offset, `zulu` when the time was given in Zulu), {undated = true} for an undated
-- dateline, or nil when no date can be read. Like the house patterns, the whole text is tried
-- first, then the first date found inside it ("[December 26, 1956]"); `partial` is then the
-- text left unread when it holds digits (a time that could not be read, say), "…" marking
-- where the date read was.
function M.parse(text)
  local s = normalise(text)
  -- An undated dateline gets no attributes (§3.1); a date mentioned in it is the editor's
  -- conjecture, which needs @ana, so it is not read either.
  if s:find("undated", 1, true) or s:find("not dated", 1, true) then return { undated = true } end
  local v, j = expression(s, 1, true)
  if v and s:match("^[ .]*$", j) then return v end
  for i in s:gmatch("%f[%w]()") do
    v, j = expression(s, i, false)
    if v then
      local before, after = s:sub(1, i - 1), s:sub(j)
      if after:find("^[ .,;]*[%(%[]") then after = "" end  -- "(Received …)", "[…]"
      if before:find("%d") or after:find("%d") then
        v.partial = (before .. "…" .. after):gsub("~", "\u{2013}"):gsub("#", "\u{2014}")
      end
      return v
    end
  end
  return nil
end

return M
