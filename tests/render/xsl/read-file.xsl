<?xml version="1.0" encoding="UTF-8"?>
<!-- read-file.xsl: tries to read the file named by the `file` parameter with document(). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html"/>
  <xsl:param name="file" select="'/etc/passwd'"/>
  <xsl:template match="/">
    <html><body><pre>[<xsl:value-of select="document($file)"/>]</pre></body></html>
  </xsl:template>
</xsl:stylesheet>
