-- Persons in the text and notes: each name from the volume's list of persons becomes
-- <persName corresp="#p_…">, matched on the forms of the list (surname, full names, initials).
local names = require "frus.names"

-- A name followed by one of these is an institution, not the person ("White House"; the
-- presidential libraries of source notes). "Eisenhower Doctrine", "Kissinger Papers" keep
-- their persName, as the house encodes them.
local not_a_person = { "Library", "House" }

-- Words that may stand before a person's surname without being part of another name.
local titles = {}
for _, t in ipairs { "Gen", "Adm", "Col", "Amb", "Sen", "Mr", "Mrs", "Miss", "Dr", "Secretary", "Ambassador", "President", "General",
                     "Senator", "Minister", "Chancellor", "Governor", "Director", "King",
                     "Marshal", "Admiral", "Premier", "Cardinal", "Prince", "Colonel", "Judge",
                     "Representative", "Congressman", "Chairman", "Commissioner", "Deputy", "Doctor" } do
  titles[t] = true
end

-- Capitalised words that start sentences or phrases rather than names.
local function_words = {}
for w in ("The A An In On At To By For With From And But If As Of That This When While After " ..
          "Before Since Under Over Between Among Both Neither Either Only Also Then Thus " ..
          "Although Because Although Said Told Asked"):gmatch("%a+") do
  function_words[w] = true
end

-- "Charles E. Johnson" when the list only knows another Johnson: a bare surname right after an
-- initial belongs to someone else, and so does one after a capitalised word inside a sentence
-- ("met Charles Johnson") unless that word is a title, a function word or a term of the list
-- ("Deputy FonMin Gromov").
local function someone_else(m, cx)
  if m.text:find("%s") then return false end
  if m.before:find("%f[%a]%u%.%s+$") then return true end  -- an initial: "E. Johnson"
  local lead, word = m.before:match("(%S*)%s+(%u%a*)%s+$")
  if not word or titles[word] or function_words[word] then return false end
  local mid_sentence = (lead:find("^%l") and not lead:find("[.!?:;]$")) or lead:find(",$")
  return mid_sentence and #cx.terms:lookup(word) == 0 or false
end

local function names_an_institution(after)
  local word = after:match("^%s+(%u%a+)")
  for _, w in ipairs(not_a_person) do
    if word == w then return true end
  end
  return false
end

-- People who share a name ("Dulles") are told apart by the words before it ("Secretary
-- Dulles") when the list's descriptions allow; otherwise the name is left untagged and the
-- editor gets a note.
local function person(m, cx)
  if names_an_institution(m.after) then return nil end
  local described = #m.values == 1 and names.cue_score(m.values[1], m.before:sub(-40)) > 0
  if not described and someone_else(m, cx) then return nil end
  local entry = names.choose(m.values, m.before:sub(-40), cx)
  if not entry then
    cx:note(m.parent, "%q may be any of %s; left untagged", m.text, names.ids(m.values))
    return nil
  end
  local attrs = { corresp = names.pointer(entry) }
  -- "General Erskine": the title stays outside the name, as the house encodes it
  local title, rest = m.text:match("^(%u%a*%.?)%s+(.+)$")
  if title and (titles[title:gsub("%.$", "")] or title:find("%.$")) and #title > 2 and
     entry.forms:includes(rest) then
    return { title .. " ", tei.el("persName", attrs, rest) }
  end
  return { tei.el("persName", attrs, m.text) }
end

return {
  name = "frus.persons",
  text = {
    { words = function(cx) return cx.persons end, replace = person },
  },
}
