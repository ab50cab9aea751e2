<?xml version="1.0" encoding="UTF-8"?>
<!--
  Reminder (purring) and collection notice (inkassovarsel) layout (XSL-FO, A4) for Apache FOP, in the style of
  invoice-fo.xsl. Input: the XML written by no.fakturaflyt.document.ReminderXmlWriter. Everything is formatted and
  chosen there (amounts, dates, texts with their placeholders filled in); this stylesheet only places it.
  Labels come in /document/labels/label[@key].
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:key name="label" match="/document/labels/label" use="@key"/>

  <!-- When this document is part of a longer one (a reminder with the copy of its invoice): the number of the
       pages before it, the pages of the whole, and a stamp printed on top of every page (e.g. "KOPI - PURRING"). -->
  <xsl:param name="pages-before" select="0"/>
  <xsl:param name="pages-total" select="''"/>
  <xsl:param name="copy-stamp" select="''"/>

  <xsl:variable name="text-color">#222222</xsl:variable>
  <xsl:variable name="muted-color">#666666</xsl:variable>
  <xsl:variable name="rule-color">#999999</xsl:variable>
  <xsl:variable name="light-rule-color">#DDDDDD</xsl:variable>
  <xsl:variable name="header-background">#EEEEEE</xsl:variable>

  <xsl:attribute-set name="a4">
    <xsl:attribute name="page-height">297mm</xsl:attribute>
    <xsl:attribute name="page-width">210mm</xsl:attribute>
    <xsl:attribute name="margin-top">8mm</xsl:attribute>
    <xsl:attribute name="margin-bottom">8mm</xsl:attribute>
    <xsl:attribute name="margin-left">18mm</xsl:attribute>
    <xsl:attribute name="margin-right">18mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/document">
    <fo:root font-family="Liberation Sans" font-size="9pt" line-height="1.3" color="{$text-color}"
        language="{@lang}" hyphenate="false">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="first" xsl:use-attribute-sets="a4">
          <fo:region-body margin-top="17mm" margin-bottom="17mm"/>
          <fo:region-before extent="15mm" region-name="header-first"/>
          <fo:region-after extent="13mm"/>
        </fo:simple-page-master>
        <fo:simple-page-master master-name="rest" xsl:use-attribute-sets="a4">
          <fo:region-body margin-top="17mm" margin-bottom="17mm"/>
          <fo:region-before extent="15mm" region-name="header-rest"/>
          <fo:region-after extent="13mm"/>
        </fo:simple-page-master>
        <fo:page-sequence-master master-name="pages">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="first" page-position="first"/>
            <fo:conditional-page-master-reference master-reference="rest" page-position="rest"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </fo:layout-master-set>

      <fo:page-sequence master-reference="pages" id="document-pages" initial-page-number="{$pages-before + 1}">
        <fo:static-content flow-name="header-first">
          <fo:block/>
        </fo:static-content>
        <fo:static-content flow-name="header-rest">
          <fo:block font-size="7.5pt" color="{$muted-color}" text-align="end" space-before="1mm">
            <xsl:value-of select="title"/>
            <xsl:text>  ·  </xsl:text>
            <xsl:value-of select="buyer/name"/>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <xsl:call-template name="page-footer"/>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="heading"/>
          <xsl:apply-templates select="intro"/>
          <xsl:apply-templates select="items"/>
          <fo:table table-layout="fixed" width="100%" space-before="6mm" keep-together.within-page="always">
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-column column-width="90mm"/>
            <fo:table-body>
              <fo:table-row>
                <fo:table-cell><fo:block/></fo:table-cell>
                <fo:table-cell><xsl:apply-templates select="totals"/></fo:table-cell>
              </fo:table-row>
            </fo:table-body>
          </fo:table>
          <xsl:apply-templates select="closing"/>
          <xsl:apply-templates select="payment"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- ===== every page: footer with the seller and the page number ===== -->

  <xsl:template name="page-footer">
    <fo:block border-top="0.5pt solid {$rule-color}" font-size="7.5pt" color="{$muted-color}">
      <fo:table table-layout="fixed" width="100%">
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-column column-width="28mm"/>
        <fo:table-body>
          <fo:table-row>
            <fo:table-cell padding-top="1.5mm">
              <fo:block linefeed-treatment="preserve"><xsl:value-of select="seller/footer"/>
                <xsl:if test="seller/footerPhone">
                  <xsl:text>  ·  </xsl:text>
                  <fo:inline keep-together.within-line="always" wrap-option="no-wrap"><xsl:value-of select="seller/footerPhone"/></fo:inline>
                </xsl:if>
              </fo:block>
            </fo:table-cell>
            <fo:table-cell padding-top="1.5mm">
              <fo:block text-align="end" wrap-option="no-wrap">
                <xsl:value-of select="key('label', 'page')"/>
                <xsl:text> </xsl:text>
                <fo:page-number/>
                <xsl:text> </xsl:text>
                <xsl:value-of select="key('label', 'pageOf')"/>
                <xsl:text> </xsl:text>
                <xsl:choose>
                  <xsl:when test="string($pages-total) != ''"><xsl:value-of select="$pages-total"/></xsl:when>
                  <xsl:otherwise><fo:page-number-citation-last ref-id="document-pages"/></xsl:otherwise>
                </xsl:choose>
              </fo:block>
            </fo:table-cell>
          </fo:table-row>
        </fo:table-body>
      </fo:table>
    </fo:block>
  </xsl:template>

  <!-- ===== first page heading: seller and title, then buyer and the document facts ===== -->

  <xsl:template name="heading">
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="82mm"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell padding-right="6mm">
            <xsl:apply-templates select="seller"/>
          </fo:table-cell>
          <fo:table-cell>
            <fo:block font-size="20pt" font-weight="bold" text-align="end" line-height="1.1">
              <xsl:value-of select="title"/>
            </fo:block>
            <xsl:if test="subtitle">
              <fo:block font-size="14pt" font-weight="bold" text-align="end" space-before="1mm">
                <xsl:value-of select="subtitle"/>
              </fo:block>
            </xsl:if>
          </fo:table-cell>
        </fo:table-row>
        <fo:table-row>
          <fo:table-cell padding-top="8mm" padding-right="6mm">
            <xsl:apply-templates select="buyer"/>
          </fo:table-cell>
          <fo:table-cell padding-top="8mm">
            <xsl:apply-templates select="meta"/>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="seller">
    <xsl:if test="logo">
      <fo:block space-after="2mm" line-height="1">
        <fo:external-graphic src="url('{logo}')" width="40mm" height="20mm"
            content-width="scale-down-to-fit" content-height="scale-down-to-fit" scaling="uniform"/>
      </fo:block>
    </xsl:if>
    <fo:block font-size="11pt" font-weight="bold"><xsl:value-of select="name"/></fo:block>
    <xsl:for-each select="line">
      <fo:block><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
    <xsl:if test="org">
      <fo:block space-before="1mm"><xsl:value-of select="org"/></fo:block>
    </xsl:if>
    <xsl:if test="foretaksregisteret">
      <fo:block><xsl:value-of select="foretaksregisteret"/></fo:block>
    </xsl:if>
    <xsl:if test="phone or email">
      <fo:block space-before="1mm" color="{$muted-color}">
        <xsl:value-of select="phone"/>
        <xsl:if test="phone and email"><fo:leader leader-pattern="space" leader-length="4mm"/></xsl:if>
        <xsl:value-of select="email"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="buyer">
    <fo:block font-size="7.5pt" color="{$muted-color}" space-after="0.5mm">
      <xsl:value-of select="heading"/>
    </fo:block>
    <fo:block font-size="10pt" font-weight="bold"><xsl:value-of select="name"/></fo:block>
    <xsl:for-each select="line">
      <fo:block font-size="10pt"><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
    <xsl:if test="org">
      <fo:block space-before="1mm"><xsl:value-of select="org"/></fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="meta">
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="38mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <xsl:for-each select="item">
          <fo:table-row>
            <fo:table-cell padding-bottom="0.6mm">
              <fo:block color="{$muted-color}"><xsl:value-of select="@label"/></fo:block>
            </fo:table-cell>
            <fo:table-cell padding-bottom="0.6mm">
              <fo:block text-align="end">
                <xsl:if test="@emphasis = 'true'">
                  <xsl:attribute name="font-weight">bold</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="."/>
              </fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- ===== the letter: paragraphs above and below the amounts ===== -->

  <xsl:template match="intro">
    <fo:block space-before="8mm" font-size="9.5pt">
      <xsl:apply-templates select="p"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="closing">
    <fo:block space-before="6mm" keep-together.within-page="always">
      <xsl:apply-templates select="p"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="p">
    <fo:block space-after="1.8mm" linefeed-treatment="preserve">
      <xsl:if test="@emphasis = 'true'">
        <xsl:attribute name="font-weight">bold</xsl:attribute>
      </xsl:if>
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <!-- ===== the overdue invoices: header repeated on every page ===== -->

  <xsl:template match="items">
    <fo:block space-before="5mm" font-size="7.5pt" color="{$muted-color}" text-align="end"
        keep-with-next.within-page="always">
      <xsl:value-of select="@amountsIn"/>
    </fo:block>
    <fo:table table-layout="fixed" width="100%" space-before="0.8mm">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="26mm"/>
      <fo:table-column column-width="26mm"/>
      <fo:table-column column-width="32mm"/>
      <fo:table-column column-width="32mm"/>
      <fo:table-header>
        <fo:table-row font-weight="bold" font-size="8pt" background-color="{$header-background}">
          <xsl:call-template name="header-cell">
            <xsl:with-param name="text" select="key('label', 'reminder.item.invoiceNumber')"/>
            <xsl:with-param name="align">start</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="header-cell">
            <xsl:with-param name="text" select="key('label', 'reminder.item.invoiceDate')"/>
          </xsl:call-template>
          <xsl:call-template name="header-cell">
            <xsl:with-param name="text" select="key('label', 'reminder.item.dueDate')"/>
          </xsl:call-template>
          <xsl:call-template name="header-cell">
            <xsl:with-param name="text" select="key('label', 'reminder.item.original')"/>
          </xsl:call-template>
          <xsl:call-template name="header-cell">
            <xsl:with-param name="text" select="key('label', 'reminder.item.outstanding')"/>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="item">
          <fo:table-row>
            <fo:table-cell xsl:use-attribute-sets="line-cell">
              <fo:block><xsl:value-of select="invoiceNumber"/></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="line-cell">
              <fo:block text-align="end"><xsl:value-of select="invoiceDate"/></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="line-cell">
              <fo:block text-align="end"><xsl:value-of select="dueDate"/></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="line-cell">
              <fo:block text-align="end"><xsl:value-of select="original"/></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="line-cell">
              <fo:block text-align="end"><xsl:value-of select="outstanding"/></fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:attribute-set name="line-cell">
    <xsl:attribute name="padding-top">0.9mm</xsl:attribute>
    <xsl:attribute name="padding-bottom">0.9mm</xsl:attribute>
    <xsl:attribute name="padding-left">1mm</xsl:attribute>
    <xsl:attribute name="padding-right">1mm</xsl:attribute>
    <xsl:attribute name="border-bottom">0.5pt solid <xsl:value-of select="$light-rule-color"/></xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="header-cell">
    <xsl:param name="text"/>
    <xsl:param name="align">end</xsl:param>
    <fo:table-cell padding="1.2mm 1mm" border-bottom="0.75pt solid {$rule-color}">
      <fo:block text-align="{$align}"><xsl:value-of select="$text"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- ===== totals (right) ===== -->

  <xsl:template match="totals">
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="34mm"/>
      <fo:table-body>
        <xsl:for-each select="row">
          <xsl:choose>
            <xsl:when test="@grand = 'true'">
              <fo:table-row font-weight="bold" font-size="11pt">
                <fo:table-cell padding-top="1.5mm" padding-bottom="1.5mm" padding-left="1mm"
                    border-top="1pt solid {$text-color}" border-bottom="1pt solid {$text-color}">
                  <fo:block><xsl:value-of select="@label"/></fo:block>
                </fo:table-cell>
                <fo:table-cell padding-top="1.5mm" padding-bottom="1.5mm" padding-right="1mm"
                    border-top="1pt solid {$text-color}" border-bottom="1pt solid {$text-color}">
                  <fo:block text-align="end" wrap-option="no-wrap"><xsl:value-of select="."/></fo:block>
                </fo:table-cell>
              </fo:table-row>
            </xsl:when>
            <xsl:otherwise>
              <fo:table-row>
                <fo:table-cell padding-top="1mm" padding-bottom="1mm" padding-left="1mm">
                  <fo:block><xsl:value-of select="@label"/></fo:block>
                </fo:table-cell>
                <fo:table-cell padding-top="1mm" padding-bottom="1mm" padding-right="1mm">
                  <fo:block text-align="end"><xsl:value-of select="."/></fo:block>
                </fo:table-cell>
              </fo:table-row>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- ===== payment information ===== -->

  <xsl:template match="payment">
    <fo:table table-layout="fixed" width="100%" space-before="8mm" keep-together.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell border="0.75pt solid {$rule-color}" padding="2.5mm">
            <fo:block font-weight="bold" font-size="9.5pt" space-after="2mm">
              <xsl:value-of select="@heading"/>
            </fo:block>
            <fo:table table-layout="fixed" width="100%">
              <xsl:for-each select="item[@emphasis = 'true']">
                <!-- room for a 25-digit KID at 11pt -->
                <xsl:variable name="weight">
                  <xsl:choose>
                    <xsl:when test="@key = 'kid' or @key = 'message'">1.7</xsl:when>
                    <xsl:when test="@key = 'amount'">1.1</xsl:when>
                    <xsl:when test="@key = 'dueDate'">0.8</xsl:when>
                    <xsl:otherwise>1</xsl:otherwise>
                  </xsl:choose>
                </xsl:variable>
                <fo:table-column column-width="proportional-column-width({$weight})"/>
              </xsl:for-each>
              <fo:table-body>
                <fo:table-row>
                  <xsl:for-each select="item[@emphasis = 'true']">
                    <fo:table-cell padding-right="2mm">
                      <fo:block font-size="7.5pt" color="{$muted-color}"><xsl:value-of select="@label"/></fo:block>
                      <fo:block font-size="11pt" font-weight="bold"><xsl:value-of select="."/></fo:block>
                    </fo:table-cell>
                  </xsl:for-each>
                </fo:table-row>
              </fo:table-body>
            </fo:table>
            <xsl:if test="item[not(@emphasis = 'true')]">
              <fo:block space-before="2mm">
                <xsl:for-each select="item[not(@emphasis = 'true')]">
                  <xsl:if test="position() > 1"><fo:leader leader-pattern="space" leader-length="8mm"/></xsl:if>
                  <fo:inline color="{$muted-color}"><xsl:value-of select="@label"/></fo:inline>
                  <xsl:text> </xsl:text>
                  <xsl:value-of select="."/>
                </xsl:for-each>
              </fo:block>
            </xsl:if>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

</xsl:stylesheet>
