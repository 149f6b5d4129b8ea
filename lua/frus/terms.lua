-- Terms: every abbreviation of the volume's list of abbreviations, in the text and in the
-- notes, becomes <gloss target="#t_…"> (frus-encoding.md §1.10); a plural s stays outside.

-- One-letter terms ("E", "R": office symbols) may collide with list labels; they can be left
-- alone with --param frus.one-letter-terms=off.
-- A one-letter match that is a part of an acronym ("U.S.S.R."), an initial ("Andrew H.") or
-- a label ("Tab E", "Tabs B, D, E") is not the term.
local function is_letter_label(m)
  return m.after:find("^%.") or m.before:find("%.$") or m.before:find("Tabs? [%u, and]*$")
    or m.before:find("Annex [%u, and]*$")
end

local function gloss(m, cx)
  local entry = m.values[1]
  if #m.text == 1 and (cx.params["frus.one-letter-terms"] == "off" or is_letter_label(m)) then
    return nil
  end
  local target = { target = "#" .. entry.id }
  local stem = m.text:match("^(.+)s$")
  if stem and not entry.forms:includes(m.text) and #stem >= 2 then  -- "Embtels"
    return { tei.el("gloss", target, stem), "s" }
  end
  return { tei.el("gloss", target, m.text) }
end

-- True when a and b differ by one letter deleted, inserted or changed.
local function one_edit_apart(a, b)
  if #a > #b then a, b = b, a end
  if #b - #a > 1 then return false end
  local i = 1
  while i <= #a and a:byte(i) == b:byte(i) do i = i + 1 end
  if #a == #b then return a:sub(i + 1) == b:sub(i + 1) end
  return a:sub(i) == b:sub(i + 1)
end

-- Capital acronyms of the list, five letters or more, built once per document on first use.
local acronyms
local function list_acronyms(cx)
  if not acronyms then
    acronyms = {}
    for _, entry in ipairs(cx.terms) do
      if #entry.name >= 5 and entry.name:find("^%u+$") then acronyms[#acronyms + 1] = entry end
    end
  end
  return acronyms
end

-- An acronym one letter away from exactly one of the list's ("UNCFI" for UNCFIN): the same
-- body spelt two ways in one volume. Glossed, with a note so that the editor can check.
local function near_acronym(m, cx)
  local found
  for _, entry in ipairs(list_acronyms(cx)) do
    if one_edit_apart(m.text, entry.name) then
      if found then return nil end
      found = entry
    end
  end
  if not found then return nil end
  cx:note(m.parent, "%s read as the term %s (%s)", m.text, found.name, found.id)
  return { target = "#" .. found.id }
end

return {
  {
    name = "frus.terms",
    text = {
      { words = function(cx) return cx.terms end, replace = gloss },
    },
  },
  {
    name = "frus.terms-variants",
    text = {
      { pattern = "%f[%w]%u%u%u%u+%f[%W]", wrap = "gloss", attr = near_acronym },
    },
  },
}
