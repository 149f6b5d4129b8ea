-- Small helpers of the FRUS style for reading the TEI tree: the printed text of an element
-- without its footnotes.
local tree = {}

-- The text of `el` and its descendants, leaving out notes (and comments).
function tree.text_without_notes(el)
  if not el:first("note") then return el.text end  -- the common case, without a walk
  local out = {}
  local function walk(node)
    for _, child in ipairs(node.children) do
      if child.tag == "#text" then
        out[#out + 1] = child.text
      elseif child.tag ~= "note" and child.tag ~= "#comment" then
        walk(child)
      end
    end
  end
  walk(el)
  return table.concat(out)
end

return tree
