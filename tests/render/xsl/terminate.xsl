<?xml version="1.0" encoding="UTF-8"?>
<!-- terminate.xsl: stops the transform with xsl:message terminate="yes". -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html"/>
  <xsl:template match="/">
    <html><body><xsl:message terminate="yes">cabletei: cannot go on</xsl:message></body></html>
  </xsl:template>
</xsl:stylesheet>
