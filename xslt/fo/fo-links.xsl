<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei XSL-FO links: ref, ptr, persons and terms. A pointer becomes an internal
     fo:basic-link only when its target is in the input (and rendered with that id); a pointer to
     another volume (or to a document of this volume that the input lacks, when the volume id is
     known) an external link to the publisher's site; anything else plain text. No link is ever
     nested in another. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <!-- The destination of $pointer: "#id" for an internal destination, a URL for an external
       one, empty for none. -->
  <xsl:template name="fo.destination">
    <xsl:param name="pointer"/>
    <xsl:variable name="kind">
      <xsl:call-template name="pointer.kind"><xsl:with-param name="pointer" select="$pointer"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$kind = 'local'">
        <xsl:variable name="id" select="substring($pointer, 2)"/>
        <xsl:choose>
          <xsl:when test="key('ids', $id)[not(ancestor-or-self::tei:teiHeader)]
                          [not(ancestor-or-self::tei:head[@type='shortened-for-running-head'])]">
            <xsl:value-of select="$pointer"/>
          </xsl:when>
          <xsl:when test="$volume.id.effective != ''">
            <xsl:variable name="doc.id">
              <xsl:call-template name="fragment.document"><xsl:with-param name="id" select="$id"/></xsl:call-template>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="$doc.id != '' and key('ids', $doc.id)[self::tei:div]">
                <xsl:value-of select="concat('#', $doc.id)"/>
              </xsl:when>
              <xsl:when test="$doc.id != ''">
                <xsl:call-template name="pointer.external">
                  <xsl:with-param name="volume" select="$volume.id.effective"/>
                  <xsl:with-param name="fragment" select="$doc.id"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:when test="starts-with($id, 'pg_')">
                <xsl:call-template name="pointer.external">
                  <xsl:with-param name="volume" select="$volume.id.effective"/>
                  <xsl:with-param name="fragment" select="$id"/>
                </xsl:call-template>
              </xsl:when>
            </xsl:choose>
          </xsl:when>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$kind = 'volume'">
        <xsl:call-template name="pointer.external">
          <xsl:with-param name="volume">
            <xsl:choose>
              <xsl:when test="contains($pointer, '#')"><xsl:value-of select="substring-before($pointer, '#')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$pointer"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="fragment" select="substring-after($pointer, '#')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$kind = 'url'"><xsl:value-of select="$pointer"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- $content as a link to $pointer, or as a plain inline when there is no destination or the
       context is already inside a link. -->
  <xsl:template name="fo.link">
    <xsl:param name="pointer"/>
    <xsl:param name="content"/>
    <xsl:variable name="dest">
      <xsl:if test="not(ancestor::tei:ref or ancestor::tei:ptr or ancestor::tei:gloss[@target] or ancestor::tei:persName[@corresp])">
        <xsl:call-template name="fo.destination"><xsl:with-param name="pointer" select="$pointer"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="starts-with($dest, '#')">
        <fo:basic-link internal-destination="{substring($dest, 2)}" xsl:use-attribute-sets="link.properties">
          <xsl:call-template name="fo.id"/><xsl:copy-of select="$content"/>
        </fo:basic-link>
      </xsl:when>
      <xsl:when test="$dest != ''">
        <fo:basic-link external-destination="url('{$dest}')" xsl:use-attribute-sets="link.properties">
          <xsl:call-template name="fo.id"/><xsl:copy-of select="$content"/>
        </fo:basic-link>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:call-template name="fo.id"/><xsl:copy-of select="$content"/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref">
    <xsl:call-template name="fo.link">
      <xsl:with-param name="pointer"><xsl:call-template name="pointer.first"/></xsl:with-param>
      <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ptr: the document number ("Document 212") or the pointer itself as text. -->
  <xsl:template match="tei:ptr">
    <xsl:variable name="pointer"><xsl:call-template name="pointer.first"/></xsl:variable>
    <xsl:variable name="doc.id">
      <xsl:call-template name="fragment.document"><xsl:with-param name="id" select="substring($pointer, 2)"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="fo.link">
      <xsl:with-param name="pointer" select="$pointer"/>
      <xsl:with-param name="content">
        <xsl:choose>
          <xsl:when test="starts-with($pointer, '#') and $doc.id != ''">
            <xsl:call-template name="gentext"><xsl:with-param name="key" select="'document'"/></xsl:call-template>
            <xsl:value-of select="concat(' ', substring($doc.id, 2))"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$pointer"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A person named in the text links to the list of persons when the input holds it. -->
  <xsl:template match="tei:persName[@corresp]">
    <xsl:call-template name="fo.link">
      <xsl:with-param name="pointer"><xsl:call-template name="pointer.first"><xsl:with-param name="target" select="@corresp"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:persName | tei:term | tei:gloss">
    <fo:inline><xsl:call-template name="fo.id"/><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- A term glossed in the text links to the list of abbreviations when the input holds it. -->
  <xsl:template match="tei:gloss[@target]">
    <xsl:call-template name="fo.link">
      <xsl:with-param name="pointer"><xsl:call-template name="pointer.first"/></xsl:with-param>
      <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
