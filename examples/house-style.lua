-- An editor's house style built on the FRUS default: telegraphic abbreviations are completed
-- in editorial brackets ("Sov[iet]", the FRUS way of supplying text), and one-letter terms
-- and guessed acronyms are left alone. `make demo` uses it.
local expansions = { Sov = "Soviet", Dept = "Department", Emb = "Embassy", Govt = "Government" }

-- "Sov" -> "Sov[iet]": the printed letters stay, the supplied ones go in brackets.
local function complete(m)
  local full = expansions[m.text]
  if not full or full:sub(1, #m.text) ~= m.text then return nil end
  return m.text .. "[" .. full:sub(#m.text + 1) .. "]"
end

return {
  require "frus",                               -- every FRUS rule, in order
  { name = "frus.terms-variants", off = true },  -- switch a default rule off by name
  {
    name = "house.expansions",
    text = { { pattern = "%f[%a]%u%l+%f[%A]", replace = complete } },
  },
}
