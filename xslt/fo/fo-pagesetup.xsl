<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO page set-up: page masters (odd and even pages mirror the inner and outer
     margins), the static content of every page-sequence (running head with the volume title and
     the number of the document on the page, folio, footnote separator) and the page-sequence
     wrapper used for every part of the book. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0">

  <xsl:template name="layout.master.set">
    <fo:layout-master-set>
      <xsl:call-template name="simple.page.master"><xsl:with-param name="name" select="'odd'"/>
        <xsl:with-param name="left" select="$page.margin.inner"/><xsl:with-param name="right" select="$page.margin.outer"/></xsl:call-template>
      <xsl:call-template name="simple.page.master"><xsl:with-param name="name" select="'even'"/>
        <xsl:with-param name="left" select="$page.margin.outer"/><xsl:with-param name="right" select="$page.margin.inner"/></xsl:call-template>
      <xsl:call-template name="simple.page.master"><xsl:with-param name="name" select="'blank'"/>
        <xsl:with-param name="left" select="$page.margin.inner"/><xsl:with-param name="right" select="$page.margin.outer"/></xsl:call-template>
      <fo:page-sequence-master master-name="book">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="odd" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="even" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <xsl:call-template name="page.masters.hook"/>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template name="simple.page.master">
    <xsl:param name="name"/>
    <xsl:param name="left"/>
    <xsl:param name="right"/>
    <fo:simple-page-master master-name="{$name}" page-width="{$page.width.effective}"
      page-height="{$page.height.effective}" margin-top="{$page.margin.top}"
      margin-bottom="{$page.margin.bottom}" margin-left="{$left}" margin-right="{$right}">
      <fo:region-body margin-top="{$body.margin.top}" margin-bottom="{$body.margin.bottom}"/>
      <fo:region-before extent="{$region.before.extent}"/>
      <fo:region-after extent="{$region.after.extent}"/>
    </fo:simple-page-master>
  </xsl:template>

  <!-- A page-sequence holding $content (a result tree fragment of blocks). $master: "book"
       (running heads) or "blank" (title page: no static content); $format: page number format
       ("1", "i"); $first: "1" restarts the numbering, else it runs on. -->
  <xsl:template name="page.sequence">
    <xsl:param name="content"/>
    <xsl:param name="master" select="'book'"/>
    <xsl:param name="format" select="'1'"/>
    <xsl:param name="first" select="'auto'"/>
    <xsl:param name="id" select="''"/>
    <fo:page-sequence master-reference="{$master}" format="{$format}" initial-page-number="{$first}">
      <xsl:if test="$id != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
      <xsl:if test="$master = 'book'">
        <fo:static-content flow-name="xsl-region-before">
          <fo:block xsl:use-attribute-sets="running.head">
            <fo:inline><xsl:value-of select="$volume.title.effective"/></fo:inline>
            <fo:leader leader-pattern="space"/>
            <fo:inline><fo:retrieve-marker retrieve-class-name="running.doc"
              retrieve-position="first-including-carryover" retrieve-boundary="page-sequence"/></fo:inline>
          </fo:block>
          <xsl:call-template name="header.hook"/>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block xsl:use-attribute-sets="folio"><fo:page-number/></fo:block>
          <xsl:call-template name="footer.hook"/>
        </fo:static-content>
        <fo:static-content flow-name="xsl-footnote-separator">
          <fo:block><fo:leader xsl:use-attribute-sets="footnote.separator"/></fo:block>
        </fo:static-content>
      </xsl:if>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="flow.properties">
        <xsl:copy-of select="$content"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

</xsl:stylesheet>
