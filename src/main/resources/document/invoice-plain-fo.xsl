<?xml version="1.0" encoding="UTF-8"?>
<!--
  Invoice template "plain": the standard layout (invoice-fo.xsl) without the logo band and without shaded table
  headers, for paper with a printed letterhead or a sober look. Only what differs is here.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:import href="invoice-fo.xsl"/>

  <xsl:variable name="header-background">#FFFFFF</xsl:variable>

  <!-- no logo band -->
  <xsl:template match="logo"/>

</xsl:stylesheet>
