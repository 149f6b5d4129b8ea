<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML phrase level: hi by its rend, names, dates, segments, line and page breaks,
     gaps, labels; plus the shared helpers for id, lang and class attributes. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  exclude-result-prefixes="tei frus">

  <!-- ===== Attribute helpers ===== -->

  <!-- id from xml:id, lang from xml:lang. -->
  <xsl:template name="id.attr">
    <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
    <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- " rend-X" for each token of @rend and of @rendition (#left -> rend-left). -->
  <xsl:template name="rend.classes">
    <xsl:param name="tokens" select="normalize-space(concat(@rend, ' ', translate(@rendition, '#', ' ')))"/>
    <xsl:if test="$tokens != ''">
      <xsl:value-of select="concat(' rend-', substring-before(concat($tokens, ' '), ' '))"/>
      <xsl:call-template name="rend.classes">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- class="$base rend-…" plus id and lang. -->
  <xsl:template name="common.attrs">
    <xsl:param name="base"/>
    <xsl:attribute name="class">
      <xsl:value-of select="$base"/>
      <xsl:if test="@rend or @rendition"><xsl:call-template name="rend.classes"/></xsl:if>
    </xsl:attribute>
    <xsl:if test="@xml:id or @xml:lang"><xsl:call-template name="id.attr"/></xsl:if>
  </xsl:template>

  <!-- ===== hi: each rend as it says ===== -->

  <xsl:template match="tei:hi">
    <xsl:choose>
      <xsl:when test="@rend = 'strong' or @rend = 'bold'">
        <strong><xsl:call-template name="id.attr"/><xsl:apply-templates/></strong>
      </xsl:when>
      <xsl:when test="@rend = 'italic' or @rend = 'italics'">
        <i><xsl:call-template name="id.attr"/><xsl:apply-templates/></i>
      </xsl:when>
      <xsl:when test="@rend = 'underline'">
        <u><xsl:call-template name="id.attr"/><xsl:apply-templates/></u>
      </xsl:when>
      <xsl:when test="@rend = 'sub' or @rend = 'subscript'">
        <sub><xsl:call-template name="id.attr"/><xsl:apply-templates/></sub>
      </xsl:when>
      <xsl:when test="@rend = 'superscript' or @rend = 'sup'">
        <sup><xsl:call-template name="id.attr"/><xsl:apply-templates/></sup>
      </xsl:when>
      <xsl:when test="@rend = 'strikethrough'">
        <s><xsl:call-template name="id.attr"/><xsl:apply-templates/></s>
      </xsl:when>
      <!-- smallcaps, roman (upright inside italic), and any other value or rendition: a span
           whose class the CSS styles (rend-smallcaps, rend-roman…). -->
      <xsl:otherwise>
        <span><xsl:call-template name="common.attrs"><xsl:with-param name="base">hi</xsl:with-param></xsl:call-template><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:emph">
    <em><xsl:call-template name="id.attr"/><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="tei:title">
    <cite><xsl:call-template name="common.attrs"><xsl:with-param name="base">title</xsl:with-param></xsl:call-template><xsl:apply-templates/></cite>
  </xsl:template>

  <xsl:template match="tei:foreign">
    <i><xsl:call-template name="common.attrs"><xsl:with-param name="base">foreign</xsl:with-param></xsl:call-template><xsl:apply-templates/></i>
  </xsl:template>

  <xsl:template match="tei:del">
    <del><xsl:call-template name="common.attrs"><xsl:with-param name="base">del</xsl:with-param></xsl:call-template><xsl:apply-templates/></del>
  </xsl:template>

  <xsl:template match="tei:add">
    <ins><xsl:call-template name="common.attrs"><xsl:with-param name="base">add</xsl:with-param></xsl:call-template><xsl:apply-templates/></ins>
  </xsl:template>

  <!-- ===== Names, dates, segments ===== -->

  <xsl:template match="tei:placeName | tei:orgName | tei:name | tei:geogName | tei:affiliation
                       | tei:roleName | tei:num | tei:abbr | tei:expan | tei:bibl">
    <span><xsl:call-template name="common.attrs"><xsl:with-param name="base" select="local-name()"/></xsl:call-template><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="frus:classification">
    <span><xsl:call-template name="common.attrs"><xsl:with-param name="base">classification</xsl:with-param></xsl:call-template><xsl:apply-templates/></span>
  </xsl:template>

  <!-- A date with a machine value is a time element (when, else from). -->
  <xsl:template match="tei:date">
    <xsl:choose>
      <xsl:when test="@when or @from">
        <time datetime="{@when}{@from[not(../@when)]}">
          <xsl:call-template name="common.attrs"><xsl:with-param name="base">date</xsl:with-param></xsl:call-template>
          <xsl:apply-templates/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <span><xsl:call-template name="common.attrs"><xsl:with-param name="base">date</xsl:with-param></xsl:call-template><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- seg: inline, but a block of its own directly in an opener, closer or div. -->
  <xsl:template match="tei:seg">
    <xsl:variable name="base" select="normalize-space(concat('seg ', @type))"/>
    <xsl:choose>
      <xsl:when test="parent::tei:opener or parent::tei:closer or parent::tei:div or parent::frus:attachment">
        <div><xsl:call-template name="common.attrs"><xsl:with-param name="base" select="$base"/></xsl:call-template><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise>
        <span><xsl:call-template name="common.attrs"><xsl:with-param name="base" select="$base"/></xsl:call-template><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- label outside a list (in a list, item renders it). -->
  <xsl:template match="tei:label">
    <span><xsl:call-template name="common.attrs"><xsl:with-param name="base">label</xsl:with-param></xsl:call-template><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>

  <!-- An anchor is an empty target: a span with its id and a zero-width space, so that the
       element is never empty. -->
  <xsl:template match="tei:anchor">
    <span class="anchor" id="{@xml:id}">&#x200B;</span>
  </xsl:template>

  <!-- ===== Page breaks and gaps ===== -->

  <!-- The "[Page 541]" marker with its anchor id (pg_541); a list item in a list, a row in a
       table. Hidden (the anchor stays) when page.markers is 0. -->
  <xsl:template match="tei:pb">
    <xsl:choose>
      <xsl:when test="parent::tei:list"><li class="pb-item"><xsl:call-template name="pb.marker"/></li></xsl:when>
      <xsl:when test="parent::tei:table">
        <tr class="pb-row"><td colspan="{count(../tei:row[1]/tei:cell) + sum(../tei:row[1]/tei:cell/@cols) - count(../tei:row[1]/tei:cell/@cols)}"><xsl:call-template name="pb.marker"/></td></tr>
      </xsl:when>
      <xsl:when test="parent::tei:row"><td class="pb-cell"><xsl:call-template name="pb.marker"/></td></xsl:when>
      <xsl:otherwise><xsl:call-template name="pb.marker"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:variable name="text.page.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">page</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.page" select="string($text.page.rtf)"/>

  <xsl:template name="pb.marker">
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="@type = 'facsimile' or @type = 'typeset'">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="concat('page.', @type)"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$text.page"/></xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat(' ', @n)"/>
    </xsl:variable>
    <span role="doc-pagebreak" aria-label="{$label}">
      <xsl:attribute name="class">
        <xsl:text>pb</xsl:text>
        <xsl:if test="not(number($page.markers) = 1)"> pb-hidden</xsl:if>
      </xsl:attribute>
      <xsl:attribute name="id">
        <xsl:choose>
          <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat('pg_', @n)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:value-of select="concat('[', $label, ']')"/>
    </span>
  </xsl:template>

  <!-- Omitted text: "[…]" with the reason and extent as hover text; a block between blocks. -->
  <xsl:template match="tei:gap">
    <xsl:variable name="title">
      <xsl:call-template name="gentext"><xsl:with-param name="key">gap</xsl:with-param></xsl:call-template>
      <xsl:if test="@quantity"><xsl:value-of select="concat(': ', @quantity, ' ', @unit)"/></xsl:if>
      <xsl:if test="@reason"><xsl:value-of select="concat(' (', @reason, ')')"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="mark"><span class="gap" title="{normalize-space($title)}">[…]</span></xsl:variable>
    <xsl:choose>
      <xsl:when test="parent::tei:list"><li class="gap-item"><xsl:copy-of select="$mark"/></li></xsl:when>
      <xsl:when test="parent::tei:div or parent::frus:attachment or parent::tei:quote[tei:p]">
        <p class="gap-block"><xsl:copy-of select="$mark"/></p>
      </xsl:when>
      <xsl:otherwise><xsl:copy-of select="$mark"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
