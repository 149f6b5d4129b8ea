-- Gregorian calendar arithmetic and xs:date/xs:dateTime values for the FRUS date rules: the
-- sandbox has no os.time, so days are counted here (days since 1970-01-01, proleptic).
local M = {}

local MONTH_DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

function M.is_leap(y)
  return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)
end

function M.days_in_month(y, m)
  if m == 2 and M.is_leap(y) then return 29 end
  return MONTH_DAYS[m]
end

function M.valid_date(y, m, d)
  return m >= 1 and m <= 12 and d >= 1 and d <= M.days_in_month(y, m)
end

-- Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil; March-based years).
function M.days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = y // 400
  local yoe = y - era * 400
  local doy = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

-- The civil date of a day count (the inverse of days_from_civil).
function M.civil_from_days(z)
  z = z + 719468
  local era = z // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

-- The date `days` days after y-m-d.
function M.add_days(y, m, d, days)
  return M.civil_from_days(M.days_from_civil(y, m, d) + days)
end

-- "+03:00" / "-05:00" for an offset in minutes.
function M.format_offset(minutes)
  local sign = minutes < 0 and "-" or "+"
  minutes = math.abs(minutes)
  return string.format("%s%02d:%02d", sign, minutes // 60, minutes % 60)
end

-- Reads the date attribute forms of §1.4/§3: "YYYY", "YYYY-MM", "YYYY-MM-DD",
-- "YYYY-MM-DDTHH:MM" and "YYYY-MM-DDTHH:MM:SS[.fff]", each with an optional offset ("Z",
-- "±HH:MM"). Returns {y, m, d, h, mi, s, frac, tz} (missing parts nil; tz in minutes) or nil.
function M.parse(value)
  local y, rest = value:match("^(%d%d%d%d)(.*)$")
  if not y then return nil end
  local t = { y = tonumber(y), frac = "" }
  local m, after_m = rest:match("^%-(%d%d)(.*)$")
  if m then
    t.m, rest = tonumber(m), after_m
    local d, after_d = rest:match("^%-(%d%d)(.*)$")
    if d then
      t.d, rest = tonumber(d), after_d
      local h, mi, after_t = rest:match("^T(%d%d):(%d%d)(.*)$")
      if h then
        t.h, t.mi, rest = tonumber(h), tonumber(mi), after_t
        local s, after_s = rest:match("^:(%d%d)(.*)$")
        if s then
          t.s, rest = tonumber(s), after_s
          local frac, after_f = rest:match("^(%.%d+)(.*)$")
          if frac then t.frac, rest = frac, after_f end
        end
      end
    end
  end
  if rest == "Z" then
    t.tz = 0
  elseif rest ~= "" then
    local sign, oh, om = rest:match("^([+-])(%d%d):(%d%d)$")
    if not sign then return nil end
    t.tz = (tonumber(oh) * 60 + tonumber(om)) * (sign == "-" and -1 or 1)
    if math.abs(t.tz) > 14 * 60 then return nil end
  end
  if t.m and (t.m < 1 or t.m > 12) then return nil end
  if t.d and not M.valid_date(t.y, t.m, t.d) then return nil end
  if t.h and (t.h > 23 or t.mi > 59 or (t.s and t.s > 59)) then return nil end
  return t
end

-- True for "YYYY-MM-DDTHH:MM:SS" without an offset: the values §3.2 gives an offset to.
function M.is_local_datetime(value)
  return value:match("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%d%.?%d*$") ~= nil
end

-- The fixed zone of frus:doc-dateTime-min/max: US Eastern standard time all year (§3.3).
M.DOC_ZONE = -300

-- Normalises a date attribute value to an xs:dateTime at the fixed -05:00 (§3.3: the
-- low end for min, `high` for max). A dateTime with an offset is moved to -05:00; a value
-- without one gets -05:00 attached unshifted (XPath adjust-dateTime-to-timezone on a value
-- without a timezone, and the "date → T00:00:00-05:00" rule); missing parts are the first or
-- last of their range (month 1/12, day 1/last (leap-aware), 00:00:00/23:59:59, :00/:59).
-- Returns nil for a value that is none of the forms above.
function M.normalise(value, high)
  local t = M.parse(value)
  if not t then return nil end
  local y, m = t.y, t.m or (high and 12 or 1)
  local d = t.d or (high and M.days_in_month(y, m) or 1)
  local h, mi = t.h or (high and 23 or 0), t.mi or (high and 59 or 0)
  local s = t.s or (high and 59 or 0)
  if t.tz and t.tz ~= M.DOC_ZONE then
    local minutes = M.days_from_civil(y, m, d) * 1440 + h * 60 + mi - t.tz + M.DOC_ZONE
    y, m, d = M.civil_from_days(minutes // 1440)
    h, mi = (minutes % 1440) // 60, minutes % 60
  end
  return string.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", y, m, d, h, mi, s, t.frac,
                       M.format_offset(M.DOC_ZONE))
end

return M
