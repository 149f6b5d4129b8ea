<?xml version="1.0" encoding="UTF-8"?>
<!-- recurse.xsl: a template that calls itself for ever. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html"/>
  <xsl:template match="/"><html><body><xsl:call-template name="loop"/></body></html></xsl:template>
  <xsl:template name="loop">
    <xsl:param name="n" select="0"/>
    <i><xsl:call-template name="loop"><xsl:with-param name="n" select="$n + 1"/></xsl:call-template></i>
  </xsl:template>
</xsl:stylesheet>
