-- Terms: every abbreviation of the volume's list of abbreviations, in the text and in the
-- notes, becomes <gloss target="#t_…"> (frus-encoding.md §1.10); a plural s stays outside.

-- A one-letter match that is a part of an acronym ("U.S.S.R."), an initial ("Andrew H.") or
-- a label ("Tab E", "Tabs B, D, E") is not the term.
local function is_letter_label(m)
  return m.after:find("^%.") or m.before:find("%.$") or m.before:find("Tabs? [%u, and]*$")
    or m.before:find("Annex [%u, and]*$")
end

-- One-letter terms ("E", "R": office symbols), glossed unless they are labels, initials or
-- parts of acronyms; --param frus.one-letter-terms=off leaves them all alone.
local function one_letter(m, cx)
  if #m.text ~= 1 or cx.params["frus.one-letter-terms"] == "off" or is_letter_label(m) then
    return nil
  end
  return { target = "#" .. m.values[1].id }
end

-- `build(terms)` made once per list of terms: words tables derived from the list are kept
-- across documents (and their phrase index with them).
local function per_list(build)
  local made, made_of
  return function(cx)
    if made_of ~= cx.terms then made, made_of = build(cx.terms), cx.terms end
    return made
  end
end

-- The list's one-letter terms as a words table (letter -> entry): the rule for them then
-- scans for a few letters, not for the whole list again.
local one_letter_terms = per_list(function(terms)
  local singles = {}
  for _, entry in ipairs(terms) do
    if #entry.name == 1 and not singles[entry.name] then singles[entry.name] = entry end
  end
  return singles
end)

-- Capital acronyms of the list (five letters or more) spelt with one letter missing, as
-- cables and lists of one volume sometimes differ ("UNCFI" for UNCFIN): variant -> entry, or
-- false when two terms share the variant.
local acronym_variants = per_list(function(terms)
  local variants = {}
  for _, entry in ipairs(terms) do
    local name = entry.name
    if #name >= 5 and name:find("^%u+$") then
      for k = 1, #name do
        local v = name:sub(1, k - 1) .. name:sub(k + 1)
        if #terms:lookup(v) == 0 then
          variants[v] = (variants[v] == nil or variants[v] == entry) and entry or false
        end
      end
    end
  end
  return variants
end)

-- Glossed with a note, so that the editor can check the reading.
local function near_acronym(m, cx)
  local entry = m.values[1]
  if not entry then return nil end
  cx:note(m.parent, "%s read as the term %s (%s)", m.text, entry.name, entry.id)
  return { target = "#" .. entry.id }
end

local function terms(cx) return cx.terms end

return {
  {
    name = "frus.terms",
    text = {
      -- the fast path: attributes from the list, no Lua call per match; "Embtel" + "s"
      { words = terms, wrap = "gloss", attr = { target = "#${id}" }, min_length = 2,
        outside = "s" },
      { words = one_letter_terms, wrap = "gloss", attr = one_letter },
    },
  },
  {
    name = "frus.terms-variants",
    text = {
      { words = acronym_variants, wrap = "gloss", attr = near_acronym },
    },
  },
}
