<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO parameters: page set-up and typesetting, each documented here (the shared
     ones are in ../common/params.xsl). Override with xsltproc stringparam or in a customisation
     layer that imports fo.xsl (examples/custom-fo.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- paper.type (string, default "A4"): "A4" (210mm x 297mm) or "Letter" (8.5in x 11in); sets
       page.width and page.height unless those are given. -->
  <xsl:param name="paper.type" select="'A4'"/>

  <!-- page.width (length, default empty): the page width; empty: from paper.type. -->
  <xsl:param name="page.width" select="''"/>

  <!-- page.height (length, default empty): the page height; empty: from paper.type. -->
  <xsl:param name="page.height" select="''"/>

  <!-- page.margin.top (length, default 20mm): from the page edge to the running head. -->
  <xsl:param name="page.margin.top" select="'20mm'"/>

  <!-- page.margin.bottom (length, default 18mm): from the folio to the page edge. -->
  <xsl:param name="page.margin.bottom" select="'18mm'"/>

  <!-- page.margin.inner (length, default 25mm): the binding-side margin (left on odd pages). -->
  <xsl:param name="page.margin.inner" select="'25mm'"/>

  <!-- page.margin.outer (length, default 25mm): the outer margin (right on odd pages). -->
  <xsl:param name="page.margin.outer" select="'25mm'"/>

  <!-- region.before.extent (length, default 10mm): height of the running head; the body starts
       body.margin.top below the page margin. -->
  <xsl:param name="region.before.extent" select="'10mm'"/>

  <!-- region.after.extent (length, default 10mm): height of the folio line. -->
  <xsl:param name="region.after.extent" select="'10mm'"/>

  <!-- body.margin.top (length, default 14mm): top of the text block below the page margin
       (must exceed region.before.extent). -->
  <xsl:param name="body.margin.top" select="'14mm'"/>

  <!-- body.margin.bottom (length, default 14mm): bottom of the text block above the page margin
       (must exceed region.after.extent). -->
  <xsl:param name="body.margin.bottom" select="'14mm'"/>

  <!-- body.font.family (string, default "DejaVu Serif"): the font of all text; it must be known
       to FOP (tests/fo/fop.xconf.in registers DejaVu) and cover the text's characters. -->
  <xsl:param name="body.font.family" select="'DejaVu Serif'"/>

  <!-- body.font.size (length, default 10pt): the size of the text; heads, notes and running
       heads are sized relative to it in fo-attrsets.xsl. -->
  <xsl:param name="body.font.size" select="'10pt'"/>

  <!-- note.font.size (length, default 8pt): the size of footnotes. -->
  <xsl:param name="note.font.size" select="'8pt'"/>

  <!-- line.height (number or length, default 1.3): line height of the text. -->
  <xsl:param name="line.height" select="'1.3'"/>

  <!-- chunk.size (integer, default 100): the most documents in one fo:page-sequence. A chapter
       (a div that is not a document) of up to chunk.size documents is one sequence; a bigger
       chapter, and the documents outside chapters, go into sequences of chunk.size parts each
       (documents, and a chapter's heads and notes). FOP keeps a whole page-sequence in memory,
       so this bounds memory on big volumes; each new sequence starts a new page, numbering runs
       on. Measured on 1,000 generated documents: sequences of 100 typeset in a 512 MB heap;
       sequences of 25 still need more than 256 MB, as the tagged PDF's structure grows with
       the whole volume. -->
  <xsl:param name="chunk.size" select="100"/>

  <!-- page.markers (boolean 1/0, default 1): print the original page breaks as "[Page 541]". -->
  <xsl:param name="page.markers" select="1"/>

  <!-- page.marker.placement (string, default "inline"): where the page markers go. "inline":
       in the text, for any FO processor. "margin": in the outer margin beside their line. FOP
       cannot put them there by itself: this needs cabletei's PDF step, which chooses "margin"
       unless the parameter is given. The FO then holds a zero-width measuring copy of each
       marker, which cabletei uses and removes after FOP's layout. -->
  <xsl:param name="page.marker.placement" select="'inline'"/>

  <!-- title.page (boolean 1/0, default 1): a title page from the teiHeader for a volume. -->
  <xsl:param name="title.page" select="1"/>

  <!-- toc (boolean 1/0, default 1): a contents list with page numbers for a volume of more than
       one document. -->
  <xsl:param name="toc" select="1"/>

  <!-- bookmarks (boolean 1/0, default 1): PDF bookmarks (fo:bookmark-tree): the front matter
       and one per document. -->
  <xsl:param name="bookmarks" select="1"/>

  <!-- unmatched.color (color, default red): colour of elements no template handles. -->
  <xsl:param name="unmatched.color" select="'red'"/>

  <!-- The page size in effect. -->
  <xsl:variable name="page.width.effective">
    <xsl:choose>
      <xsl:when test="$page.width != ''"><xsl:value-of select="$page.width"/></xsl:when>
      <xsl:when test="translate($paper.type, 'LETR', 'letr') = 'letter'">8.5in</xsl:when>
      <xsl:otherwise>210mm</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="page.height.effective">
    <xsl:choose>
      <xsl:when test="$page.height != ''"><xsl:value-of select="$page.height"/></xsl:when>
      <xsl:when test="translate($paper.type, 'LETR', 'letr') = 'letter'">11in</xsl:when>
      <xsl:otherwise>297mm</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

</xsl:stylesheet>
