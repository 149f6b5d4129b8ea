<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO catch-all: an element no template matches is reported
     ("cabletei: unmatched element tei:foo in d219", xsl:message, not terminating) and rendered
     visibly, in red, with its name, so unknown markup is never silently lost. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:template match="*" priority="-10">
    <xsl:call-template name="report.unmatched"/>
    <xsl:variable name="name"><xsl:call-template name="qualified.name"/></xsl:variable>
    <xsl:variable name="block"><xsl:call-template name="in.block.context"/></xsl:variable>
    <xsl:variable name="content">
      <fo:inline xsl:use-attribute-sets="unmatched">
        <xsl:call-template name="fo.id"/>
        <xsl:value-of select="concat('[', $name, ': ')"/>
      </fo:inline>
      <xsl:apply-templates/>
      <fo:inline xsl:use-attribute-sets="unmatched">]</fo:inline>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = '1'"><fo:block><xsl:copy-of select="$content"/></fo:block></xsl:when>
      <xsl:otherwise><fo:inline><xsl:copy-of select="$content"/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
