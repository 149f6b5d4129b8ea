<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO driver: a document (TEI or bare div) or a whole volume (TEI with front lists
     and many document divs) as XSL-FO 1.1 for Apache FOP. Usage:
       xsltproc xslt/fo/fo.xsl volume.xml > volume.fo && fop -c fop.xconf -fo volume.fo -pdf volume.pdf
     Customise by importing this driver (examples/custom-fo.xsl); all modules are included, so they
     share one import precedence. Strictly XSLT 1.0 plus exsl:node-set. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  xmlns:exsl="http://exslt.org/common"
  extension-element-prefixes="exsl"
  exclude-result-prefixes="tei frus exsl">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/keys.xsl"/>
  <xsl:include href="../common/l10n.xsl"/>
  <xsl:include href="../common/common.xsl"/>
  <xsl:include href="fo-params.xsl"/>
  <xsl:include href="fo-attrsets.xsl"/>
  <xsl:include href="fo-pagesetup.xsl"/>
  <xsl:include href="fo-links.xsl"/>
  <xsl:include href="fo-inline.xsl"/>
  <xsl:include href="fo-blocks.xsl"/>
  <xsl:include href="fo-notes.xsl"/>
  <xsl:include href="fo-hooks.xsl"/>
  <xsl:include href="fo-catchall.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:text tei:front tei:body tei:back tei:div
    tei:list tei:table tei:row tei:opener tei:closer frus:attachment tei:lg tei:figure"/>

  <!-- The body's chapters (divs that are not documents) and runs: the other children of the body
       between two chapters (or before the first) form a run, keyed by the chapter before them
       (the empty string before the first chapter). -->
  <xsl:key name="fo.run" match="tei:body/*[not(self::tei:div[not(@type='document')])]"
    use="generate-id(preceding-sibling::tei:div[not(@type='document')][1])"/>

  <!-- A volume: a TEI whose text holds more than one document or front/back matter. -->
  <xsl:variable name="volume.mode"
    select="boolean(/tei:TEI) and (count($docs) != 1 or boolean($aux.divs))"/>

  <xsl:template match="/">
    <fo:root xsl:use-attribute-sets="root.properties">
      <xsl:call-template name="layout.master.set"/>
      <xsl:if test="number($bookmarks) = 1 and ($docs or $aux.divs)">
        <xsl:call-template name="bookmark.tree"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$volume.mode"><xsl:call-template name="volume.sequences"/></xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="page.sequence">
            <xsl:with-param name="first" select="'1'"/>
            <xsl:with-param name="content">
              <xsl:apply-templates select="/*"/>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </fo:root>
  </xsl:template>

  <!-- A volume: title page, contents, one sequence per front part, the body in chunks, one
       sequence per back part. -->
  <xsl:template name="volume.sequences">
    <xsl:variable name="text" select="/tei:TEI/tei:text"/>
    <xsl:if test="number($title.page) = 1">
      <xsl:call-template name="page.sequence">
        <xsl:with-param name="master" select="'blank'"/>
        <xsl:with-param name="format" select="'i'"/>
        <xsl:with-param name="first" select="'1'"/>
        <xsl:with-param name="content"><xsl:call-template name="title.page"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="number($toc) = 1 and count($docs) &gt; 1">
      <xsl:call-template name="page.sequence">
        <xsl:with-param name="format" select="'i'"/>
        <xsl:with-param name="first">
          <xsl:choose><xsl:when test="number($title.page) = 1">auto</xsl:when><xsl:otherwise>1</xsl:otherwise></xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="content"><xsl:call-template name="contents"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:for-each select="$text/tei:front/*">
      <xsl:call-template name="page.sequence">
        <xsl:with-param name="format" select="'i'"/>
        <xsl:with-param name="content"><xsl:apply-templates select="."/></xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="number($chunk.size) &gt;= 1"><xsl:value-of select="floor(number($chunk.size))"/></xsl:when>
        <xsl:otherwise>100</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="run.sequences">
      <xsl:with-param name="run" select="key('fo.run', '')"/>
      <xsl:with-param name="n" select="number($n)"/>
      <xsl:with-param name="first" select="true()"/>
    </xsl:call-template>
    <xsl:for-each select="$text/tei:body/tei:div[not(@type='document')]">
      <xsl:variable name="first">
        <xsl:choose>
          <xsl:when test="position() = 1 and not(key('fo.run', ''))">1</xsl:when>
          <xsl:otherwise>auto</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="count(.//tei:div[@type='document']) &lt;= number($n)">
          <xsl:call-template name="page.sequence">
            <xsl:with-param name="first" select="$first"/>
            <xsl:with-param name="content"><xsl:apply-templates select="."/></xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <!-- A chapter of more than $n documents is opened up: its parts (itself, its
               subdivisions, their heads and notes, its documents) are chunked like a run. -->
          <xsl:call-template name="run.sequences">
            <xsl:with-param name="run" select="descendant-or-self::tei:div[not(@type='document')]
              | .//tei:div[@type='document'][not(ancestor::tei:div[@type='document'])]
              | .//*[parent::tei:div[not(@type='document')]][not(self::tei:div)]
                    [not(ancestor::tei:div[@type='document'])]"/>
            <xsl:with-param name="n" select="number($n)"/>
            <xsl:with-param name="first" select="$first = '1'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="run.sequences">
        <xsl:with-param name="run" select="key('fo.run', generate-id())"/>
        <xsl:with-param name="n" select="number($n)"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$text/tei:back/*">
      <xsl:call-template name="page.sequence">
        <xsl:with-param name="content"><xsl:apply-templates select="."/></xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A run of the body's children (documents and whatever stands between them) in
       page-sequences of $n children each: FOP holds one page-sequence in memory at a time. $first:
       the run opens the body (its first sequence restarts the numbering at 1). -->
  <xsl:template name="run.sequences">
    <xsl:param name="run"/>
    <xsl:param name="n" select="100"/>
    <xsl:param name="first" select="false()"/>
    <xsl:for-each select="$run[position() mod $n = 1 or $n = 1]">
      <xsl:variable name="p" select="(position() - 1) * $n + 1"/>
      <xsl:call-template name="page.sequence">
        <xsl:with-param name="first">
          <xsl:choose><xsl:when test="$first and $p = 1">1</xsl:when><xsl:otherwise>auto</xsl:otherwise></xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="content">
          <xsl:apply-templates select="$run[position() &gt;= $p and position() &lt; $p + $n]" mode="fo.part"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A part of a chunked run: an opened-up division leaves only its anchor (its parts follow
       it in the run); anything else is rendered whole. -->
  <xsl:template match="tei:div[not(@type='document')]" mode="fo.part">
    <fo:block keep-with-next.within-page="always"><xsl:call-template name="fo.id"/></fo:block>
  </xsl:template>
  <xsl:template match="*" mode="fo.part"><xsl:apply-templates select="."/></xsl:template>

  <!-- The title page, from the teiHeader. -->
  <xsl:template name="title.page">
    <xsl:variable name="stmt" select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <fo:block xsl:use-attribute-sets="title.page.title"><xsl:value-of select="$volume.title.effective"/></fo:block>
    <xsl:for-each select="$stmt/tei:title[normalize-space() != $volume.title.effective]">
      <fo:block xsl:use-attribute-sets="title.page.subtitle"><xsl:value-of select="normalize-space()"/></fo:block>
    </xsl:for-each>
    <xsl:for-each select="$stmt/tei:editor | $stmt/tei:author | $stmt/tei:respStmt">
      <fo:block xsl:use-attribute-sets="title.page.line"><xsl:value-of select="normalize-space()"/></fo:block>
    </xsl:for-each>
    <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/*">
      <fo:block xsl:use-attribute-sets="title.page.line"><xsl:value-of select="normalize-space()"/></fo:block>
    </xsl:for-each>
    <xsl:call-template name="title.page.hook"/>
  </xsl:template>

  <!-- Contents: the front parts, then each chapter and document with its page number. -->
  <xsl:template name="contents">
    <fo:block xsl:use-attribute-sets="part.head" id="cabletei-contents">
      <xsl:call-template name="gentext"><xsl:with-param name="key" select="'contents'"/></xsl:call-template>
    </fo:block>
    <xsl:for-each select="/tei:TEI/tei:text/tei:front/tei:div[@xml:id]
                          | /tei:TEI/tei:text/tei:body//tei:div[@xml:id][@type='document' or .//tei:div[@type='document']]
                          | /tei:TEI/tei:text/tei:back/tei:div[@xml:id]">
      <xsl:variable name="title"><xsl:call-template name="doc.title"/></xsl:variable>
      <xsl:choose>
        <xsl:when test="@type = 'document'">
          <fo:block xsl:use-attribute-sets="toc.entry">
            <fo:basic-link internal-destination="{@xml:id}">
              <xsl:if test="@n"><xsl:value-of select="concat(@n, '. ')"/></xsl:if>
              <xsl:value-of select="$title"/>
            </fo:basic-link>
            <fo:leader leader-pattern="dots"/>
            <fo:page-number-citation ref-id="{@xml:id}"/>
          </fo:block>
        </xsl:when>
        <xsl:otherwise>
          <fo:block xsl:use-attribute-sets="toc.entry toc.part">
            <fo:basic-link internal-destination="{@xml:id}"><xsl:value-of select="$title"/></fo:basic-link>
            <fo:leader leader-pattern="dots"/>
            <fo:page-number-citation ref-id="{@xml:id}"/>
          </fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- PDF bookmarks: front and back parts, chapters, and each document (no tree when there is
       nothing with an id to point to: an empty fo:bookmark-tree is invalid). -->
  <xsl:template name="bookmark.tree">
    <xsl:variable name="marks.rtf">
      <xsl:apply-templates select="/tei:TEI/tei:text/tei:front/tei:div
                                   | /tei:TEI/tei:text/tei:body/tei:div
                                   | /tei:TEI/tei:text/tei:back/tei:div
                                   | /tei:div" mode="bookmark"/>
    </xsl:variable>
    <xsl:if test="exsl:node-set($marks.rtf)/*">
      <fo:bookmark-tree><xsl:copy-of select="$marks.rtf"/></fo:bookmark-tree>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div" mode="bookmark">
    <xsl:variable name="title">
      <xsl:if test="@type = 'document' and @n"><xsl:value-of select="concat(@n, '. ')"/></xsl:if>
      <xsl:call-template name="doc.title"/>
    </xsl:variable>
    <xsl:variable name="subs" select="tei:div[not(current()/@type = 'document')]"/>
    <xsl:choose>
      <xsl:when test="@xml:id">
        <fo:bookmark internal-destination="{@xml:id}">
          <fo:bookmark-title><xsl:value-of select="normalize-space($title)"/></fo:bookmark-title>
          <xsl:apply-templates select="$subs" mode="bookmark"/>
        </fo:bookmark>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$subs" mode="bookmark"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
