<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO notes: each note is an fo:footnote at its reference, so FOP sets it at the
     foot of the page on which it is referenced (in reference order: the source note of the head
     first), labelled by note/@n verbatim ("60a" stays "60a"; "*" when there is none). -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:template name="fo.note.label">
    <xsl:value-of select="concat(normalize-space(@n), substring('*', 1, number(normalize-space(@n) = '')))"/>
  </xsl:template>

  <xsl:template match="tei:note">
    <xsl:variable name="label"><xsl:call-template name="fo.note.label"/></xsl:variable>
    <xsl:variable name="block"><xsl:call-template name="in.block.context"/></xsl:variable>
    <xsl:variable name="footnote">
      <fo:footnote>
        <fo:inline xsl:use-attribute-sets="footnote.mark"><xsl:value-of select="$label"/></fo:inline>
        <fo:footnote-body>
          <fo:block xsl:use-attribute-sets="footnote.properties">
            <xsl:call-template name="fo.id"/>
            <fo:inline xsl:use-attribute-sets="footnote.label"><xsl:value-of select="$label"/></fo:inline>
            <xsl:text> </xsl:text>
            <xsl:apply-templates/>
          </fo:block>
        </fo:footnote-body>
      </fo:footnote>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = '1'"><fo:block><xsl:copy-of select="$footnote"/></fo:block></xsl:when>
      <xsl:otherwise><xsl:copy-of select="$footnote"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note inside a note (FO allows no footnote in a footnote): in brackets where it stands. -->
  <xsl:template match="tei:note[ancestor::tei:note]" priority="1">
    <fo:inline xsl:use-attribute-sets="note.inline">
      <xsl:call-template name="fo.id"/>
      <xsl:text>[</xsl:text><xsl:apply-templates/><xsl:text>]</xsl:text>
    </fo:inline>
  </xsl:template>

  <!-- An inline note (rend="inline": the source line of older volumes, "[Attachment]") is
       printed where it stands; a source line before the head is kept with it. -->
  <xsl:template match="tei:note[@rend='inline']" priority="2">
    <xsl:variable name="block"><xsl:call-template name="in.block.context"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="($block = '1' or tei:p) and following-sibling::*[1][self::tei:head]">
        <fo:block xsl:use-attribute-sets="note.inline source.line"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:when test="$block = '1' or tei:p">
        <fo:block xsl:use-attribute-sets="note.inline"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline xsl:use-attribute-sets="note.inline"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
