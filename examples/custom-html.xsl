<?xml version="1.0" encoding="UTF-8"?>
<!-- An editor's customisation layer: imports the HTML driver, changes two parameters and fills
     the footer hook. Usage: xsltproc examples/custom-html.xsl doc.xml > doc.html -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../xslt/html/html.xsl"/>

  <xsl:param name="note.backlink.text" select="'back to text'"/>
  <xsl:param name="content.max.width" select="'38rem'"/>

  <xsl:template name="footer.hook">
    <p class="house-footer">Published by the Office of the Historian of Ruritania.</p>
  </xsl:template>
</xsl:stylesheet>
