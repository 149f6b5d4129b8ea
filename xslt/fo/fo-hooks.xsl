<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO hooks: empty named templates a customisation layer redefines to add
     content. Each is called where its comment says, in the FO context given. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Inside fo:layout-master-set, after the page masters: more simple-page-masters. -->
  <xsl:template name="page.masters.hook"/>

  <!-- At the end of the title page's flow (blocks); context: the root. -->
  <xsl:template name="title.page.hook"/>

  <!-- Inside a document's fo:block, before its content (blocks); context: the document div. -->
  <xsl:template name="document.before.hook"/>

  <!-- Inside a document's fo:block, after its content (blocks); context: the document div. -->
  <xsl:template name="document.after.hook"/>

  <!-- In the running-head static content, after the running head (blocks). -->
  <xsl:template name="header.hook"/>

  <!-- In the folio static content, after the page number (blocks). -->
  <xsl:template name="footer.hook"/>

</xsl:stylesheet>
