-- The head's sender and recipient (frus-encoding.md §1.2): "Telegram From the <gloss type=from>
-- Embassy in X</gloss> to the <gloss type=to>Department of State</gloss>", people as persName.
local names = require "frus.names"

-- Words that may stand before a person's name in a head ("Letter From Senator John F. Kennedy").
local titles = {
  "Vice President", "Prime Minister", "Foreign Minister", "Senator", "Representative",
  "Congressman", "Governor", "President", "Ambassador", "General", "Admiral", "Secretary",
  "Chancellor", "King", "Queen", "Prince", "Mr.", "Mrs.", "Dr.",
}

-- The last plain occurrence of `needle` in `s`, or nil.
local function find_last(s, needle)
  local at, last = 1, nil
  while true do
    local i = s:find(needle, at, true)
    if not i then return last end
    last, at = i, i + 1
  end
end

-- True for "John F. Kennedy", "Lister": capitalised words and initials only.
local function looks_like_name(s)
  for word in s:gmatch("%S+") do
    if not (word:find("^%u[%a'’%-]*$") or word:find("^%u%.$")) then return false end
  end
  return s:find("%S") ~= nil
end

local function person_attrs(cx, name, kind, office)
  local entry = names.person(cx, name, office)
  return { type = kind, corresp = entry and names.pointer(entry) or nil }
end

-- The element for one party, text[first..last] (the words after "From"/"to"), as
-- {first, last, tag, attrs} with the span to wrap, or nil.
local function party(cx, text, first, last, kind)
  local part = text:sub(first, last)
  local ps, _, name = part:find("%(([^()]+)%)%s*$")  -- "the Minister in Romania (Thayer)"
  if ps then
    local office = part:sub(1, ps - 1)
    return { first + ps, first + ps + #name - 1, "persName", person_attrs(cx, name, kind, office) }
  end
  if part:find("^[Tt]he ") then  -- an office: "the Embassy in Poland"
    return { first + 4, last, "gloss", { type = kind } }
  end
  for _, title in ipairs(titles) do  -- a person named directly
    if part:sub(1, #title + 1) == title .. " " then
      first, part = first + #title + 1, part:sub(#title + 2)
      break
    end
  end
  local stop = part:find(",", 1, true) or part:find(" of ", 1, true)
  local person = stop and part:sub(1, stop - 1) or part
  local known = names.person(cx, person)
  if known or (looks_like_name(person) and person:find("%s")) then
    return { first, first + #person - 1, "persName", person_attrs(cx, person, kind) }
  end
  return nil
end

-- Where the sender and recipient are: positions of their text, or nil for heads that name
-- none (editorial notes, memoranda of conversation, reports).
local function parties(text, mode)
  local from_at, from_end = text:find("%f[%a][Ff]rom ")
  local sender
  if from_at then
    local kind = text:sub(1, from_at - 1):gsub("^%d+%.%s*", "")
    if mode == "auto" and kind:find("%d") then return nil end  -- "Telegram 3211 From"
    sender = from_end + 1
  elseif text:find("^The ") then  -- older volumes: "The Consul General at Batavia (Livengood) to the …"
    sender = 1
  else
    return nil
  end
  local to_at = find_last(text:sub(sender), " to ")
  if not to_at then return nil end
  to_at = sender + to_at - 1
  return sender, to_at - 1, to_at + 4, #text
end

local function mark_parties(m, cx)
  local mode = cx.params["frus.head-parties"] or "auto"
  if mode == "off" then return nil end
  local text = m.text
  local s1, e1, s2, e2 = parties(text, mode)
  if not s1 then return nil end
  local spans = { party(cx, text, s1, e1, "from"), party(cx, text, s2, e2, "to") }
  if not spans[1] and not spans[2] then return nil end
  local out, at = {}, 1
  for _, span in ipairs(spans) do
    if span then
      local first, last, tag, attrs = table.unpack(span)
      out[#out + 1] = text:sub(at, first - 1)
      out[#out + 1] = tei.el(tag, attrs, text:sub(first, last))
      at = last + 1
    end
  end
  out[#out + 1] = text:sub(at)
  return out
end

return {
  name = "frus.head",
  text = {
    {
      pattern = "^.+$",
      scope = "div[type=document] > head",
      exclude = { "note", "gloss", "persName" },
      replace = mark_parties,
    },
  },
}
