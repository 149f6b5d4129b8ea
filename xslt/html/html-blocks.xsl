<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML block level: the TEI wrapper, divs and documents, heads, paragraphs, lists,
     tables, quotations, opener/closer/signed/salute/postscript, dateline and attachments. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  exclude-result-prefixes="tei frus">

  <!-- ===== Wrappers ===== -->

  <xsl:template match="tei:TEI"><xsl:apply-templates select="tei:text"/></xsl:template>
  <xsl:template match="tei:teiHeader"/>
  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- ===== Divisions ===== -->

  <!-- A document is an article: its content, then its notes (source note first). -->
  <xsl:template match="tei:div[@type='document']">
    <article class="{normalize-space(concat('document ', @subtype))}">
      <xsl:call-template name="id.attr"/>
      <xsl:if test="tei:head[not(@type='shortened-for-running-head')]">
        <xsl:attribute name="aria-labelledby"><xsl:call-template name="head.id"><xsl:with-param name="head" select="tei:head[not(@type='shortened-for-running-head')][1]"/></xsl:call-template></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="document.before.hook"/>
      <xsl:apply-templates/>
      <xsl:call-template name="notes.section">
        <xsl:with-param name="notes" select=".//tei:note[not(@rend='inline')]"/>
      </xsl:call-template>
      <xsl:call-template name="document.after.hook"/>
    </article>
  </xsl:template>

  <!-- Any other div (chapter, section, the lists of persons and terms): a section, with the
       notes that belong to it and to no inner division. -->
  <xsl:template match="tei:div">
    <section>
      <xsl:call-template name="common.attrs">
        <xsl:with-param name="base" select="normalize-space(concat('div ', @type, ' ', @subtype))"/>
      </xsl:call-template>
      <xsl:apply-templates/>
      <xsl:if test="not(ancestor::tei:div[@type='document'])">
        <xsl:variable name="me" select="."/>
        <xsl:call-template name="notes.section">
          <xsl:with-param name="notes"
            select=".//tei:note[not(@rend='inline')][count(ancestor::tei:div[1] | $me) = 1]"/>
        </xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="frus:attachment">
    <section>
      <xsl:call-template name="common.attrs"><xsl:with-param name="base">attachment</xsl:with-param></xsl:call-template>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- ===== Heads ===== -->

  <!-- The heading level of a head in a div or attachment: 1 for the page's own document, one
       more per enclosing division (see page.root in the drivers). -->
  <xsl:template name="heading.level">
    <xsl:variable name="root">
      <xsl:choose>
        <xsl:when test="$site.mode">
          <xsl:value-of select="count((ancestor-or-self::tei:div[@type='document']
            | ancestor-or-self::tei:div[parent::tei:front or parent::tei:back or not(parent::*)])[last()]
            /ancestor-or-self::tei:div)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="count($page.root/ancestor-or-self::tei:div)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="level" select="count(ancestor::tei:div | ancestor::frus:attachment) - $root + 1"/>
    <xsl:choose>
      <xsl:when test="$level &lt; 1">1</xsl:when>
      <xsl:when test="$level &gt; 6">6</xsl:when>
      <xsl:otherwise><xsl:value-of select="$level"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The id of a head's heading: the head's xml:id, else {div id}-head. -->
  <xsl:template name="head.id">
    <xsl:param name="head" select="."/>
    <xsl:choose>
      <xsl:when test="$head/@xml:id"><xsl:value-of select="$head/@xml:id"/></xsl:when>
      <xsl:when test="$head/../@xml:id"><xsl:value-of select="concat($head/../@xml:id, '-head')"/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$head"><xsl:call-template name="auto.id"/></xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:head[@type='shortened-for-running-head']" priority="2"/>

  <xsl:template match="tei:div/tei:head | frus:attachment/tei:head">
    <xsl:variable name="level"><xsl:call-template name="heading.level"/></xsl:variable>
    <xsl:element name="h{$level}">
      <xsl:attribute name="class">
        <xsl:text>head</xsl:text>
        <xsl:call-template name="rend.classes"/>
      </xsl:attribute>
      <xsl:attribute name="id"><xsl:call-template name="head.id"/></xsl:attribute>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- A table's head is its caption; a list's head is rendered by the list. -->
  <xsl:template match="tei:table/tei:head">
    <caption><xsl:call-template name="id.attr"/><xsl:apply-templates/></caption>
  </xsl:template>
  <xsl:template match="tei:list/tei:head"/>

  <xsl:template match="tei:head">
    <p><xsl:call-template name="common.attrs"><xsl:with-param name="base">head</xsl:with-param></xsl:call-template><xsl:apply-templates/></p>
  </xsl:template>

  <!-- ===== Paragraphs ===== -->

  <!-- A paragraph holding a list, table or block quotation cannot be an HTML p: a div.p. -->
  <xsl:template match="tei:p | tei:ab">
    <xsl:choose>
      <xsl:when test="tei:list | tei:table | tei:quote[@rend='blockquote' or tei:p or tei:list]
                      | tei:lg | tei:p | tei:figure | tei:cit[tei:quote[@rend='blockquote' or tei:p]]">
        <div><xsl:call-template name="common.attrs"><xsl:with-param name="base">p</xsl:with-param></xsl:call-template><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:call-template name="common.attrs"><xsl:with-param name="base">p</xsl:with-param></xsl:call-template><xsl:apply-templates/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Lists ===== -->

  <!-- A list: its head, then ul (ol for rend="numbered"); a labelled list (label/item pairs)
       shows each label before its item. -->
  <xsl:template match="tei:list">
    <xsl:variable name="base" select="normalize-space(concat('list ', @type, ' ',
      substring('labelled', 1, 8 * count(tei:label[1]))))"/>
    <xsl:for-each select="tei:head">
      <p><xsl:call-template name="common.attrs"><xsl:with-param name="base">list-head</xsl:with-param></xsl:call-template><xsl:apply-templates/></p>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="@rend = 'numbered' or @rend = 'ordered'">
        <ol><xsl:call-template name="common.attrs"><xsl:with-param name="base" select="$base"/></xsl:call-template><xsl:apply-templates select="node()[not(self::tei:head)]"/></ol>
      </xsl:when>
      <xsl:otherwise>
        <ul><xsl:call-template name="common.attrs"><xsl:with-param name="base" select="$base"/></xsl:call-template><xsl:apply-templates select="node()[not(self::tei:head)]"/></ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:item">
    <li>
      <xsl:call-template name="common.attrs"><xsl:with-param name="base">item</xsl:with-param></xsl:call-template>
      <!-- The label just before (a page break may come between); constant time per item. -->
      <xsl:for-each select="preceding-sibling::*[1]/self::tei:label
                            | preceding-sibling::*[1]/self::tei:pb/preceding-sibling::*[1]/self::tei:label">
        <span><xsl:call-template name="common.attrs"><xsl:with-param name="base">label</xsl:with-param></xsl:call-template><xsl:apply-templates/></span>
      </xsl:for-each>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <!-- A list label is rendered by the item it labels; a label without an item is an item. -->
  <xsl:template match="tei:list/tei:label">
    <xsl:if test="not(following-sibling::*[1]/self::tei:item
                      | following-sibling::*[1]/self::tei:pb/following-sibling::*[1]/self::tei:item)">
      <li><xsl:call-template name="common.attrs"><xsl:with-param name="base">item label-only</xsl:with-param></xsl:call-template><xsl:apply-templates/></li>
    </xsl:if>
  </xsl:template>

  <!-- ===== Tables ===== -->

  <xsl:template match="tei:table">
    <table>
      <xsl:call-template name="common.attrs"><xsl:with-param name="base">table</xsl:with-param></xsl:call-template>
      <xsl:apply-templates select="tei:head"/>
      <tbody><xsl:apply-templates select="node()[not(self::tei:head)]"/></tbody>
    </table>
  </xsl:template>

  <xsl:template match="tei:row">
    <tr><xsl:call-template name="common.attrs"><xsl:with-param name="base" select="normalize-space(concat('row ', @role))"/></xsl:call-template><xsl:apply-templates/></tr>
  </xsl:template>

  <!-- A cell of a label row, or a label cell, is a header cell. -->
  <xsl:template match="tei:cell">
    <xsl:variable name="name">
      <xsl:choose>
        <xsl:when test="@role = 'label' or ../@role = 'label'">th</xsl:when>
        <xsl:otherwise>td</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$name}">
      <xsl:call-template name="common.attrs"><xsl:with-param name="base" select="normalize-space(concat('cell ', @role))"/></xsl:call-template>
      <xsl:if test="$name = 'th' and ../@role = 'label'"><xsl:attribute name="scope">col</xsl:attribute></xsl:if>
      <xsl:if test="$name = 'th' and not(../@role = 'label')"><xsl:attribute name="scope">row</xsl:attribute></xsl:if>
      <xsl:if test="@cols &gt; 1"><xsl:attribute name="colspan"><xsl:value-of select="@cols"/></xsl:attribute></xsl:if>
      <xsl:if test="@rows &gt; 1"><xsl:attribute name="rowspan"><xsl:value-of select="@rows"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- ===== Quotations, verse, figures ===== -->

  <!-- A block quotation (rend="blockquote", or holding paragraphs) is a blockquote; an inline
       one a span (the text has its own quotation marks). -->
  <xsl:template match="tei:quote | tei:q">
    <xsl:choose>
      <xsl:when test="@rend = 'blockquote' or tei:p or tei:list or tei:lg">
        <blockquote><xsl:call-template name="common.attrs"><xsl:with-param name="base">quote</xsl:with-param></xsl:call-template><xsl:apply-templates/></blockquote>
      </xsl:when>
      <xsl:otherwise>
        <span><xsl:call-template name="common.attrs"><xsl:with-param name="base">quote</xsl:with-param></xsl:call-template><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:cit">
    <xsl:choose>
      <xsl:when test="tei:quote[@rend='blockquote' or tei:p]">
        <div><xsl:call-template name="common.attrs"><xsl:with-param name="base">cit</xsl:with-param></xsl:call-template><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise>
        <span><xsl:call-template name="common.attrs"><xsl:with-param name="base">cit</xsl:with-param></xsl:call-template><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:lg">
    <div><xsl:call-template name="common.attrs"><xsl:with-param name="base">lg</xsl:with-param></xsl:call-template><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:l">
    <div><xsl:call-template name="common.attrs"><xsl:with-param name="base">l</xsl:with-param></xsl:call-template><xsl:apply-templates/></div>
  </xsl:template>

  <!-- A figure shows its description; images are not loaded (a page has no outside resource). -->
  <xsl:template match="tei:figure">
    <figure><xsl:call-template name="common.attrs"><xsl:with-param name="base">figure</xsl:with-param></xsl:call-template>
      <xsl:apply-templates select="node()[not(self::tei:figDesc)]"/>
      <xsl:if test="tei:figDesc"><figcaption><xsl:apply-templates select="tei:figDesc/node()"/></figcaption></xsl:if>
    </figure>
  </xsl:template>
  <xsl:template match="tei:figure/tei:head">
    <p class="head"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:graphic">
    <span class="graphic">[<xsl:value-of select="@url"/>]</span>
  </xsl:template>

  <!-- ===== Openers, closers, datelines ===== -->

  <xsl:template match="tei:opener | tei:closer | tei:postscript">
    <div><xsl:call-template name="common.attrs"><xsl:with-param name="base" select="local-name()"/></xsl:call-template><xsl:apply-templates/></div>
  </xsl:template>

  <!-- dateline, signed, salute, byline, docDate: blocks (right-aligned by the CSS where the
       print has them so), spans inside a paragraph or heading. -->
  <xsl:template match="tei:dateline | tei:signed | tei:salute | tei:byline | tei:docDate">
    <xsl:choose>
      <xsl:when test="parent::tei:p or parent::tei:head or parent::tei:hi or parent::tei:seg
                      or parent::tei:label or parent::tei:dateline">
        <span><xsl:call-template name="common.attrs"><xsl:with-param name="base" select="local-name()"/></xsl:call-template><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise>
        <div><xsl:call-template name="common.attrs"><xsl:with-param name="base" select="local-name()"/></xsl:call-template><xsl:apply-templates/></div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
