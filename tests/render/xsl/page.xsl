<?xml version="1.0" encoding="UTF-8"?>
<!-- page.xsl: a small page stylesheet for the render tests: a title parameter, paragraphs,
     notes, and the catch-all message of the real stylesheets for anything else. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">
  <xsl:output method="html" doctype-system="about:legacy-compat" encoding="UTF-8"/>
  <xsl:param name="title" select="'untitled'"/>
  <xsl:template match="/">
    <html lang="en">
      <head><meta charset="utf-8"/><title><xsl:value-of select="$title"/></title></head>
      <body><h1 id="title"><xsl:value-of select="$title"/></h1><xsl:apply-templates/></body>
    </html>
  </xsl:template>
  <xsl:template match="tei:TEI | tei:text | tei:body | tei:div"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:teiHeader"/>
  <xsl:template match="tei:head"><h2><xsl:apply-templates/></h2></xsl:template>
  <xsl:template match="tei:p"><p><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="*">
    <xsl:message>cabletei: unmatched element <xsl:value-of select="name()"/></xsl:message>
    <span class="unmatched"><xsl:apply-templates/></span>
  </xsl:template>
</xsl:stylesheet>
