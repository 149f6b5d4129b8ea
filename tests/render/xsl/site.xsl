<?xml version="1.0" encoding="UTF-8"?>
<!-- site.xsl: a small site stylesheet for the render tests: an index and one page per
     document in the urn:cabletei:site format, plus a CSS file; `bad` names a page "../x". -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:site="urn:cabletei:site"
                exclude-result-prefixes="tei">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:param name="bad" select="''"/>
  <xsl:template match="/">
    <site:site>
      <site:page href="index.html">
        <html lang="en"><head><meta charset="utf-8"/><title>Index</title></head>
          <body><ul><xsl:for-each select="//tei:div[@type='document']">
            <li><a href="{@xml:id}.html"><xsl:value-of select="tei:head"/></a></li>
          </xsl:for-each></ul></body></html>
      </site:page>
      <xsl:for-each select="//tei:div[@type='document']">
        <site:page href="{@xml:id}.html">
          <html lang="en"><head><meta charset="utf-8"/><title><xsl:value-of select="tei:head"/></title>
            <link rel="stylesheet" href="site.css"/></head>
            <body><h1><xsl:value-of select="tei:head"/></h1><p>é “x”<br/></p>
              <a href="index.html#top">index</a></body></html>
        </site:page>
      </xsl:for-each>
      <xsl:if test="$bad != ''"><site:file href="{$bad}">x</site:file></xsl:if>
      <site:file href="site.css">body { margin: 0 }&#10;</site:file>
    </site:site>
  </xsl:template>
</xsl:stylesheet>
