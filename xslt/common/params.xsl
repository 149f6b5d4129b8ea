<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei common parameters: every parameter shared by the output formats (HTML now, XSL-FO
     later), each documented here. Override with xsltproc stringparam or in a customisation layer. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- persons (anyURI, default empty): the volume's list of persons (a div xml:id="persons" as
       the publisher encodes it), read with document() relative to the input document, for hover
       text and links when the input does not hold the list itself. Only files in the input's or
       the stylesheet's folder may be read (the in-process renderer enforces it). -->
  <xsl:param name="persons" select="''"/>

  <!-- terms (anyURI, default empty): the list of abbreviations (div xml:id="terms"), read like
       persons. -->
  <xsl:param name="terms" select="''"/>

  <!-- lang (string, default empty): language of the output (the lang attribute and the labels of
       l10n.xsl). Empty: the input root's xml:lang, else "en". -->
  <xsl:param name="lang" select="''"/>

  <!-- volume.id (string, default empty): the volume the input belongs to (frus1955-57v25).
       Pointers to documents, pages or notes that the input does not hold become links to that
       volume on the publisher's site. Empty: the TEI root's xml:id, else such pointers link to
       sibling pages (d212.html). -->
  <xsl:param name="volume.id" select="''"/>

  <!-- volume.title (string, default empty): title shown in page headers and on the index.
       Empty: the first title of the teiHeader's titleStmt, else a generic label. -->
  <xsl:param name="volume.title" select="''"/>

  <!-- external.base (anyURI): base of links made from cross-volume pointers:
       target="frus1949v03#pg_694" becomes {external.base}frus1949v03/pg_694. -->
  <xsl:param name="external.base" select="'https://history.state.gov/historicaldocuments/'"/>

</xsl:stylesheet>
