<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML driver for a volume SITE: one XML wrapper (urn:cabletei:site) holding every
     page (index, one per document, persons, terms) and the CSS file, split by the caller. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  xmlns:exsl="http://exslt.org/common"
  xmlns:site="urn:cabletei:site"
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

  <!-- The pages are plain HTML elements (no namespace) inside site:page; the caller writes
       each with an HTML5 doctype, serialized as HTML. -->
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:text tei:front tei:body tei:back tei:div
    tei:list tei:table tei:row tei:opener tei:closer frus:attachment tei:lg tei:figure"/>

  <!-- Site mode: a target is on the page of its document or list (html-links.xsl). -->
  <xsl:variable name="site.mode" select="true()"/>
  <xsl:variable name="page.root" select="/.."/>

  <!-- The site: index.html, a page per document (previous and next by position, in one pass),
       a page per list or other front/back division, the style sheet. -->
  <xsl:template match="/">
    <site:site>
      <site:page href="index.html">
        <xsl:call-template name="html.page">
          <xsl:with-param name="title" select="$volume.title.effective"/>
          <xsl:with-param name="css.inline" select="0"/>
          <xsl:with-param name="current" select="'index.html'"/>
        </xsl:call-template>
      </site:page>
      <xsl:for-each select="$docs">
        <xsl:variable name="href"><xsl:call-template name="page.name"/></xsl:variable>
        <xsl:variable name="title"><xsl:apply-templates select="tei:head[not(@type='shortened-for-running-head')][1]" mode="plain"/></xsl:variable>
        <site:page href="{$href}">
          <xsl:call-template name="html.page">
            <xsl:with-param name="title" select="concat(normalize-space($title), ' — ', $volume.title.effective)"/>
            <xsl:with-param name="css.inline" select="0"/>
            <xsl:with-param name="content" select="."/>
            <xsl:with-param name="current" select="$href"/>
          </xsl:call-template>
        </site:page>
      </xsl:for-each>
      <xsl:for-each select="$site.aux">
        <xsl:variable name="href"><xsl:call-template name="page.name"/></xsl:variable>
        <xsl:variable name="label"><xsl:call-template name="aux.label"/></xsl:variable>
        <site:page href="{$href}">
          <xsl:call-template name="html.page">
            <xsl:with-param name="title" select="concat(normalize-space($label), ' — ', $volume.title.effective)"/>
            <xsl:with-param name="css.inline" select="0"/>
            <xsl:with-param name="content" select="."/>
            <xsl:with-param name="current" select="$href"/>
          </xsl:call-template>
        </site:page>
      </xsl:for-each>
      <site:file href="{$css.file}"><xsl:call-template name="css.text"/></site:file>
    </site:site>
  </xsl:template>

  <!-- ===== Page bodies ===== -->

  <!-- The index: the contents table. -->
  <xsl:template match="/" mode="page.body">
    <xsl:call-template name="site.header"><xsl:with-param name="current" select="'index.html'"/></xsl:call-template>
    <main id="main">
      <h1 class="volume-title"><xsl:value-of select="$volume.title.effective"/></h1>
      <nav class="toc" aria-label="{$text.contents}"><xsl:call-template name="contents.table"/></nav>
    </main>
  </xsl:template>

  <!-- A document between two pagers. -->
  <xsl:template match="tei:div[@type='document']" mode="page.body">
    <xsl:variable name="pager"><xsl:call-template name="doc.pager"/></xsl:variable>
    <xsl:copy-of select="$site.header.documents"/>
    <nav class="pager" aria-label="{$text.documents}"><xsl:copy-of select="$pager"/></nav>
    <main id="main">
      <!-- A page break printed just before the document (between documents) opens its page. -->
      <xsl:apply-templates select="preceding-sibling::*[1]/self::tei:pb"/>
      <xsl:apply-templates select="."/>
    </main>
    <nav class="pager" aria-label="{$text.documents} (2)"><xsl:copy-of select="$pager"/></nav>
  </xsl:template>

  <!-- A list of persons or terms, or another front or back division. -->
  <xsl:template match="tei:div" mode="page.body">
    <xsl:param name="current"/>
    <xsl:call-template name="site.header"><xsl:with-param name="current" select="$current"/></xsl:call-template>
    <main id="main"><xsl:apply-templates select="."/></main>
  </xsl:template>

</xsl:stylesheet>
