-- Cross-references (frus-encoding.md §1.10): "Document 212" → ref #d212, "footnote 9, Document
-- 216" → #d216fn9, "footnote 3" → this document's note, Foreign Relations volumes and pages.
local roman = { I = 1, V = 5, X = 10, L = 50, C = 100 }

-- "XXV" → 25; nil for anything that is not a Roman numeral.
local function from_roman(s)
  local total, prev = 0, 0
  for i = #s, 1, -1 do
    local v = roman[s:sub(i, i)]
    if not v then return nil end
    if v < prev then total = total - v else total, prev = total + v, v end
  end
  return total
end

-- The id of this document ("d219"), from the enclosing div.
local function this_document(node)
  local div = node:closest("div[type=document]")
  return div and div.attr["xml:id"]
end

-- The number of this document (219 for d219), or nil.
local function number_of(node)
  return tonumber(((this_document(node) or ""):match("^d(%d+)$")))
end

-- The document ("d215") of the last reference to another document before `node`.
local function last_cited(node)
  local div = node:closest("div[type=document]")
  if not div then return nil end
  local last
  for _, el in ipairs(div:select("ref, note, p, item")) do
    if el == node then return last end
    local target = el.tag == "ref" and el.attr.target or ""
    last = target:match("^#(d%d+)") or last
  end
  return nil
end

-- True when the document's head starts with its printed number ("219. Telegram …").
local function numbered(node)
  local div = node:closest("div[type=document]")
  local head = div and div:first("head")
  return head ~= nil and head.text:find("^%s*%d+%.") ~= nil
end

local months = {}
for _, name in ipairs { "January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December" } do
  months[name] = true
end

-- "frus1955-57v25", "frus1949v03", "frus1951v06p1" from the printed citation's parts.
local function volume_id(year, year_to, volume, part)
  local id = "frus" .. year
  if year_to ~= "" then id = id .. "-" .. year_to:sub(-2) end
  id = id .. string.format("v%02d", from_roman(volume))
  if part ~= "" then id = id .. "p" .. part end
  return id
end

local function ref(target, children) return tei.el("ref", { target = target }, children) end

-- "Foreign Relations, 1949, vol. III, pp. 694" (also "1955–1957", "Part 1", "p. 33"): the
-- whole citation is the link, the series title in italics.
local function foreign_relations(m)
  local c = m.captures
  local year, volume, page = c[1], c[3], c[5]
  local year_to = c[2]:match("^–(%d+),$") or c[2]:match("^%-(%d+),$")  -- en dash or hyphen
  local part = c[4]:match("^,? ?Part (%d+), $") or (c[4]:match("^, $") and "")
  if not (year_to or c[2] == ",") or not part or not from_roman(volume) then return nil end
  year_to = year_to or ""
  local title = "Foreign Relations"
  return ref(volume_id(year, year_to, volume, part) .. "#pg_" .. page,
             { tei.el("hi", { rend = "italic" }, title), m.text:sub(#title + 1) })
end

-- A rule for pages of this volume cited in a note after a date without a year or after a
-- footnote ("…, March 26, p. 346"): `label` is the pattern of "p. " or "pp. ".
local function pages(label)
  return {
    pattern = "(" .. label .. ")(%d+)(,? ?)(%d*)",
    scope = "note",
    replace = function(m)
      local printed, page, sep, second = table.unpack(m.captures)
      local word = m.before:match("(%a+) %d+, $")
      if not (months[word] or word == "footnote") then return nil end
      local out = { ref("#pg_" .. page, printed .. page) }
      if second ~= "" and sep == ", " then
        out[#out + 1] = sep
        out[#out + 1] = ref("#pg_" .. second, second)
      else
        out[#out + 1] = sep .. second
      end
      return out
    end,
  }
end

return {
  name = "frus.refs",
  text = {
    {
      pattern = "Foreign Relations, (%d%d%d%d)(%S*) vol%. ([IVXLC]+)(.-)pp?%. (%d+)",
      replace = foreign_relations,
    },
    {
      pattern = "footnote (%d+), Document (%d+)",
      wrap = "ref",
      attr = function(m) return { target = "#d" .. m.captures[2] .. "fn" .. m.captures[1] } end,
    },
    {  -- "footnotes 5 and 9, Document 215": the first note links (the house practice)
      pattern = "footnotes (%d+) and (%d+), Document (%d+)",
      replace = function(m)
        local a, b, d = table.unpack(m.captures)
        return { ref("#d" .. d .. "fn" .. a, "footnotes " .. a),
                 " and " .. b .. ", Document " .. d }
      end,
    },
    {  -- "footnote 4, Ibid": a note of the document cited last before this place
      pattern = "footnote (%d+), [Ii]bid",
      wrap = "ref",
      attr = function(m)
        local doc = last_cited(m.parent)
        return doc and { target = "#" .. doc .. "fn" .. m.captures[1] } or nil
      end,
    },
    {  -- "footnote 2, supra": a note of the document before this one
      pattern = "footnote (%d+), [Ss]upra",
      wrap = "ref",
      attr = function(m)
        local n = number_of(m.parent)
        return n and n > 1 and { target = "#d" .. (n - 1) .. "fn" .. m.captures[1] } or nil
      end,
    },
    {  -- "Documents 196 and 80": both numbers link
      pattern = "Documents (%d+) and (%d+)",
      replace = function(m)
        local a, b = m.captures[1], m.captures[2]
        return { ref("#d" .. a, "Documents " .. a), " and ", ref("#d" .. b, b) }
      end,
    },
    {
      pattern = "Documents? (%d+)",
      wrap = "ref",
      attr = function(m) return { target = "#d" .. m.captures[1] } end,
    },
    {  -- "(see footnote 3 above)": a note of this document, when the text says so
      pattern = "footnote (%d+)([ %)]%a*)",
      replace = function(m)
        local n, after = m.captures[1], m.captures[2]
        local id = this_document(m.parent)
        if not id or not (after == ")" or after == " above" or after == " below") then return nil end
        return { ref("#" .. id .. "fn" .. n, "footnote " .. n), after }
      end,
    },
    {  -- "Supra": the document before this one — in volumes that number their documents;
       -- older ones cite by page, and their "Supra" stays text
      pattern = "%f[%a][Ss]upra%f[%A]",
      wrap = "ref",
      attr = function(m)
        local n = number_of(m.parent)
        return n and n > 1 and numbered(m.parent) and { target = "#d" .. (n - 1) } or nil
      end,
    },
    pages("pp%. "),  -- "April 2, pp. 355, 357"
    pages("p%. "),   -- "Telegram 291, March 26, p. 346", "footnote 1, p. 287"
  },
}
