<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei generated text: the labels the stylesheets add (Page, Notes, Contents, months…),
     by key and language. English only so far; add a language as another xsl:when branch. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The label for $key in the output language ($lang.effective, common.xsl). -->
  <xsl:template name="gentext">
    <xsl:param name="key"/>
    <xsl:choose>
      <xsl:when test="$key = 'page'">Page</xsl:when>
      <xsl:when test="$key = 'page.facsimile'">Facsimile Page</xsl:when>
      <xsl:when test="$key = 'page.typeset'">Typeset Page</xsl:when>
      <xsl:when test="$key = 'notes'">Notes</xsl:when>
      <xsl:when test="$key = 'contents'">Contents</xsl:when>
      <xsl:when test="$key = 'persons'">Persons</xsl:when>
      <xsl:when test="$key = 'terms'">Abbreviations</xsl:when>
      <xsl:when test="$key = 'previous'">Previous</xsl:when>
      <xsl:when test="$key = 'next'">Next</xsl:when>
      <xsl:when test="$key = 'document'">Document</xsl:when>
      <xsl:when test="$key = 'documents'">Documents</xsl:when>
      <xsl:when test="$key = 'number'">No.</xsl:when>
      <xsl:when test="$key = 'title'">Title</xsl:when>
      <xsl:when test="$key = 'date'">Date</xsl:when>
      <xsl:when test="$key = 'volume'">Volume</xsl:when>
      <xsl:when test="$key = 'site'">Site</xsl:when>
      <xsl:when test="$key = 'note'">Note</xsl:when>
      <xsl:when test="$key = 'backlink'">Back to the text of note</xsl:when>
      <xsl:when test="$key = 'source'">Source</xsl:when>
      <xsl:when test="$key = 'gap'">text omitted</xsl:when>
      <xsl:when test="$key = 'attachment'">Attachment</xsl:when>
      <xsl:when test="$key = 'skip'">Skip to content</xsl:when>
      <xsl:when test="$key = 'undated'">undated</xsl:when>
      <xsl:otherwise><xsl:value-of select="$key"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The name of month $m (1-12). -->
  <xsl:template name="gentext.month">
    <xsl:param name="m"/>
    <xsl:value-of select="substring-before(substring-after(
      '|01January|02February|03March|04April|05May|06June|07July|08August|09September|10October|11November|12December|',
      concat('|', format-number($m, '00'))), '|')"/>
  </xsl:template>

</xsl:stylesheet>
