-- The signature: closer/signed/persName gets corresp="#p_…" when the signer is in the volume's
-- list of persons (frus-encoding.md §1.5); the name stays wrapped in hi rend="strong".
-- A signer the list does not know keeps only the hi: a persName that points nowhere is what
-- the 1949 and 1969–76 volumes avoid (--param frus.unknown-signers=keep keeps it).
local names = require "frus.names"

-- The signer's name as printed: the text of the element without its notes.
local name_text = require("frus.tree").text_without_notes

return {
  name = "frus.signature",
  closer = function(closer, cx)
    for _, signer in ipairs(closer:select("signed > persName")) do
      if not signer.attr.corresp then
        local entry = names.person(cx, name_text(signer))
        if entry then
          signer.attr.corresp = names.pointer(entry)
        elseif cx.params["frus.unknown-signers"] ~= "keep" then
          signer:unwrap()
        end
      end
    end
    return nil, false
  end,
}
