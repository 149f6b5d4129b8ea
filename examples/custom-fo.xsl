<?xml version="1.0" encoding="UTF-8"?>
<!-- An example customisation of the PDF output: import the driver, then override parameters and
     attribute sets; an attribute set here changes only the properties it names (the others keep
     the driver's values). Usage:
       xsltproc examples/custom-fo.xsl volume.xml > volume.fo && fop -c fop.xconf -fo volume.fo -pdf volume.pdf -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="../xslt/fo/fo.xsl"/>

  <!-- US Letter paper, slightly larger text. -->
  <xsl:param name="paper.type" select="'Letter'"/>
  <xsl:param name="body.font.size" select="'10.5pt'"/>

  <!-- Document heads centred and a little larger; the rest of document.head (bold,
       keep-with-next…) is kept. -->
  <xsl:attribute-set name="document.head">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="font-size">12.5pt</xsl:attribute>
  </xsl:attribute-set>

</xsl:stylesheet>
