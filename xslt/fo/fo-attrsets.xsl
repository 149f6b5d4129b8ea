<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO styling: every styled block or inline is an attribute set, so a customisation
     layer overrides only the properties it changes (attribute sets merge across import
     precedence, attribute by attribute: see examples/custom-fo.xsl). -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <!-- fo:root: the font, size, line height and language of everything; superscript note marks
       do not widen the line spacing. -->
  <xsl:attribute-set name="root.properties">
    <xsl:attribute name="line-height-shift-adjustment">disregard-shifts</xsl:attribute>
    <xsl:attribute name="font-family"><xsl:value-of select="$body.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$body.font.size"/></xsl:attribute>
    <xsl:attribute name="line-height"><xsl:value-of select="$line.height"/></xsl:attribute>
    <xsl:attribute name="language"><xsl:value-of select="substring($lang.effective, 1, 2)"/></xsl:attribute>
  </xsl:attribute-set>

  <!-- The fo:flow of every page-sequence: widow and orphan control. -->
  <xsl:attribute-set name="flow.properties">
    <xsl:attribute name="widows">2</xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
  </xsl:attribute-set>

  <!-- Title page. -->
  <xsl:attribute-set name="title.page.title">
    <xsl:attribute name="font-size">22pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">60mm</xsl:attribute>
    <xsl:attribute name="space-before.conditionality">retain</xsl:attribute>
    <xsl:attribute name="space-after">12mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="title.page.subtitle">
    <xsl:attribute name="font-size">14pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-after">6mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="title.page.line">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-after">3mm</xsl:attribute>
  </xsl:attribute-set>

  <!-- Heads of front and back matter parts (Contents, List of Persons…) and of chapters. -->
  <xsl:attribute-set name="part.head">
    <xsl:attribute name="font-size">14pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-after">8mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- Heads of divs inside documents or parts (sections, attachments). -->
  <xsl:attribute-set name="section.head">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">8pt</xsl:attribute>
    <xsl:attribute name="space-after">6pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- A document's block. -->
  <xsl:attribute-set name="document.properties">
    <xsl:attribute name="space-before">14pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- A document's number and head ("219. Telegram From…"), whole and kept with the next
       block. -->
  <xsl:attribute-set name="document.head">
    <xsl:attribute name="font-size">11.5pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">left</xsl:attribute>
    <xsl:attribute name="space-after">6pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <!-- Dateline: right and italic. -->
  <xsl:attribute-set name="dateline">
    <xsl:attribute name="text-align">right</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="space-after">6pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- Opener (classification line, dateline: kept together and with the text) and closer. -->
  <!-- An opener (classification, dateline, addressee: a few lines) stays whole on the page of
       the head before it and the text after it. -->
  <xsl:attribute-set name="opener">
    <xsl:attribute name="space-after">6pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="closer">
    <xsl:attribute name="space-before">6pt</xsl:attribute>
    <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- Signature: right. -->
  <xsl:attribute-set name="signed">
    <xsl:attribute name="text-align">right</xsl:attribute>
  </xsl:attribute-set>

  <!-- Paragraph: justified. -->
  <xsl:attribute-set name="paragraph">
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="text-indent">1.5em</xsl:attribute>
    <xsl:attribute name="space-after">3pt</xsl:attribute>
    <xsl:attribute name="hyphenate">true</xsl:attribute>
  </xsl:attribute-set>
  <!-- Paragraphs rendered flush left, centred or right (rend="flushleft", "center", "right"). -->
  <xsl:attribute-set name="paragraph.flushleft">
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="paragraph.center">
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="paragraph.right">
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="text-align">right</xsl:attribute>
  </xsl:attribute-set>

  <!-- Block quote. -->
  <xsl:attribute-set name="quote.block">
    <xsl:attribute name="start-indent">inherited-property-value(start-indent) + 2em</xsl:attribute>
    <xsl:attribute name="end-indent">inherited-property-value(end-indent) + 2em</xsl:attribute>
    <xsl:attribute name="space-before">4pt</xsl:attribute>
    <xsl:attribute name="space-after">4pt</xsl:attribute>
    <xsl:attribute name="font-size">0.95em</xsl:attribute>
  </xsl:attribute-set>

  <!-- Lists: the list-block, its head, items with labels, and items without labels (hanging
       indent, as the lists of persons and abbreviations). -->
  <xsl:attribute-set name="list.block">
    <xsl:attribute name="provisional-distance-between-starts">3em</xsl:attribute>
    <xsl:attribute name="provisional-label-separation">0.5em</xsl:attribute>
    <xsl:attribute name="space-before">3pt</xsl:attribute>
    <xsl:attribute name="space-after">3pt</xsl:attribute>
    <!-- text-indent is inherited: a list inside a paragraph must not indent its labels. -->
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="list.head">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">3pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="list.item">
    <xsl:attribute name="space-after">2pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="list.item.plain">
    <xsl:attribute name="start-indent">inherited-property-value(start-indent) + 1.5em</xsl:attribute>
    <xsl:attribute name="text-indent">-1.5em</xsl:attribute>
    <xsl:attribute name="space-after">2pt</xsl:attribute>
    <xsl:attribute name="text-align">left</xsl:attribute>
  </xsl:attribute-set>

  <!-- Tables. -->
  <xsl:attribute-set name="table.properties">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="space-before">4pt</xsl:attribute>
    <xsl:attribute name="space-after">4pt</xsl:attribute>
    <xsl:attribute name="border-collapse">collapse</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="table.head">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="table.cell">
    <xsl:attribute name="padding">2pt</xsl:attribute>
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="table.cell.label">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <!-- Footnotes: the reference mark, the note block and its label. -->
  <xsl:attribute-set name="footnote.mark">
    <xsl:attribute name="baseline-shift">super</xsl:attribute>
    <xsl:attribute name="font-size">0.7em</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="footnote.properties">
    <xsl:attribute name="font-size"><xsl:value-of select="$note.font.size"/></xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
    <xsl:attribute name="space-before">2pt</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="footnote.label">
    <xsl:attribute name="baseline-shift">super</xsl:attribute>
    <xsl:attribute name="font-size">0.75em</xsl:attribute>
  </xsl:attribute-set>
  <!-- The rule above the footnotes. -->
  <xsl:attribute-set name="footnote.separator">
    <xsl:attribute name="leader-pattern">rule</xsl:attribute>
    <xsl:attribute name="leader-length">30%</xsl:attribute>
    <xsl:attribute name="rule-thickness">0.5pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- Inline notes (rend="inline"). -->
  <xsl:attribute-set name="note.inline">
    <xsl:attribute name="font-size">0.9em</xsl:attribute>
  </xsl:attribute-set>
  <!-- An inline note before a document's head (the source line of older volumes). -->
  <xsl:attribute-set name="source.line">
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
    <xsl:attribute name="space-after">2pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- "[Page 541]": the original page numbers. -->
  <xsl:attribute-set name="page.marker">
    <xsl:attribute name="font-size">0.75em</xsl:attribute>
    <xsl:attribute name="color">#555555</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
  </xsl:attribute-set>

  <!-- The line of no height that holds a margin marker between blocks. -->
  <xsl:attribute-set name="page.marker.line">
    <xsl:attribute name="font-size">0pt</xsl:attribute>
    <xsl:attribute name="line-height">0pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- Running heads and folios. -->
  <xsl:attribute-set name="running.head">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align-last">justify</xsl:attribute>
    <xsl:attribute name="border-bottom">0.3pt solid #777777</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="folio">
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- Contents: one line per entry with a dot leader and the page number. -->
  <xsl:attribute-set name="toc.entry">
    <xsl:attribute name="text-align-last">justify</xsl:attribute>
    <xsl:attribute name="start-indent">2.5em</xsl:attribute>
    <xsl:attribute name="text-indent">-2.5em</xsl:attribute>
    <xsl:attribute name="end-indent">2.5em</xsl:attribute>
    <xsl:attribute name="last-line-end-indent">-2.5em</xsl:attribute>
    <xsl:attribute name="space-after">2pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="toc.part">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">6pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- Links (internal and external). -->
  <xsl:attribute-set name="link.properties">
    <xsl:attribute name="color">#1a3c7a</xsl:attribute>
  </xsl:attribute-set>

  <!-- Elements no template matches: visible. -->
  <xsl:attribute-set name="unmatched">
    <xsl:attribute name="color"><xsl:value-of select="$unmatched.color"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <!-- Inline renditions. -->
  <xsl:attribute-set name="hi.strong"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:attribute-set>
  <xsl:attribute-set name="hi.italic"><xsl:attribute name="font-style">italic</xsl:attribute></xsl:attribute-set>
  <xsl:attribute-set name="hi.roman"><xsl:attribute name="font-style">normal</xsl:attribute></xsl:attribute-set>
  <xsl:attribute-set name="hi.smallcaps"><xsl:attribute name="font-variant">small-caps</xsl:attribute></xsl:attribute-set>
  <xsl:attribute-set name="hi.underline"><xsl:attribute name="text-decoration">underline</xsl:attribute></xsl:attribute-set>
  <xsl:attribute-set name="hi.strike"><xsl:attribute name="text-decoration">line-through</xsl:attribute></xsl:attribute-set>
  <xsl:attribute-set name="hi.superscript">
    <xsl:attribute name="baseline-shift">super</xsl:attribute>
    <xsl:attribute name="font-size">0.7em</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="hi.subscript">
    <xsl:attribute name="baseline-shift">sub</xsl:attribute>
    <xsl:attribute name="font-size">0.7em</xsl:attribute>
  </xsl:attribute-set>
  <!-- gap ("[text omitted]"). -->
  <xsl:attribute-set name="gap"><xsl:attribute name="font-style">italic</xsl:attribute></xsl:attribute-set>

</xsl:stylesheet>
