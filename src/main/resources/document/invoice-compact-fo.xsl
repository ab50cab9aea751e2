<?xml version="1.0" encoding="UTF-8"?>
<!--
  Invoice template "compact": the standard layout (invoice-fo.xsl) with smaller type and tighter lines, so that
  long invoices need fewer pages. Only what differs is here; everything else comes from the import.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:import href="invoice-fo.xsl"/>

  <xsl:variable name="base-font-size">8pt</xsl:variable>
  <xsl:variable name="line-padding">0.3mm</xsl:variable>
  <xsl:variable name="header-background">#F4F4F4</xsl:variable>

  <!-- a smaller logo band -->
  <xsl:template match="logo">
    <fo:block space-after="1mm" line-height="1">
      <fo:external-graphic src="url('{.}')" width="30mm" height="12mm"
          content-width="scale-down-to-fit" content-height="scale-down-to-fit" scaling="uniform"/>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
