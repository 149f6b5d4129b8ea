<?xml version="1.0" encoding="UTF-8"?>
<!-- write-file.xsl: tries to write the file named by the `file` parameter with exsl:document. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:output method="html"/>
  <xsl:param name="file"/>
  <xsl:template match="/">
    <exsl:document href="{$file}" method="text">written</exsl:document>
    <html><body><p>done</p></body></html>
  </xsl:template>
</xsl:stylesheet>
