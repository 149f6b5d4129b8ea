-- FRUS date attributes (frus-encoding.md §3): @when or @from/@to on dateline dates with the
-- UTC offset of the dateline's place, and frus:doc-dateTime-min/max on each document div.
--
-- Returns two filters an editor can switch off or replace by name:
--   "frus.dates"      reads the date text (§3.1) and adds the offset (§3.2);
--   "frus.doc-dates"  computes the div's min/max at a fixed -05:00 (§3.3), before rendering.
-- Choices where §3 is silent:
--   * A dateline without placeName takes its place from the document head when the head gives
--     "…, Place, <the same date>" or "… in Place, <the same date>" (memorandum heads do:
--     "…, Washington, April 2, 1957"); the publisher's own TEI gives such telephone memoranda
--     the offset of that place. An unknown place, or none at all, leaves the time without an
--     offset (§3.2 step 3), with a note so an editor can supply it.
--   * frus:doc-dateTime-min/max treat a dateTime without offset as -05:00 local time (XPath
--     adjust-dateTime-to-timezone attaches the zone to a value that has none).
local tei = require "tei"
local places = require "frus.places"
local calendar = require "frus.dates.calendar"
local text = require "frus.dates.text"

local DATE_ATTRS = { "when", "from", "to", "notBefore", "notAfter" }

-- The text of an element without its footnotes (a note inside a date is not part of it).
local plain_text = require("frus.tree").text_without_notes

-- ---- places (§3.2) ----------------------------------------------------------------------------

-- A place name as a lookup key: without diacritics, lower case, one space, no brackets or
-- final period ("Bogotá" and "bogota" are one key; "Washington, D.C." is "washington, d.c").
local function place_key(name)
  local key = tei.fold(name):lower():gsub("\u{2019}", "'"):gsub("[%[%]]", "")
  key = key:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""):gsub("%.$", "")
  return key
end

local zones  -- place key -> IANA zone, built on first use
local function zone_index()
  if not zones then
    zones = {}
    for _, place in ipairs(places) do
      for _, name in ipairs(place.names) do zones[place_key(name)] = place.zone end
    end
  end
  return zones
end

local function split_commas(key)
  local parts = {}
  for part in key:gmatch("[^,]+") do parts[#parts + 1] = part:match("^ *(.-) *$") end
  return parts
end

-- The zone of a dateline place: the whole name ("Camp David, Maryland"), else its leading
-- parts ("New York, USUN" → "New York"), else any one part ("USUN, New York").
local function find_zone(name)
  local index = zone_index()
  local key = place_key(name)
  if index[key] then return index[key] end
  local parts = split_commas(key)
  for n = #parts - 1, 1, -1 do
    local zone = index[table.concat(parts, ", ", 1, n)]
    if zone then return zone end
  end
  for _, part in ipairs(parts) do
    if index[part] then return index[part] end
  end
end

-- find_zone, remembered by name: a volume names the same few places again and again.
local known_zones = {}  -- name -> zone, or false
local function zone_of(name)
  local zone = known_zones[name]
  if zone == nil then
    zone = find_zone(name) or false
    known_zones[name] = zone
  end
  return zone or nil
end

-- The place a head gives right before the dateline's own date: "…, Washington, April 2, 1957"
-- or "… in New York, June 19, 1957, 11:06 a.m.". `day` is the date's "YYYY-MM-DD".
local function head_place(div, day)
  local head = div and div:first("head")
  if not head then return nil end
  local words = plain_text(head):gsub("%s+", " ")
  local index = zone_index()
  for before, date_text in words:gmatch("(.-),? ([%a%.]+ %d%d?, %d%d%d%d)") do
    local v = text.parse(date_text)
    if v and v.when == day then
      local parts = split_commas(before)
      local last = parts[#parts] or ""
      local candidates = { (" " .. last):match(".* in (.+)$") or last,
                           table.concat(parts, ", ", math.max(1, #parts - 1)) }
      for _, candidate in ipairs(candidates) do
        local zone = index[place_key(candidate)]
        if zone then return candidate, zone end
      end
    end
  end
end

-- The zone for the times of `date`: its dateline's placeName (§3.2 step 2), else the head's
-- place (see the top). Returns the zone (or nil) and the place name used (or nil).
local function zone_for(date, dateline, day)
  local place = dateline:first("placeName")
  if place then
    local name = plain_text(place)
    return zone_of(name), name
  end
  local name, zone = head_place(date:closest("div"), day)
  return zone, name
end

-- ---- filter 1: frus.dates (§3.1, §3.2) ------------------------------------------------------

-- `value` with the offset §3.2 gives it: +00:00 for Zulu times, else the place's offset at
-- that local time (DST and historical changes from the tz data); unchanged when unknown.
local function with_offset(value, zulu, zone)
  if not calendar.is_local_datetime(value) then return value end
  if zulu then return value .. "+00:00" end
  return zone and value .. (tei.utc_offset(zone, value) or "") or value
end

local function has_date_attrs(date)
  for _, name in ipairs(DATE_ATTRS) do
    if date.attr[name] then return true end
  end
  return false
end

-- A date that already has attributes (an editor's) only gets the missing offsets (§3.2
-- applies to every date attribute ending in a dateTime without offset).
local function add_missing_offsets(date, dateline)
  local day = (date.attr.when or date.attr.from or date.attr.notBefore or ""):sub(1, 10)
  local zulu = plain_text(date):find("%d%d%d%d ?Z") ~= nil
  local zone, place
  for _, name in ipairs(DATE_ATTRS) do
    local value = date.attr[name]
    if value and calendar.is_local_datetime(value) then
      if not zone and not zulu then zone, place = zone_for(date, dateline, day) end
      date.attr[name] = with_offset(value, zulu, zone)
    end
  end
end

local function no_offset_note(date, place, cx)
  if place then
    cx:note(date, "no time zone known for the place '%s': the time is left without a UTC offset",
            place)
  else
    cx:note(date, "the dateline names no place: the time is left without a UTC offset")
  end
end

local function date_handler(date, cx)
  local dateline = date:closest("dateline")
  if not dateline or date:closest("frus:attachment") then return nil end
  if has_date_attrs(date) then return add_missing_offsets(date, dateline) end
  local source = plain_text(date)
  local v = text.parse(source)
  if not v then
    cx:note(date, "cannot read the date '%s': no date attributes added", (source:gsub("%s+", " ")))
    return nil
  end
  if v.undated then return nil end
  if v.partial then
    cx:note(date, "read only part of the date '%s' (not '%s')", (source:gsub("%s+", " ")),
            v.partial)
  end
  local zone, place
  local timed = (v.when or v.from):find("T", 1, true) ~= nil
  if timed and not v.zulu then
    zone, place = zone_for(date, dateline, (v.when or v.from):sub(1, 10))
    if not zone then no_offset_note(date, place, cx) end
  end
  for _, name in ipairs({ "when", "from", "to" }) do
    if v[name] then date.attr[name] = with_offset(v[name], v.zulu, zone) end
  end
  if not date.attr.calendar then date.attr.calendar = "gregorian" end
  return nil
end

local dates = { name = "frus.dates", date = date_handler }

-- ---- filter 2: frus.doc-dates (§3.3) --------------------------------------------------------

-- The first non-empty of the attributes `names` on `date`, or nil.
local function first_value(date, names)
  for _, name in ipairs(names) do
    local value = date.attr[name]
    if value and value ~= "" then return value end
  end
end

-- min: the first dateline date with @from, @notBefore or @when, in that order of preference;
-- max: the first with @to, @notAfter or @when. Datelines of attachments do not count.
local function doc_range(div)
  local low, high
  for _, date in ipairs(div:select("dateline date")) do
    if not date:closest("frus:attachment") then
      low = low or first_value(date, { "from", "notBefore", "when" })
      high = high or first_value(date, { "to", "notAfter", "when" })
      if low and high then break end
    end
  end
  return low, high
end

local MIN, MAX = "frus:doc-dateTime-min", "frus:doc-dateTime-max"

local function set_doc_dates(div, cx)
  local low, high = doc_range(div)
  local min = low and calendar.normalise(low, false)
  local max = high and calendar.normalise(high, true)
  local problem = "cannot compute frus:doc-dateTime-min/max from the date '%s'"
  if low and not min then cx:warn(div, problem, low) end
  if high and not max and high ~= low then cx:warn(div, problem, high) end
  if not (min or max) and not div:first("dateline date") and cx.coverage then
    -- A document without a dated dateline (an editorial note) spans the volume: the span the
    -- publisher stamps on the volume's lists.
    min, max = cx.coverage.min, cx.coverage.max
  end
  if min and max then
    div.attr[MIN] = min
    div.attr[MAX] = max
  else  -- both or neither (§1.1); attributes only removed where present
    if div.attr[MIN] then div.attr[MIN] = nil end
    if div.attr[MAX] then div.attr[MAX] = nil end
  end
end

local doc_dates = {
  name = "frus.doc-dates",
  before_render = function(root, cx)
    local divs = root:select("div[type=document]")
    if root:matches("div[type=document]") then table.insert(divs, 1, root) end
    for _, div in ipairs(divs) do set_doc_dates(div, cx) end
  end,
}

return { dates, doc_dates }
