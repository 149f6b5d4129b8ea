<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML page layout: the page shell (head, header, main, footer), the empty hook
     templates, the contents table, the site navigation and the previous/next pager. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  xmlns:exsl="http://exslt.org/common"
  exclude-result-prefixes="tei frus exsl">

  <!-- ===== Hooks: empty, for customisation layers to override ===== -->

  <!-- Inside head, after the style sheet (meta elements, a link to a house style sheet). -->
  <xsl:template name="html.head.hook"/>
  <!-- At the start of each document's article (context: the document div). -->
  <xsl:template name="document.before.hook"/>
  <!-- At the end of each document's article, after its notes (context: the document div). -->
  <xsl:template name="document.after.hook"/>
  <!-- Content of the page footer; the footer is left out while this is empty. -->
  <xsl:template name="footer.hook"/>
  <!-- CSS text appended to the style sheet. -->
  <xsl:template name="css.hook"/>

  <!-- ===== Labels, looked up once ===== -->

  <xsl:variable name="text.contents.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">contents</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.contents" select="string($text.contents.rtf)"/>
  <xsl:variable name="text.volume.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">volume</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.volume" select="string($text.volume.rtf)"/>
  <xsl:variable name="text.document.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">document</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.document" select="string($text.document.rtf)"/>
  <xsl:variable name="text.previous.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">previous</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.previous" select="string($text.previous.rtf)"/>
  <xsl:variable name="text.next.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">next</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.next" select="string($text.next.rtf)"/>
  <xsl:variable name="text.documents.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">documents</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.documents" select="string($text.documents.rtf)"/>
  <xsl:variable name="text.persons.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">persons</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.persons" select="string($text.persons.rtf)"/>
  <xsl:variable name="text.terms.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">terms</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.terms" select="string($text.terms.rtf)"/>
  <xsl:variable name="text.skip.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">skip</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.skip" select="string($text.skip.rtf)"/>

  <!-- ===== The page shell ===== -->

  <!-- A complete html element: $title, the CSS inlined ($css.inline 1) or linked, the body
       made by the mode page.body templates of the drivers for $content (a document, a list
       division, or the root node for the index or single page), then the footer. $prev, $next
       and $current are passed on to them. No result-tree fragment is copied. -->
  <xsl:template name="html.page">
    <xsl:param name="title"/>
    <xsl:param name="css.inline" select="1"/>
    <xsl:param name="content" select="/"/>
    <xsl:param name="prev" select="/.."/>
    <xsl:param name="next" select="/.."/>
    <xsl:param name="current" select="''"/>
    <html lang="{$lang.effective}">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="cabletei"/>
        <title><xsl:value-of select="normalize-space($title)"/></title>
        <xsl:choose>
          <xsl:when test="$css.inline = 1"><style><xsl:call-template name="css.text"/></style></xsl:when>
          <xsl:otherwise><link rel="stylesheet" href="{$css.file}"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="html.head.hook"/>
      </head>
      <body>
        <a class="skip" href="#main"><xsl:value-of select="$text.skip"/></a>
        <xsl:apply-templates select="$content" mode="page.body">
          <xsl:with-param name="prev" select="$prev"/>
          <xsl:with-param name="next" select="$next"/>
          <xsl:with-param name="current" select="$current"/>
        </xsl:apply-templates>
        <xsl:variable name="footer"><xsl:call-template name="footer.hook"/></xsl:variable>
        <xsl:if test="exsl:node-set($footer)/node()">
          <footer class="page-footer"><xsl:copy-of select="$footer"/></footer>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!-- ===== Site header and navigation ===== -->

  <!-- The front and back divs that get a page of their own in a site: the input's, and the
       lists loaded by the persons/terms parameters. -->
  <xsl:variable name="site.aux"
    select="$aux.divs | $persons.loaded[not($persons.in.input)] | $terms.loaded[not($terms.in.input)]"/>

  <!-- The label of an aux page: Persons, Abbreviations, else its head as text. -->
  <xsl:template name="aux.label">
    <xsl:param name="div" select="."/>
    <xsl:choose>
      <xsl:when test="$div/@xml:id = 'persons'"><xsl:value-of select="$text.persons"/></xsl:when>
      <xsl:when test="$div/@xml:id = 'terms'"><xsl:value-of select="$text.terms"/></xsl:when>
      <xsl:when test="$div/tei:head">
        <xsl:call-template name="doc.title"><xsl:with-param name="div" select="$div"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$div/@xml:id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The banner of a site page: the volume title and links to the contents and aux pages;
       $current is the file name of the page. Document pages (no link is current) copy one
       banner made once. -->
  <xsl:variable name="site.header.documents">
    <xsl:call-template name="site.header"><xsl:with-param name="current" select="''"/></xsl:call-template>
  </xsl:variable>

  <xsl:template name="site.header">
    <xsl:param name="current"/>
    <header class="site-header">
      <p class="site-title"><a href="index.html"><xsl:value-of select="$volume.title.effective"/></a></p>
      <nav class="site-nav">
        <xsl:attribute name="aria-label"><xsl:value-of select="$text.volume"/></xsl:attribute>
        <ul>
          <li><a href="index.html">
            <xsl:if test="$current = 'index.html'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
            <xsl:value-of select="$text.contents"/>
          </a></li>
          <xsl:for-each select="$site.aux">
            <xsl:variable name="href"><xsl:call-template name="page.name"/></xsl:variable>
            <li><a href="{$href}">
              <xsl:if test="$current = $href"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
              <xsl:call-template name="aux.label"/>
            </a></li>
          </xsl:for-each>
        </ul>
      </nav>
    </header>
  </xsl:template>

  <!-- The list of previous/next links between document pages ($prev, $next: document divs or
       empty); the caller wraps it in a nav (a page has it at the top and at the bottom). -->
  <xsl:template name="pager">
    <xsl:param name="prev" select="/.."/>
    <xsl:param name="next" select="/.."/>
    <ul>
      <xsl:for-each select="$prev">
        <li class="prev"><a rel="prev">
          <xsl:attribute name="href"><xsl:call-template name="page.name"/></xsl:attribute>
          <xsl:text>← </xsl:text>
          <xsl:value-of select="$text.previous"/>
          <xsl:value-of select="concat(': ', $text.document, ' ', @n)"/>
        </a></li>
      </xsl:for-each>
      <li class="up"><a href="index.html">
        <xsl:value-of select="$text.contents"/>
      </a></li>
      <xsl:for-each select="$next">
        <li class="next"><a rel="next">
          <xsl:attribute name="href"><xsl:call-template name="page.name"/></xsl:attribute>
          <xsl:value-of select="$text.next"/>
          <xsl:value-of select="concat(': ', $text.document, ' ', @n)"/>
          <xsl:text> →</xsl:text>
        </a></li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- The pager list of the context document. The previous and next documents are found in
       constant time when they are its siblings (or one pb away), which is the rule in a volume;
       only the first or last document of a chapter walks the tree. -->
  <xsl:template name="doc.pager">
    <xsl:variable name="p1" select="preceding-sibling::*[1]"/>
    <xsl:variable name="prev" select="$p1/self::tei:div[@type='document']
      | $p1/self::tei:pb/preceding-sibling::*[1]/self::tei:div[@type='document']"/>
    <xsl:choose>
      <xsl:when test="$prev">
        <xsl:call-template name="doc.pager.next">
          <xsl:with-param name="prev" select="$prev"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="doc.pager.next">
          <xsl:with-param name="prev" select="(preceding::tei:div[@type='document'])[last()]"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="doc.pager.next">
    <xsl:param name="prev"/>
    <xsl:variable name="n1" select="following-sibling::*[1]"/>
    <xsl:variable name="next" select="$n1/self::tei:div[@type='document']
      | $n1/self::tei:pb/following-sibling::*[1]/self::tei:div[@type='document']"/>
    <xsl:choose>
      <xsl:when test="$next">
        <xsl:call-template name="pager">
          <xsl:with-param name="prev" select="$prev"/>
          <xsl:with-param name="next" select="$next"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="pager">
          <xsl:with-param name="prev" select="$prev"/>
          <xsl:with-param name="next" select="following::tei:div[@type='document'][1]"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Contents ===== -->

  <!-- Divisions (chapters, compilations) that hold documents, for the contents table. -->
  <xsl:variable name="toc.divs"
    select="//tei:div[not(@type='document')][not(ancestor::tei:div[@type='document'])]
            [.//tei:div[@type='document']]"/>

  <!-- The contents: one row per document (number, title linked to it, date), a heading row
       per division holding documents. -->
  <xsl:template name="contents.table">
    <table class="contents">
      <caption><xsl:value-of select="$text.contents"/></caption>
      <thead>
        <tr>
          <th scope="col" class="toc-n"><xsl:call-template name="gentext"><xsl:with-param name="key">number</xsl:with-param></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="gentext"><xsl:with-param name="key">title</xsl:with-param></xsl:call-template></th>
          <th scope="col"><xsl:call-template name="gentext"><xsl:with-param name="key">date</xsl:with-param></xsl:call-template></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$docs | $toc.divs">
          <xsl:variable name="title"><xsl:call-template name="doc.title"/></xsl:variable>
          <xsl:choose>
            <xsl:when test="@type = 'document'">
              <xsl:variable name="d" select="(.//tei:dateline[not(ancestor::frus:attachment)]//tei:date)[1]"/>
              <xsl:variable name="date"><xsl:call-template name="doc.date"><xsl:with-param name="date" select="$d"/></xsl:call-template></xsl:variable>
              <xsl:variable name="iso"><xsl:call-template name="doc.date.iso"><xsl:with-param name="date" select="$d"/></xsl:call-template></xsl:variable>
              <xsl:variable name="href">
                <xsl:choose>
                  <xsl:when test="$site.mode"><xsl:call-template name="page.name"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="concat('#', @xml:id)"/></xsl:otherwise>
                </xsl:choose>
              </xsl:variable>
              <tr>
                <td class="toc-n"><xsl:value-of select="@n"/><xsl:if test="not(@n)">–</xsl:if></td>
                <td class="toc-title"><a href="{$href}"><xsl:value-of select="$title"/><xsl:if test="$title = ''">–</xsl:if></a></td>
                <td class="toc-date">
                  <xsl:choose>
                    <xsl:when test="$date != '' and $iso != ''"><time datetime="{$iso}"><xsl:value-of select="$date"/></time></xsl:when>
                    <xsl:when test="$date != ''"><xsl:value-of select="$date"/></xsl:when>
                    <xsl:otherwise>–</xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:when>
            <xsl:otherwise>
              <tr class="toc-div">
                <xsl:if test="$site.mode and @xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
                <th colspan="3" scope="colgroup"><xsl:value-of select="$title"/><xsl:if test="$title = ''">–</xsl:if></th>
              </tr>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

</xsl:stylesheet>
