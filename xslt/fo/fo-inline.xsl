<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO inlines: renditions, names, dates, line and page breaks, gaps. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  exclude-result-prefixes="tei frus">

  <!-- hi: each rend as it says; other values (e.g. "inline") an unstyled inline. -->
  <xsl:template match="tei:hi">
    <xsl:choose>
      <xsl:when test="@rend = 'strong' or @rend = 'bold'">
        <fo:inline xsl:use-attribute-sets="hi.strong"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:when test="@rend = 'italic' or @rend = 'italics' or @rend = 'sectiontitleital'">
        <fo:inline xsl:use-attribute-sets="hi.italic"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:when test="@rend = 'roman'">
        <fo:inline xsl:use-attribute-sets="hi.roman"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:when test="@rend = 'smallcaps'">
        <fo:inline xsl:use-attribute-sets="hi.smallcaps"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:when test="@rend = 'underline'">
        <fo:inline xsl:use-attribute-sets="hi.underline"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:when test="@rend = 'strikethrough'">
        <fo:inline xsl:use-attribute-sets="hi.strike"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:when test="@rend = 'superscript' or @rend = 'sup'">
        <fo:inline xsl:use-attribute-sets="hi.superscript"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:when test="@rend = 'subscript' or @rend = 'sub'">
        <fo:inline xsl:use-attribute-sets="hi.subscript"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:title">
    <fo:inline xsl:use-attribute-sets="hi.italic"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:del">
    <fo:inline xsl:use-attribute-sets="hi.strike"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- Names, dates and other phrase-level elements: the text, with their id. -->
  <xsl:template match="tei:add | tei:placeName | tei:orgName | tei:name | tei:geogName
                       | tei:affiliation | tei:roleName | tei:date | tei:time | tei:seg | tei:label
                       | tei:num | tei:measure | tei:bibl | tei:abbr | tei:expan | tei:rs | tei:unclear | tei:sic
                       | tei:corr | tei:orig | tei:reg | tei:choice | frus:classification">
    <fo:inline><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- A line break: an empty block ends the line. -->
  <xsl:template match="tei:lb">
    <xsl:variable name="block"><xsl:call-template name="in.block.context"/></xsl:variable>
    <xsl:if test="$block != '1'"><fo:block><xsl:call-template name="fo.id"/></fo:block></xsl:if>
  </xsl:template>

  <xsl:template match="tei:anchor">
    <fo:inline><xsl:call-template name="fo.id"/></fo:inline>
  </xsl:template>

  <!-- A printed page break: "[Page 541]" (page.markers; a no-break space keeps it on one line).
       Inline placement: in the text, or a block between blocks. Margin placement
       (page.marker.placement): a zero-width mark on the line, or on a line of no height between
       blocks, that cabletei moves into the outer margin (page.marker.margin). -->
  <xsl:template match="tei:pb">
    <xsl:variable name="block"><xsl:call-template name="in.block.context"/></xsl:variable>
    <xsl:variable name="marker">
      <xsl:if test="number($page.markers) = 1 and normalize-space(@n) != ''">
        <xsl:text>[</xsl:text>
        <xsl:call-template name="gentext"><xsl:with-param name="key" select="'page'"/></xsl:call-template>
        <xsl:value-of select="concat('&#160;', normalize-space(@n), ']')"/>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$page.marker.placement = 'margin' and $block = '1'">
        <fo:block xsl:use-attribute-sets="page.marker.line"><xsl:call-template name="fo.id"/>
          <xsl:call-template name="page.marker.margin"><xsl:with-param name="marker" select="$marker"/>
            <xsl:with-param name="size" select="$body.font.size"/></xsl:call-template>
        </fo:block>
      </xsl:when>
      <xsl:when test="$page.marker.placement = 'margin'">
        <fo:inline><xsl:call-template name="fo.id"/>
          <xsl:call-template name="page.marker.margin"><xsl:with-param name="marker" select="$marker"/></xsl:call-template>
        </fo:inline>
      </xsl:when>
      <xsl:when test="$block = '1'">
        <fo:block xsl:use-attribute-sets="page.marker"><xsl:call-template name="fo.id"/><xsl:value-of select="$marker"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline xsl:use-attribute-sets="page.marker"><xsl:call-template name="fo.id"/>
          <xsl:if test="$marker != ''"><xsl:value-of select="concat(' ', $marker, ' ')"/></xsl:if>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The zero-width mark of a margin marker: the marker right-aligned at the point, after a
       measuring copy in the colour cabletei looks for (#fe0001, plugin/src/render/
       margin_markers.hpp); from the pair cabletei learns the marker's width and line. $size: the
       font size the marker is relative to, when the line around it has none. -->
  <xsl:template name="page.marker.margin">
    <xsl:param name="marker"/>
    <xsl:param name="size" select="''"/>
    <xsl:if test="$marker != ''">
      <fo:inline-container width="0pt">
        <xsl:if test="$size != ''"><xsl:attribute name="font-size"><xsl:value-of select="$size"/></xsl:attribute></xsl:if>
        <fo:block xsl:use-attribute-sets="page.marker" start-indent="-100mm" end-indent="0pt"
          text-align="end" text-align-last="end" wrap-option="no-wrap">
          <fo:inline color="#fe0001"><xsl:value-of select="$marker"/></fo:inline>
          <xsl:value-of select="$marker"/>
        </fo:block>
      </fo:inline-container>
    </xsl:if>
  </xsl:template>

  <!-- gap: "[…]" as the printed volumes show omissions; a block between blocks. -->
  <xsl:template match="tei:gap">
    <xsl:variable name="block"><xsl:call-template name="in.block.context"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = '1'">
        <fo:block xsl:use-attribute-sets="gap"><xsl:call-template name="fo.id"/>[…]</fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline xsl:use-attribute-sets="gap"><xsl:call-template name="fo.id"/>[…]</fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
