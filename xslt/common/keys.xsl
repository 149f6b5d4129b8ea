<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei keys: every lookup of the stylesheets goes through one of these keys, so a volume
     of a thousand documents is rendered without a scan of the tree per pointer. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0">

  <!-- Any element by its xml:id (documents dN, notes dNfnK, pages pg_N, list entries p_X/t_X).
       Also used on the lists loaded by document(): key() searches the context node's document. -->
  <xsl:key name="ids" match="*[@xml:id]" use="@xml:id"/>

</xsl:stylesheet>
