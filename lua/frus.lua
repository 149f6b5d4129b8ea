-- The FRUS house style: how the Office of the Historian marks up a document's head, terms,
-- persons, cross-references, dateline dates and signature (docs: frus-encoding.md §1.2–§3).
--
-- Each rule is a named filter, so an editor's script can build on this one and switch a rule
-- off or replace it:  return { require "frus", { name = "frus.persons", off = true } }
-- Parameters (--param NAME=VALUE, read as cx.params):
--   frus.head-parties  auto (default) | on | off   sender/recipient glosses in the head;
--                      "auto" leaves them out of heads that carry a telegram number
--                      ("Telegram 3211 From …"), as the e-only Nixon–Ford volumes do.
return {
  require "frus.head",
  require "frus.persons",
  require "frus.terms",
  require "frus.refs",
  require "frus.signature",
  require "frus.dates",
}
