<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML parameters: the parameters only the HTML drivers read, each documented here
     (the shared ones are in ../common/params.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- persons.page (string, default empty): in single-page mode (html.xsl), the page that
       pointers to persons not shown on the page link to, as "{persons.page}#p_X" (set it to
       persons.html when the page sits next to a site's list pages). Empty: such names get the
       hover text only, no link. A site (site.xsl) always links to its own persons.html. -->
  <xsl:param name="persons.page" select="''"/>

  <!-- terms.page (string, default empty): the same for abbreviations ("{terms.page}#t_X"). -->
  <xsl:param name="terms.page" select="''"/>

  <!-- css.file (file name, default cabletei.css): the style sheet a site writes and links. -->
  <xsl:param name="css.file" select="'cabletei.css'"/>

  <!-- page.markers (boolean, default 1): show "[Page N]" markers for pb (the anchors
       id="pg_N" are kept either way). -->
  <xsl:param name="page.markers" select="1"/>

  <!-- note.backlink.text (string, default ↩): the text of the link from a note back to its
       reference. -->
  <xsl:param name="note.backlink.text" select="'↩'"/>

  <!-- toc.single (boolean, default 1): in single-page mode, show the contents table before the
       documents of a volume (an input with more than one document). -->
  <xsl:param name="toc.single" select="1"/>

  <!-- content.max.width (CSS length, default 42rem): width of the text column. -->
  <xsl:param name="content.max.width" select="'42rem'"/>

</xsl:stylesheet>
