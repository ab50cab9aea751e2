<?xml version="1.0" encoding="UTF-8"?>
<!--
  The audit trail of one document as an A4 landscape report (XSL-FO) for an external auditor to file, rendered as
  PDF/A-2b by no.fakturaflyt.document.ArchivePdf. Input: the XML written by no.fakturaflyt.audit.TrailXml; every text
  is formatted there, this only places it.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/trail">
    <fo:root font-family="Liberation Sans" font-size="7.5pt" line-height="1.25" color="#222222" language="en">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-height="210mm" page-width="297mm" margin="10mm">
          <fo:region-body margin-top="14mm" margin-bottom="8mm"/>
          <fo:region-before extent="12mm"/>
          <fo:region-after extent="6mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:page-sequence master-reference="page">
        <fo:static-content flow-name="xsl-region-before">
          <fo:block font-size="11pt" font-weight="bold"><xsl:value-of select="title"/></fo:block>
          <fo:block color="#666666"><xsl:value-of select="subtitle"/></fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block text-align="end" color="#666666">
            <xsl:value-of select="generated"/> · <fo:page-number/>/<fo:page-number-citation ref-id="end"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
            <fo:table-column column-width="26mm"/>
            <fo:table-column column-width="18mm"/>
            <fo:table-column column-width="20mm"/>
            <fo:table-column column-width="70mm"/>
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-header>
              <fo:table-row font-weight="bold" background-color="#EEEEEE">
                <xsl:for-each select="columns/column">
                  <fo:table-cell padding="1mm"><fo:block><xsl:value-of select="."/></fo:block></fo:table-cell>
                </xsl:for-each>
              </fo:table-row>
            </fo:table-header>
            <fo:table-body>
              <xsl:for-each select="entry">
                <fo:table-row border-bottom="0.3pt solid #DDDDDD" keep-together.within-page="always">
                  <fo:table-cell padding="1mm"><fo:block><xsl:value-of select="@at"/></fo:block></fo:table-cell>
                  <fo:table-cell padding="1mm"><fo:block><xsl:value-of select="@actor"/></fo:block></fo:table-cell>
                  <fo:table-cell padding="1mm"><fo:block><xsl:value-of select="@source"/></fo:block></fo:table-cell>
                  <fo:table-cell padding="1mm"><fo:block wrap-option="wrap"><xsl:value-of select="what"/></fo:block></fo:table-cell>
                  <fo:table-cell padding="1mm"><fo:block wrap-option="wrap"><xsl:value-of select="details"/></fo:block></fo:table-cell>
                </fo:table-row>
              </xsl:for-each>
            </fo:table-body>
          </fo:table>
          <fo:block id="end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
