<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML catch-all: an element no other template matches is reported with
     xsl:message and rendered visibly with its content, so no markup is silently lost. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <!-- Lowest priority: any template elsewhere wins. Non-terminating. -->
  <xsl:template match="*" priority="-10">
    <xsl:call-template name="report.unmatched"/>
    <span class="unmatched" data-tei="{local-name()}">
      <xsl:apply-templates/>
    </span>
  </xsl:template>

</xsl:stylesheet>
