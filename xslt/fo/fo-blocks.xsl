<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO blocks: divs and documents, heads, paragraphs, lists, tables, quotes, openers
     and closers. Every element with an xml:id carries it as the FO id (fo.id), so internal links
     and page-number citations find it. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  exclude-result-prefixes="tei frus">

  <!-- The FO id of the context element: its xml:id. -->
  <xsl:template name="fo.id">
    <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- "1" when the context element is rendered where FO wants blocks (its parent became a block
       container: a div, the body, a list, a closer…), empty when it stands in running text. -->
  <xsl:template name="in.block.context">
    <xsl:if test="not(parent::*) or parent::tei:div or parent::tei:body or parent::tei:front
                  or parent::tei:back or parent::tei:text or parent::tei:group or parent::tei:TEI
                  or parent::frus:attachment or parent::tei:list or parent::tei:table
                  or parent::tei:opener or parent::tei:closer or parent::tei:postscript
                  or parent::tei:lg or parent::tei:figure or parent::tei:cit
                  or parent::tei:quote[tei:p | tei:list | tei:lg]
                  or parent::tei:note[tei:p | tei:list] or parent::tei:item[tei:p | tei:list]
                  or parent::tei:cell[tei:p | tei:list]">1</xsl:if>
  </xsl:template>

  <!-- ===== Structure ===== -->

  <xsl:template match="tei:TEI"><xsl:apply-templates select="tei:text"/></xsl:template>
  <xsl:template match="tei:teiHeader"/>
  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group">
    <fo:block><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- A document: its number for the running head, the hooks around it, its content. -->
  <xsl:template match="tei:div[@type='document']">
    <fo:block xsl:use-attribute-sets="document.properties">
      <xsl:call-template name="fo.id"/>
      <fo:marker marker-class-name="running.doc">
        <xsl:if test="@n">
          <xsl:call-template name="gentext"><xsl:with-param name="key" select="'document'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', @n)"/>
        </xsl:if>
      </fo:marker>
      <xsl:call-template name="document.before.hook"/>
      <xsl:apply-templates/>
      <xsl:call-template name="document.after.hook"/>
    </fo:block>
  </xsl:template>

  <!-- Any other div (chapter, front and back matter, section inside a document). -->
  <xsl:template match="tei:div">
    <fo:block><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="frus:attachment">
    <fo:block space-before="8pt"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- ===== Heads ===== -->

  <xsl:template match="tei:head[@type='shortened-for-running-head']" priority="2"/>

  <!-- A document's head; its FO id is its xml:id, else the document's followed by "-head". -->
  <xsl:template match="tei:div[@type='document']/tei:head">
    <fo:block xsl:use-attribute-sets="document.head">
      <xsl:call-template name="fo.id"/>
      <xsl:if test="not(@xml:id) and ../@xml:id and not(preceding-sibling::tei:head)">
        <xsl:attribute name="id"><xsl:value-of select="concat(../@xml:id, '-head')"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- Heads of parts (front/back matter, chapters: divs that are not inside a document). -->
  <xsl:template match="tei:div[not(ancestor-or-self::tei:div[@type='document'])]/tei:head">
    <fo:block xsl:use-attribute-sets="part.head"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:div/tei:head | frus:attachment/tei:head | tei:head" priority="-1">
    <fo:block xsl:use-attribute-sets="section.head"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- Heads of lists and tables are rendered by their parent. -->
  <xsl:template match="tei:list/tei:head | tei:table/tei:head"/>

  <!-- ===== Paragraphs ===== -->

  <xsl:template match="tei:p | tei:ab">
    <xsl:choose>
      <xsl:when test="not(parent::tei:div or parent::frus:attachment or parent::tei:body
                      or parent::tei:quote or parent::tei:postscript)">
        <!-- Inside notes, items, cells: a plain block. -->
        <fo:block><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:when test="@rend = 'center'">
        <fo:block xsl:use-attribute-sets="paragraph paragraph.center"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:when test="@rend = 'flushleft'">
        <fo:block xsl:use-attribute-sets="paragraph paragraph.flushleft"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:when test="@rend = 'right' or @rend = 'flushright'">
        <fo:block xsl:use-attribute-sets="paragraph paragraph.right"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="paragraph"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Lists: never an empty fo:list-block ===== -->

  <xsl:template match="tei:list">
    <xsl:variable name="block"><xsl:call-template name="in.block.context"/></xsl:variable>
    <fo:block>
      <xsl:call-template name="fo.id"/>
      <xsl:for-each select="tei:head">
        <fo:block xsl:use-attribute-sets="list.head"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:for-each>
      <xsl:variable name="entries" select="*[not(self::tei:head)]
        [not(self::tei:label and following-sibling::*[1][self::tei:item])]"/>
      <xsl:choose>
        <xsl:when test="not($entries)"/>
        <xsl:when test="tei:label">
          <fo:list-block xsl:use-attribute-sets="list.block">
            <xsl:for-each select="$entries">
              <fo:list-item xsl:use-attribute-sets="list.item">
                <fo:list-item-label end-indent="label-end()">
                  <fo:block>
                    <xsl:if test="self::tei:item">
                      <xsl:apply-templates select="preceding-sibling::*[1][self::tei:label]" mode="list.label"/>
                    </xsl:if>
                  </fo:block>
                </fo:list-item-label>
                <fo:list-item-body start-indent="body-start()">
                  <fo:block><xsl:apply-templates select="."/></fo:block>
                </fo:list-item-body>
              </fo:list-item>
            </xsl:for-each>
          </fo:list-block>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="$entries"/></xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:label" mode="list.label">
    <fo:inline><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- An item: with labels, the body of a list-item; without, a block with a hanging indent. -->
  <xsl:template match="tei:item">
    <xsl:choose>
      <xsl:when test="../tei:label">
        <fo:block><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="list.item.plain"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A label with no item after it. -->
  <xsl:template match="tei:list/tei:label">
    <fo:block font-weight="bold"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- ===== Tables: as many fo:table-columns as the widest row has cells ===== -->

  <xsl:template match="tei:table">
    <xsl:variable name="cols">
      <xsl:for-each select="tei:row">
        <xsl:sort select="count(tei:cell[not(@cols)]) + sum(tei:cell/@cols)" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="count(tei:cell[not(@cols)]) + sum(tei:cell/@cols)"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <fo:block>
      <xsl:call-template name="fo.id"/>
      <xsl:for-each select="tei:head">
        <fo:block xsl:use-attribute-sets="table.head"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:for-each>
      <xsl:if test="number($cols) &gt; 0">
        <fo:table xsl:use-attribute-sets="table.properties">
          <xsl:call-template name="table.columns"><xsl:with-param name="n" select="number($cols)"/></xsl:call-template>
          <fo:table-body>
            <xsl:apply-templates select="tei:row">
              <xsl:with-param name="cols" select="number($cols)"/>
            </xsl:apply-templates>
          </fo:table-body>
        </fo:table>
      </xsl:if>
      <xsl:apply-templates select="*[not(self::tei:head or self::tei:row)]"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="table.columns">
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <xsl:call-template name="table.columns"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:row">
    <xsl:param name="cols" select="1"/>
    <fo:table-row>
      <xsl:call-template name="fo.id"/>
      <xsl:apply-templates select="tei:cell"/>
      <xsl:if test="not(tei:cell)">
        <fo:table-cell number-columns-spanned="{$cols}"><fo:block/></fo:table-cell>
      </xsl:if>
    </fo:table-row>
  </xsl:template>

  <xsl:template match="tei:cell">
    <fo:table-cell xsl:use-attribute-sets="table.cell">
      <xsl:call-template name="fo.id"/>
      <xsl:if test="number(@cols) &gt; 1"><xsl:attribute name="number-columns-spanned"><xsl:value-of select="number(@cols)"/></xsl:attribute></xsl:if>
      <xsl:if test="number(@rows) &gt; 1"><xsl:attribute name="number-rows-spanned"><xsl:value-of select="number(@rows)"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="@role = 'label' or ../@role = 'label'">
          <fo:block xsl:use-attribute-sets="table.cell.label"><xsl:apply-templates/></fo:block>
        </xsl:when>
        <xsl:otherwise><fo:block><xsl:apply-templates/></fo:block></xsl:otherwise>
      </xsl:choose>
    </fo:table-cell>
  </xsl:template>

  <!-- ===== Quotes, verse, figures ===== -->

  <xsl:template match="tei:quote | tei:q | tei:cit">
    <xsl:variable name="block"><xsl:call-template name="in.block.context"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="@rend = 'blockquote' or $block = '1' or tei:p or tei:list or tei:lg">
        <fo:block xsl:use-attribute-sets="quote.block"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:lg">
    <fo:block xsl:use-attribute-sets="quote.block"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:l">
    <fo:block><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- Figures: the head and a placeholder (images are not fetched). -->
  <xsl:template match="tei:figure">
    <fo:block text-align="center" space-before="4pt" space-after="4pt">
      <xsl:call-template name="fo.id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:figure/tei:head">
    <fo:block font-style="italic"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:figDesc">
    <fo:block font-size="0.9em"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:graphic">
    <fo:block font-size="0.8em"><xsl:call-template name="fo.id"/>[<xsl:value-of select="@url"/>]</fo:block>
  </xsl:template>

  <!-- ===== Openers, closers, datelines, signatures ===== -->

  <xsl:template match="tei:opener">
    <fo:block xsl:use-attribute-sets="opener"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:closer | tei:postscript">
    <fo:block xsl:use-attribute-sets="closer"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:dateline">
    <fo:block xsl:use-attribute-sets="dateline"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:signed">
    <fo:block xsl:use-attribute-sets="signed"><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:salute | tei:byline | tei:docDate">
    <fo:block><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:block>
  </xsl:template>

</xsl:stylesheet>
