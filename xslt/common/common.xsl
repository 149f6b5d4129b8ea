<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei semantic layer shared by the output formats: document selection, the lists of
     persons and terms, pointer classification, titles, dates and the unmatched-element report. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  xmlns:exsl="http://exslt.org/common"
  exclude-result-prefixes="tei frus exsl">

  <!-- ===== Document selection ===== -->

  <!-- The documents of the input, in document order (the root itself for a bare div). -->
  <xsl:variable name="docs" select="//tei:div[@type='document']"/>

  <!-- The input's divs of front and back matter that are not documents (persons, terms,
       preface…): a site gives each one a page. -->
  <xsl:variable name="aux.divs"
    select="/tei:TEI/tei:text/tei:front/tei:div[@xml:id]
            | /tei:TEI/tei:text/tei:back/tei:div[@xml:id]"/>

  <!-- ===== Lists of persons and terms ===== -->

  <xsl:variable name="persons.in.input" select="key('ids', 'persons')[self::tei:div]"/>
  <xsl:variable name="terms.in.input" select="key('ids', 'terms')[self::tei:div]"/>

  <!-- The list files named by the parameters, loaded only when the parameter is set (document()
       of an empty node-set reads nothing; the URI is resolved against the input document). -->
  <xsl:variable name="list.uris.rtf">
    <xsl:if test="$persons != ''"><p><xsl:value-of select="$persons"/></p></xsl:if>
    <xsl:if test="$terms != ''"><t><xsl:value-of select="$terms"/></t></xsl:if>
  </xsl:variable>
  <xsl:variable name="list.uris" select="exsl:node-set($list.uris.rtf)"/>
  <xsl:variable name="persons.loaded"
    select="document($list.uris/p, /)//tei:div[@xml:id='persons']"/>
  <xsl:variable name="terms.loaded"
    select="document($list.uris/t, /)//tei:div[@xml:id='terms']"/>

  <!-- The list in effect: the input's own, else the loaded one. -->
  <xsl:variable name="persons.list"
    select="$persons.in.input | $persons.loaded[not($persons.in.input)]"/>
  <xsl:variable name="terms.list"
    select="$terms.in.input | $terms.loaded[not($terms.in.input)]"/>

  <!-- ===== Global values ===== -->

  <xsl:variable name="lang.effective">
    <xsl:choose>
      <xsl:when test="$lang != ''"><xsl:value-of select="$lang"/></xsl:when>
      <xsl:when test="/*/@xml:lang"><xsl:value-of select="/*/@xml:lang"/></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="volume.id.effective">
    <xsl:choose>
      <xsl:when test="$volume.id != ''"><xsl:value-of select="$volume.id"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="/tei:TEI/@xml:id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="volume.title.effective">
    <xsl:variable name="stmt" select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:choose>
      <xsl:when test="$volume.title != ''"><xsl:value-of select="$volume.title"/></xsl:when>
      <xsl:when test="$stmt/tei:title[@type='complete']">
        <xsl:value-of select="normalize-space($stmt/tei:title[@type='complete'][1])"/>
      </xsl:when>
      <xsl:when test="$stmt/tei:title">
        <xsl:value-of select="normalize-space($stmt/tei:title[1])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'documents'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- ===== Pointers ===== -->

  <!-- The first pointer of a target attribute (target="#a #b" points first to #a). -->
  <xsl:template name="pointer.first">
    <xsl:param name="target" select="@target"/>
    <xsl:value-of select="substring-before(concat(normalize-space($target), ' '), ' ')"/>
  </xsl:template>

  <!-- The kind of a pointer: "local" (#id), "volume" (frus1949v03 or frus1949v03#pg_694),
       "url" (http:, https:, mailto:) or "other". -->
  <xsl:template name="pointer.kind">
    <xsl:param name="pointer"/>
    <xsl:choose>
      <xsl:when test="starts-with($pointer, '#')">local</xsl:when>
      <xsl:when test="starts-with($pointer, 'http:') or starts-with($pointer, 'https:')
                      or starts-with($pointer, 'mailto:')">url</xsl:when>
      <xsl:when test="starts-with($pointer, 'frus') and not(contains($pointer, '/'))">volume</xsl:when>
      <xsl:otherwise>other</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The publisher's URL of a place in another volume: frus1949v03#pg_694 ->
       {external.base}frus1949v03/pg_694; frus1949v03 -> {external.base}frus1949v03. -->
  <xsl:template name="pointer.external">
    <xsl:param name="volume"/>
    <xsl:param name="fragment"/>
    <xsl:value-of select="concat($external.base, $volume)"/>
    <xsl:if test="$fragment != ''"><xsl:value-of select="concat('/', $fragment)"/></xsl:if>
  </xsl:template>

  <!-- The document id a fragment names when it is not in the input: d212 -> d212,
       d216fn9 -> d216, anything else -> empty. -->
  <xsl:template name="fragment.document">
    <xsl:param name="id"/>
    <xsl:variable name="head">
      <xsl:choose>
        <xsl:when test="contains($id, 'fn')"><xsl:value-of select="substring-before($id, 'fn')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="starts-with($head, 'd') and string-length($head) &gt; 1
                  and translate(substring($head, 2), '0123456789', '') = ''">
      <xsl:value-of select="$head"/>
    </xsl:if>
  </xsl:template>

  <!-- ===== Persons and terms ===== -->

  <!-- The full name of person $id from the list in effect ("Kádár, János"), or empty. -->
  <xsl:template name="person.name">
    <xsl:param name="id"/>
    <xsl:for-each select="$persons.list">
      <xsl:value-of select="normalize-space(key('ids', $id)[self::tei:persName])"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The expansion of term $id ("United Nations" for an item "UN, United Nations"), or empty. -->
  <xsl:template name="term.expansion">
    <xsl:param name="id"/>
    <xsl:for-each select="$terms.list">
      <xsl:for-each select="key('ids', $id)[self::tei:term]">
        <xsl:variable name="lead" select="(ancestor::tei:hi[parent::tei:item] | self::tei:term)[1]"/>
        <xsl:variable name="rest" select="normalize-space(substring-after(
          normalize-space(ancestor::tei:item[1]), normalize-space($lead)))"/>
        <xsl:choose>
          <xsl:when test="starts-with($rest, ',')"><xsl:value-of select="normalize-space(substring($rest, 2))"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$rest"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== Titles and dates ===== -->

  <!-- A head as plain text without its notes. -->
  <xsl:template match="tei:note" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="*" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>

  <!-- The title of document (or div) $div: its head as text without notes and without the
       leading "219. " number. -->
  <xsl:template name="doc.title">
    <xsl:param name="div" select="."/>
    <xsl:variable name="text">
      <xsl:apply-templates select="$div/tei:head[not(@type='shortened-for-running-head')][1]" mode="plain"/>
    </xsl:variable>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:choose>
      <xsl:when test="$div/@n and starts-with($t, concat($div/@n, '. '))">
        <xsl:value-of select="substring-after($t, '. ')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$t"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The date of document $div as printed: its first dateline date outside attachments, $date
       ("December 26, 1956—10 p.m."); else its frus:doc-dateTime-min/max as dates ("December 26,
       1956", or a range); else empty. -->
  <xsl:template name="doc.date">
    <xsl:param name="div" select="."/>
    <xsl:param name="date" select="($div//tei:dateline[not(ancestor::frus:attachment)]//tei:date)[1]"/>
    <xsl:choose>
      <xsl:when test="$date">
        <xsl:variable name="text"><xsl:apply-templates select="$date" mode="plain"/></xsl:variable>
        <xsl:value-of select="normalize-space($text)"/>
      </xsl:when>
      <xsl:when test="$div/@frus:doc-dateTime-min">
        <xsl:variable name="lo" select="substring($div/@frus:doc-dateTime-min, 1, 10)"/>
        <xsl:variable name="hi" select="substring($div/@frus:doc-dateTime-max, 1, 10)"/>
        <xsl:call-template name="format.iso.date"><xsl:with-param name="iso" select="$lo"/></xsl:call-template>
        <xsl:if test="$hi != '' and $hi != $lo">
          <xsl:text>–</xsl:text>
          <xsl:call-template name="format.iso.date"><xsl:with-param name="iso" select="$hi"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The machine-readable date of document $div (the dateline date's when/from, else
       frus:doc-dateTime-min when min and max fall on one day), or empty. -->
  <xsl:template name="doc.date.iso">
    <xsl:param name="div" select="."/>
    <xsl:param name="date" select="($div//tei:dateline[not(ancestor::frus:attachment)]//tei:date)[1]"/>
    <xsl:choose>
      <xsl:when test="$date/@when"><xsl:value-of select="$date/@when"/></xsl:when>
      <xsl:when test="$date/@from"><xsl:value-of select="$date/@from"/></xsl:when>
      <xsl:when test="$div/@frus:doc-dateTime-min and
                      substring($div/@frus:doc-dateTime-min, 1, 10) = substring($div/@frus:doc-dateTime-max, 1, 10)">
        <xsl:value-of select="substring($div/@frus:doc-dateTime-min, 1, 10)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- 1956-12-26 -> December 26, 1956 (1956-12 -> December 1956; 1956 -> 1956). -->
  <xsl:template name="format.iso.date">
    <xsl:param name="iso"/>
    <xsl:variable name="y" select="substring($iso, 1, 4)"/>
    <xsl:variable name="m" select="substring($iso, 6, 2)"/>
    <xsl:variable name="d" select="substring($iso, 9, 2)"/>
    <xsl:if test="$m != ''">
      <xsl:call-template name="gentext.month"><xsl:with-param name="m" select="$m"/></xsl:call-template>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:if test="$d != ''"><xsl:value-of select="concat(number($d), ', ')"/></xsl:if>
    <xsl:value-of select="$y"/>
  </xsl:template>

  <!-- ===== Identifiers ===== -->

  <!-- A stable id for the context element: its xml:id, else its parent's followed by
       "-{name}{position}" (d219-attachment1-head2); no generate-id(), so outputs are
       reproducible. -->
  <xsl:template name="auto.id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="parent::*">
        <xsl:for-each select="parent::*"><xsl:call-template name="auto.id"/></xsl:for-each>
        <xsl:value-of select="concat('-', local-name(), count(preceding-sibling::*) + 1)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Reports ===== -->

  <!-- The qualified name of the context element with the project's prefixes (tei:p,
       frus:attachment), whatever prefix the input uses. -->
  <xsl:template name="qualified.name">
    <xsl:choose>
      <xsl:when test="namespace-uri() = 'http://www.tei-c.org/ns/1.0'">
        <xsl:value-of select="concat('tei:', local-name())"/>
      </xsl:when>
      <xsl:when test="namespace-uri() = 'http://history.state.gov/frus/ns/1.0'">
        <xsl:value-of select="concat('frus:', local-name())"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="name()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The id of the document (else the nearest element with an id) holding the context node,
       for messages. -->
  <xsl:template name="context.id">
    <xsl:variable name="doc" select="ancestor-or-self::tei:div[@type='document'][1]"/>
    <xsl:choose>
      <xsl:when test="$doc/@xml:id"><xsl:value-of select="$doc/@xml:id"/></xsl:when>
      <xsl:when test="ancestor-or-self::*[@xml:id]">
        <xsl:value-of select="ancestor-or-self::*[@xml:id][1]/@xml:id"/>
      </xsl:when>
      <xsl:otherwise>the input</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Reports an element no template handles ("cabletei: unmatched element tei:foo in d219");
       the format's catch-all calls it, then renders the element visibly. -->
  <xsl:template name="report.unmatched">
    <xsl:variable name="name"><xsl:call-template name="qualified.name"/></xsl:variable>
    <xsl:variable name="where"><xsl:call-template name="context.id"/></xsl:variable>
    <xsl:message>cabletei: unmatched element <xsl:value-of select="concat($name, ' in ', $where)"/></xsl:message>
  </xsl:template>

</xsl:stylesheet>
