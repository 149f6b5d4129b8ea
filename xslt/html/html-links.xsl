<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML links: the href of a pointer in single-page and site mode, and the links made
     from ref, ptr, persName/@corresp and gloss/@target with their hover text. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  exclude-result-prefixes="tei frus">

  <!-- ===== Pages of a site ===== -->

  <!-- The file name of the site page that shows $node: dN.html for anything inside document dN,
       {id}.html for a front or back div (persons.html, terms.html; a div "index" becomes
       volume-index.html), the contents (index.html) for a chapter holding documents, the next
       document's page for a page break between documents, else index.html. -->
  <xsl:template name="page.of">
    <xsl:param name="node" select="."/>
    <xsl:variable name="doc" select="$node/ancestor-or-self::tei:div[@type='document'][1]"/>
    <xsl:variable name="aux" select="$node/ancestor-or-self::tei:div[@xml:id]
      [parent::tei:front or parent::tei:back or not(parent::*)][1]"/>
    <xsl:choose>
      <xsl:when test="$doc">
        <xsl:call-template name="page.name"><xsl:with-param name="div" select="$doc"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$aux">
        <xsl:call-template name="page.name"><xsl:with-param name="div" select="$aux"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$node/self::tei:pb and $node/following::tei:div[@type='document']">
        <xsl:call-template name="page.name">
          <xsl:with-param name="div" select="$node/following::tei:div[@type='document'][1]"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>index.html</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The file name of the page of document or list $div. -->
  <xsl:template name="page.name">
    <xsl:param name="div" select="."/>
    <xsl:choose>
      <xsl:when test="$div/@xml:id = 'index'">volume-index.html</xsl:when>
      <xsl:when test="$div/@xml:id"><xsl:value-of select="concat($div/@xml:id, '.html')"/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$div"><xsl:call-template name="auto.id"/></xsl:for-each>
        <xsl:text>.html</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Pointer to href ===== -->

  <!-- The href for $pointer (a target or corresp value) from the context node; empty when the
       pointer cannot be resolved (the caller then renders no link). -->
  <xsl:template name="href">
    <xsl:param name="pointer"/>
    <xsl:variable name="kind">
      <xsl:call-template name="pointer.kind"><xsl:with-param name="pointer" select="$pointer"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$kind = 'local'">
        <xsl:call-template name="href.local">
          <xsl:with-param name="id" select="substring($pointer, 2)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$kind = 'volume'">
        <xsl:call-template name="pointer.external">
          <xsl:with-param name="volume" select="substring-before(concat($pointer, '#'), '#')"/>
          <xsl:with-param name="fragment" select="substring-after($pointer, '#')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$kind = 'url'"><xsl:value-of select="$pointer"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The href of local pointer #$id. In single-page mode a target in the input is on the
       page (#id); in a site it is on its page (dN.html, dN.html#id, persons.html#p_X, or #id
       on the same page). A person or term only in a loaded list: persons.html#p_X in a site,
       {persons.page}#p_X in single-page mode. A document, note or page not in the input:
       the volume on the publisher's site when volume.id is known, else the sibling page
       dN.html[#id] of a single page (a site has no such page: the reference is not a link). -->
  <xsl:template name="href.local">
    <xsl:param name="id"/>
    <xsl:variable name="here" select="."/>
    <xsl:variable name="target" select="key('ids', $id)[1]"/>
    <xsl:choose>
      <xsl:when test="$target and not($site.mode)"><xsl:value-of select="concat('#', $id)"/></xsl:when>
      <xsl:when test="$target">
        <!-- The divisions that make the target's and the context's pages. -->
        <xsl:variable name="tdiv" select="($target/ancestor-or-self::tei:div[@type='document'][1]
          | $target/ancestor-or-self::tei:div[@xml:id][parent::tei:front or parent::tei:back or not(parent::*)][1])[last()]"/>
        <xsl:variable name="hdiv" select="($here/ancestor-or-self::tei:div[@type='document'][1]
          | $here/ancestor-or-self::tei:div[@xml:id][parent::tei:front or parent::tei:back or not(parent::*)][1])[last()]"/>
        <xsl:choose>
          <xsl:when test="$tdiv and $hdiv and count($tdiv | $hdiv) = 1">
            <xsl:value-of select="concat('#', $id)"/>
          </xsl:when>
          <xsl:when test="$tdiv">
            <xsl:call-template name="page.name"><xsl:with-param name="div" select="$tdiv"/></xsl:call-template>
            <xsl:if test="count($tdiv | $target) != 1"><xsl:value-of select="concat('#', $id)"/></xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="there">
              <xsl:call-template name="page.of"><xsl:with-param name="node" select="$target"/></xsl:call-template>
            </xsl:variable>
            <xsl:variable name="current">
              <xsl:call-template name="page.of"><xsl:with-param name="node" select="$here"/></xsl:call-template>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="$there = $current"><xsl:value-of select="concat('#', $id)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="concat($there, '#', $id)"/></xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="href.lists"><xsl:with-param name="id" select="$id"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The href of #$id when the input does not hold it: a list loaded by parameter, else
       href.unknown. -->
  <xsl:template name="href.lists">
    <xsl:param name="id"/>
    <xsl:variable name="in.persons">
      <xsl:for-each select="$persons.list">
        <xsl:if test="key('ids', $id)">1</xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="in.terms">
      <xsl:if test="$in.persons = ''">
        <xsl:for-each select="$terms.list">
          <xsl:if test="key('ids', $id)">1</xsl:if>
        </xsl:for-each>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$in.persons != ''">
        <xsl:choose>
          <xsl:when test="$site.mode">
            <xsl:call-template name="page.name"><xsl:with-param name="div" select="$persons.list"/></xsl:call-template>
            <xsl:value-of select="concat('#', $id)"/>
          </xsl:when>
          <xsl:when test="$persons.page != ''"><xsl:value-of select="concat($persons.page, '#', $id)"/></xsl:when>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$in.terms != ''">
        <xsl:choose>
          <xsl:when test="$site.mode">
            <xsl:call-template name="page.name"><xsl:with-param name="div" select="$terms.list"/></xsl:call-template>
            <xsl:value-of select="concat('#', $id)"/>
          </xsl:when>
          <xsl:when test="$terms.page != ''"><xsl:value-of select="concat($terms.page, '#', $id)"/></xsl:when>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="href.unknown"><xsl:with-param name="id" select="$id"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The href of #$id when neither the input nor a list holds it (see href.local); a note
       missing from a document the input holds links to the document. -->
  <xsl:template name="href.unknown">
    <xsl:param name="id"/>
    <xsl:variable name="doc.id">
      <xsl:call-template name="fragment.document"><xsl:with-param name="id" select="$id"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="doc" select="key('ids', $doc.id)[self::tei:div]"/>
    <xsl:choose>
      <!-- A note the input's document does not have: the document itself. -->
      <xsl:when test="$doc and $site.mode">
        <xsl:call-template name="page.name"><xsl:with-param name="div" select="$doc"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$doc"><xsl:value-of select="concat('#', $doc.id)"/></xsl:when>
      <xsl:when test="$doc.id != '' and $volume.id.effective != ''">
        <xsl:call-template name="pointer.external">
          <xsl:with-param name="volume" select="$volume.id.effective"/>
          <xsl:with-param name="fragment" select="$doc.id"/>
        </xsl:call-template>
      </xsl:when>
      <!-- A page of a volume site must not point to a page the site lacks: no link there. -->
      <xsl:when test="$doc.id != '' and not($site.mode)">
        <xsl:value-of select="concat($doc.id, '.html')"/>
        <xsl:if test="$doc.id != $id"><xsl:value-of select="concat('#', $id)"/></xsl:if>
      </xsl:when>
      <xsl:when test="starts-with($id, 'pg_') and $volume.id.effective != ''">
        <xsl:call-template name="pointer.external">
          <xsl:with-param name="volume" select="$volume.id.effective"/>
          <xsl:with-param name="fragment" select="$id"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="starts-with($id, 'p_') and not($site.mode) and $persons.page != ''">
        <xsl:value-of select="concat($persons.page, '#', $id)"/>
      </xsl:when>
      <xsl:when test="starts-with($id, 't_') and not($site.mode) and $terms.page != ''">
        <xsl:value-of select="concat($terms.page, '#', $id)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Making a link ===== -->

  <!-- An a element (or a span when there is no href or inside another link) with the class,
       the hover text and the context's children; direct child notes follow the link. -->
  <xsl:template name="make.link">
    <xsl:param name="href"/>
    <xsl:param name="title"/>
    <xsl:param name="class"/>
    <xsl:choose>
      <xsl:when test="$href != '' and not(ancestor::tei:ref[@target] or ancestor::tei:ptr
                      or ancestor::tei:gloss[@target] or ancestor::tei:persName[@corresp])">
        <a class="{$class}" href="{$href}">
          <xsl:if test="$title != ''"><xsl:attribute name="title"><xsl:value-of select="$title"/></xsl:attribute></xsl:if>
          <xsl:apply-templates select="node()[not(self::tei:note)]"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}">
          <xsl:if test="$title != ''"><xsl:attribute name="title"><xsl:value-of select="$title"/></xsl:attribute></xsl:if>
          <xsl:apply-templates select="node()[not(self::tei:note)]"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="tei:note"/>
  </xsl:template>

  <!-- ===== Elements ===== -->

  <xsl:template match="tei:ref">
    <xsl:variable name="pointer" select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
    <xsl:call-template name="make.link">
      <xsl:with-param name="href">
        <xsl:call-template name="href"><xsl:with-param name="pointer" select="$pointer"/></xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="class">ref</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:ptr">
    <xsl:variable name="pointer" select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
    <xsl:variable name="href">
      <xsl:call-template name="href"><xsl:with-param name="pointer" select="$pointer"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$href != ''"><a class="ptr" href="{$href}"><xsl:value-of select="$pointer"/></a></xsl:when>
      <xsl:otherwise><span class="ptr"><xsl:value-of select="$pointer"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A person: linked to the list entry, the full name as hover text. A list entry itself
       (xml:id) is the anchor. The fast path (the entry is in the input, as in a volume) makes
       no result-tree fragment: a volume has tens of thousands of these. -->
  <xsl:template match="tei:persName[@corresp]">
    <xsl:variable name="pointer" select="substring-before(concat(normalize-space(@corresp), ' '), ' ')"/>
    <xsl:variable name="entry" select="key('ids', substring($pointer, 2))[self::tei:persName]"/>
    <xsl:choose>
      <xsl:when test="starts-with($pointer, '#') and $entry and not(ancestor::tei:ref[@target]
                      or ancestor::tei:ptr or ancestor::tei:gloss[@target] or ancestor::tei:persName[@corresp])">
        <a class="{normalize-space(concat('persName ', @type))}" title="{normalize-space($entry)}">
          <xsl:attribute name="href">
            <xsl:call-template name="href.local"><xsl:with-param name="id" select="substring($pointer, 2)"/></xsl:call-template>
          </xsl:attribute>
          <xsl:apply-templates select="node()[not(self::tei:note)]"/>
        </a>
        <xsl:apply-templates select="tei:note"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="make.link">
          <xsl:with-param name="href">
            <xsl:call-template name="href"><xsl:with-param name="pointer" select="$pointer"/></xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="title">
            <xsl:if test="starts-with($pointer, '#')">
              <xsl:call-template name="person.name"><xsl:with-param name="id" select="substring($pointer, 2)"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
          <xsl:with-param name="class" select="normalize-space(concat('persName ', @type))"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:persName">
    <span class="{normalize-space(concat('persName ', @type))}"><xsl:call-template name="id.attr"/><xsl:apply-templates/></span>
  </xsl:template>

  <!-- An abbreviation: linked to the list of terms, the expansion as hover text (fast path as
       for persons). -->
  <xsl:template match="tei:gloss[@target]">
    <xsl:variable name="pointer" select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
    <xsl:variable name="entry" select="key('ids', substring($pointer, 2))[self::tei:term]"/>
    <xsl:choose>
      <xsl:when test="starts-with($pointer, '#') and $entry and not(ancestor::tei:ref[@target]
                      or ancestor::tei:ptr or ancestor::tei:gloss[@target] or ancestor::tei:persName[@corresp])">
        <xsl:variable name="lead" select="($entry/ancestor::tei:hi[parent::tei:item] | $entry)[1]"/>
        <xsl:variable name="rest" select="normalize-space(substring-after(
          normalize-space($entry/ancestor::tei:item[1]), normalize-space($lead)))"/>
        <a class="{normalize-space(concat('gloss ', @type))}"
           title="{normalize-space(substring($rest, 1 + number(starts-with($rest, ','))))}">
          <xsl:attribute name="href">
            <xsl:call-template name="href.local"><xsl:with-param name="id" select="substring($pointer, 2)"/></xsl:call-template>
          </xsl:attribute>
          <xsl:apply-templates select="node()[not(self::tei:note)]"/>
        </a>
        <xsl:apply-templates select="tei:note"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="make.link">
          <xsl:with-param name="href">
            <xsl:call-template name="href"><xsl:with-param name="pointer" select="$pointer"/></xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="title">
            <xsl:if test="starts-with($pointer, '#')">
              <xsl:call-template name="term.expansion"><xsl:with-param name="id" select="substring($pointer, 2)"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
          <xsl:with-param name="class" select="normalize-space(concat('gloss ', @type))"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:gloss">
    <span class="{normalize-space(concat('gloss ', @type))}"><xsl:call-template name="id.attr"/><xsl:apply-templates/></span>
  </xsl:template>

  <!-- A term of the list of abbreviations is its definition anchor. -->
  <xsl:template match="tei:term">
    <xsl:choose>
      <xsl:when test="@xml:id"><dfn class="term" id="{@xml:id}"><xsl:apply-templates/></dfn></xsl:when>
      <xsl:otherwise><span class="term"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
