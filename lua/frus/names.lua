-- Shared helpers of the FRUS style for people: look a name up in the volume's list of persons,
-- choose between people who share a name by the words around it, and make corresp pointers.
local names = {}

-- Words that may not count as cues: too common in descriptions.
local weak = { The = true, Department = true, State = true, United = true, States = true }

-- How many capitalised words of `context` (3 letters or more) the entry's description has.
function names.cue_score(entry, context)
  local score, description = 0, entry.description
  for word in context:gmatch("%u%a%a+") do
    if not weak[word] and description:find(word, 1, true) then score = score + 1 end
  end
  return score
end

-- The one entry whose description holds a principal office (cx.params["frus.principals"],
-- ";"-separated; default the President and the Secretary of State), or nil.
local function principal(entries, cx)
  local offices = cx and cx.params["frus.principals"] or "President of the United States;Secretary of State"
  local found
  for _, entry in ipairs(entries) do
    for office in offices:gmatch("[^;]+") do
      if entry.description:find(office, 1, true) then
        if found and found ~= entry then return nil end
        found = entry
      end
    end
  end
  return found
end

-- The one entry of `entries` that the words of `context` describe best ("Secretary Dulles",
-- "the Director of Central Intelligence (Dulles)"); failing that, the one holding a principal
-- office — in FRUS a bare "Dulles" is the Secretary of State —; else nil.
function names.choose(entries, context, cx)
  if #entries == 1 then return entries[1] end
  local best, best_score, tie = nil, 0, false
  for _, entry in ipairs(entries) do
    local score = names.cue_score(entry, context or "")
    if score > best_score then
      best, best_score, tie = entry, score, false
    elseif score == best_score then
      tie = true
    end
  end
  if best_score > 0 and not tie then return best end
  return principal(entries, cx)
end

-- The entry for `text` when one person of cx.persons is called that (or the context tells
-- which one), else nil and the candidates.
function names.person(cx, text, context)
  local found = cx.persons:lookup(text)
  if #found == 0 and text:find("^%u+$") and #text > 1 then  -- "LODGE" in a signature
    found = cx.persons:lookup(text:sub(1, 1) .. text:sub(2):lower())
  end
  return names.choose(found, context, cx), found
end

-- "#p_KJ1" for the entry.
function names.pointer(entry) return "#" .. entry.id end

-- The ids of a List of entries, for messages: "p_DJF1, p_DAW1".
function names.ids(entries)
  return table.concat(entries:map(function(e) return e.id end), ", ")
end

return names
