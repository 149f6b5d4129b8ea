<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML notes: a footnote is a reference where it stands and an entry in the notes
     list at the end of its document, linked both ways; inline notes stay in the text. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:frus="http://history.state.gov/frus/ns/1.0"
  exclude-result-prefixes="tei frus">

  <!-- Labels, looked up once. -->
  <xsl:variable name="text.note.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">note</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.note" select="string($text.note.rtf)"/>
  <xsl:variable name="text.notes.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">notes</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.notes" select="string($text.notes.rtf)"/>
  <xsl:variable name="text.backlink.rtf"><xsl:call-template name="gentext"><xsl:with-param name="key">backlink</xsl:with-param></xsl:call-template></xsl:variable>
  <xsl:variable name="text.backlink" select="string($text.backlink.rtf)"/>

  <!-- The anchor id of a note: its xml:id (d219fn3), else a generated one. -->
  <xsl:template name="note.id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="auto.id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The label of a note: n verbatim ("60a" works); "*" when it has none. -->
  <xsl:template name="note.label">
    <xsl:value-of select="concat(normalize-space(@n), substring('*', 1, number(normalize-space(@n) = '')))"/>
  </xsl:template>

  <!-- The reference: a superscript link to the note, with the id the note links back to. -->
  <xsl:template match="tei:note">
    <xsl:call-template name="noteref">
      <xsl:with-param name="id"><xsl:call-template name="note.id"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:note[@xml:id]">
    <xsl:call-template name="noteref"><xsl:with-param name="id" select="string(@xml:id)"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="noteref">
    <xsl:param name="id"/>
    <xsl:variable name="label" select="concat(normalize-space(@n), substring('*', 1, number(normalize-space(@n) = '')))"/>
    <sup class="noteref"><a id="{$id}-ref" href="#{$id}" role="doc-noteref"
      aria-label="{$text.note} {$label}"><xsl:value-of select="$label"/></a></sup>
  </xsl:template>

  <!-- An inline note (rend="inline": the source line of older volumes, "[Attachment]") is
       printed where it stands. -->
  <xsl:template match="tei:note[@rend='inline']" priority="1">
    <xsl:variable name="base" select="normalize-space(concat('note-inline ', @type))"/>
    <xsl:choose>
      <xsl:when test="parent::tei:p or parent::tei:head or parent::tei:hi or parent::tei:seg
                      or parent::tei:item or parent::tei:label or parent::tei:cell">
        <span><xsl:call-template name="id.attr"/><xsl:attribute name="class"><xsl:value-of select="$base"/></xsl:attribute><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:when test="tei:p">
        <div><xsl:call-template name="id.attr"/><xsl:attribute name="class"><xsl:value-of select="$base"/></xsl:attribute><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:call-template name="id.attr"/><xsl:attribute name="class"><xsl:value-of select="$base"/></xsl:attribute><xsl:apply-templates/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The notes of a division, source notes first, under a heading one level below the
       division's; nothing when there are none. -->
  <xsl:template name="notes.section">
    <xsl:param name="notes"/>
    <xsl:if test="$notes">
      <xsl:variable name="owner"><xsl:call-template name="auto.id"/></xsl:variable>
      <xsl:variable name="level">
        <xsl:for-each select="tei:head[not(@type='shortened-for-running-head')][1]">
          <xsl:call-template name="heading.level"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="h">
        <xsl:choose>
          <xsl:when test="$level = ''">2</xsl:when>
          <xsl:when test="$level &gt; 5">6</xsl:when>
          <xsl:otherwise><xsl:value-of select="$level + 1"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <section class="notes" role="doc-endnotes" aria-labelledby="{$owner}-notes">
        <xsl:element name="h{$h}">
          <xsl:attribute name="id"><xsl:value-of select="concat($owner, '-notes')"/></xsl:attribute>
          <xsl:attribute name="class">notes-head</xsl:attribute>
          <xsl:value-of select="$text.notes"/>
        </xsl:element>
        <ol class="notes">
          <xsl:apply-templates select="$notes[@type='source']" mode="endnote"/>
          <xsl:apply-templates select="$notes[not(@type='source')]" mode="endnote"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A note in the list: its label, its text, the link back to its reference. -->
  <xsl:template match="tei:note" mode="endnote">
    <xsl:call-template name="endnote">
      <xsl:with-param name="id"><xsl:call-template name="note.id"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:note[@xml:id]" mode="endnote">
    <xsl:call-template name="endnote"><xsl:with-param name="id" select="string(@xml:id)"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="endnote">
    <xsl:param name="id"/>
    <xsl:variable name="label" select="concat(normalize-space(@n), substring('*', 1, number(normalize-space(@n) = '')))"/>
    <li id="{$id}" class="note{substring(concat(' ', @type), 1, 1000 * boolean(@type))}">
      <span class="note-label"><xsl:value-of select="$label"/></span>
      <xsl:text> </xsl:text>
      <div class="note-text">
        <xsl:apply-templates/>
        <xsl:text> </xsl:text>
        <a class="backlink" href="#{$id}-ref" role="doc-backlink" aria-label="{$text.backlink} {$label}">
          <xsl:value-of select="$note.backlink.text"/>
        </a>
      </div>
    </li>
  </xsl:template>

</xsl:stylesheet>
