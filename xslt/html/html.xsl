<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML driver for ONE page: a document (TEI or bare div) or a whole volume on a
     single HTML5 page with the CSS inlined. Usage: xsltproc xslt/html/html.xsl doc.xml > doc.html -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  xmlns:exsl="http://exslt.org/common"
  extension-element-prefixes="exsl"
  exclude-result-prefixes="tei frus exsl">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/keys.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="../common/common.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="html-links.xsl"/>
  <xsl:include href="html-inline.xsl"/>
  <xsl:include href="html-blocks.xsl"/>
  <xsl:include href="html-notes.xsl"/>
  <xsl:include href="html-layout.xsl"/>
  <xsl:include href="html-css.xsl"/>
  <xsl:include href="html-catchall.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:text tei:front tei:body tei:back tei:div
    tei:list tei:table tei:row tei:opener tei:closer frus:attachment tei:lg tei:figure"/>

  <!-- Single-page mode: every target in the input is on this page. -->
  <xsl:variable name="site.mode" select="false()"/>

  <!-- One document and nothing else: the page is that document (its head is h1); otherwise
       the page is a volume (its title is h1, documents h2). -->
  <xsl:variable name="single.doc"
    select="count($docs) = 1 and not($aux.divs) and not($toc.divs)"/>
  <xsl:variable name="page.root" select="$docs[$single.doc] | /*[not($single.doc)]"/>

  <xsl:template match="/">
    <xsl:call-template name="html.page">
      <xsl:with-param name="title">
        <xsl:choose>
          <xsl:when test="$single.doc">
            <xsl:variable name="t"><xsl:apply-templates select="$docs/tei:head[not(@type='shortened-for-running-head')][1]" mode="plain"/></xsl:variable>
            <xsl:value-of select="normalize-space($t)"/>
            <xsl:if test="$volume.title != ''"><xsl:value-of select="concat(' — ', $volume.title)"/></xsl:if>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$volume.title.effective"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The page: a banner unless it shows one document, the volume title and contents for a
       volume, then everything the input holds. -->
  <xsl:template match="/" mode="page.body">
    <xsl:if test="not($single.doc) or $volume.title != ''">
      <header class="site-header">
        <p class="site-title"><xsl:value-of select="$volume.title.effective"/></p>
      </header>
    </xsl:if>
    <main id="main">
      <xsl:if test="not($single.doc)">
        <h1 class="volume-title"><xsl:value-of select="$volume.title.effective"/></h1>
        <xsl:if test="number($toc.single) = 1 and count($docs) &gt; 1">
          <nav class="toc" aria-label="{$text.contents}"><xsl:call-template name="contents.table"/></nav>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates select="/*"/>
    </main>
  </xsl:template>

</xsl:stylesheet>
