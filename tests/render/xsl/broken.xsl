<?xml version="1.0" encoding="UTF-8"?>
<!-- broken.xsl: does not compile (an unknown XSLT instruction). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><xsl:frobnicate/></xsl:template>
</xsl:stylesheet>
