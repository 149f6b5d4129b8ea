<?xml version="1.0" encoding="UTF-8"?>
<!-- A minimal XSL-FO stylesheet for the render tests: one page with the input's text. With the
     parameter broken=1 it writes an fo:block straight under fo:root, which FOP rejects. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:param name="broken" select="'0'"/>
  <xsl:template match="/">
    <fo:root>
      <xsl:if test="$broken = '1'"><fo:block>misplaced</fo:block></xsl:if>
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-height="297mm" page-width="210mm" margin="20mm">
          <fo:region-body/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:page-sequence master-reference="page">
        <fo:flow flow-name="xsl-region-body">
          <fo:block font-family="DejaVu Serif"><xsl:value-of select="normalize-space(.)"/></fo:block>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
