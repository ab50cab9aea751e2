package no.fakturaflyt.payment.bankfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * camt.054 files as banks write them, by hand after the standard (ISO 20022 message definitions of
 * camt.054.001.02 and .08), read by {@link Camt054Reader}; and files that must be rejected, each naming where.
 */
class Camt054ReaderTest {

    private static final String NS02 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02";
    private static final String NTFCTN = "Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]";

    private final Camt054Reader reader = new Camt054Reader();

    /** Counts every request anything makes to it, so that a test can prove that nothing was fetched. */
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak 'fetched'>".getBytes(UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    // ---------------------------------------------------------------- camt.054.001.02, a day's incoming payments

    private static final String DAY_02 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <BkToCstmrDbtCdtNtfctn>
                <GrpHdr>
                  <MsgId>DNB-CAMT054-20250310-0001</MsgId>
                  <CreDtTm>2025-03-10T06:15:00+01:00</CreDtTm>
                </GrpHdr>
                <Ntfctn>
                  <Id>NTF-20250310-1</Id>
                  <CreDtTm>2025-03-10T06:15:00+01:00</CreDtTm>
                  <Acct>
                    <Id><Othr><Id>12345678903</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id>
                    <Ccy>NOK</Ccy>
                  </Acct>
                  <TxsSummry>
                    <TtlNtries><NbOfNtries>6</NbOfNtries><Sum>9175.50</Sum></TtlNtries>
                    <TtlCdtNtries><NbOfNtries>4</NbOfNtries><Sum>8500.50</Sum></TtlCdtNtries>
                    <TtlDbtNtries><NbOfNtries>2</NbOfNtries><Sum>675.00</Sum></TtlDbtNtries>
                  </TxsSummry>
                  <Ntry>
                    <NtryRef>1</NtryRef>
                    <Amt Ccy="NOK">1250.00</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts>BOOK</Sts>
                    <BookgDt><Dt>2025-03-07</Dt></BookgDt>
                    <ValDt><Dt>2025-03-07</Dt></ValDt>
                    <AcctSvcrRef>20250307-000123</AcctSvcrRef>
                    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
                    <NtryDtls>
                      <TxDtls>
                        <Refs><AcctSvcrRef>50001234567</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                        <AmtDtls><TxAmt><Amt Ccy="NOK">1250.00</Amt></TxAmt></AmtDtls>
                        <RltdPties>
                          <Dbtr><Nm>Kari Nordmann</Nm></Dbtr>
                          <DbtrAcct><Id><Othr><Id>98765432106</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id></DbtrAcct>
                        </RltdPties>
                        <RmtInf>
                          <Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>12344</Ref></CdtrRefInf></Strd>
                        </RmtInf>
                      </TxDtls>
                    </NtryDtls>
                  </Ntry>
                  <Ntry>
                    <NtryRef>2</NtryRef>
                    <Amt Ccy="NOK">6000.50</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts>BOOK</Sts>
                    <BookgDt><Dt>2025-03-07</Dt></BookgDt>
                    <AcctSvcrRef>20250307-000124</AcctSvcrRef>
                    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
                    <NtryDtls>
                      <Btch><NbOfTxs>3</NbOfTxs><TtlAmt Ccy="NOK">6000.50</TtlAmt></Btch>
                      <TxDtls>
                        <Refs><AcctSvcrRef>50001234601</AcctSvcrRef></Refs>
                        <AmtDtls><TxAmt><Amt Ccy="NOK">1000.00</Amt></TxAmt></AmtDtls>
                        <RltdPties><Dbtr><Nm>Ola Hansen</Nm></Dbtr>
                          <DbtrAcct><Id><IBAN>NO9386011117947</IBAN></Id></DbtrAcct></RltdPties>
                        <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>0000100017</Ref>
                        </CdtrRefInf></Strd></RmtInf>
                      </TxDtls>
                      <TxDtls>
                        <Refs><AcctSvcrRef>50001234602</AcctSvcrRef></Refs>
                        <AmtDtls><TxAmt><Amt Ccy="NOK">2000.50</Amt></TxAmt></AmtDtls>
                        <RltdPties><Dbtr><Nm>Bygg og Rør AS</Nm></Dbtr></RltdPties>
                        <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>12343</Ref>
                        </CdtrRefInf></Strd></RmtInf>
                      </TxDtls>
                      <TxDtls>
                        <Refs><AcctSvcrRef>50001234603</AcctSvcrRef></Refs>
                        <AmtDtls><TxAmt><Amt Ccy="NOK">3000.00</Amt></TxAmt></AmtDtls>
                        <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>1234567-</Ref>
                        </CdtrRefInf></Strd></RmtInf>
                      </TxDtls>
                    </NtryDtls>
                  </Ntry>
                  <Ntry>
                    <NtryRef>3</NtryRef>
                    <Amt Ccy="NOK">500.00</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts>BOOK</Sts>
                    <BookgDt><DtTm>2025-03-07T23:30:00Z</DtTm></BookgDt>
                    <AcctSvcrRef>20250307-000125</AcctSvcrRef>
                    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                    <NtryDtls>
                      <TxDtls>
                        <RltdPties><Dbtr><Nm>Per Olsen</Nm></Dbtr></RltdPties>
                        <RmtInf><Ustrd>Faktura 2025-0042</Ustrd><Ustrd>takk for sist</Ustrd></RmtInf>
                      </TxDtls>
                    </NtryDtls>
                  </Ntry>
                  <Ntry>
                    <NtryRef>4</NtryRef>
                    <Amt Ccy="NOK">400.00</Amt>
                    <CdtDbtInd>DBIT</CdtDbtInd>
                    <Sts>BOOK</Sts>
                    <BookgDt><Dt>2025-03-07</Dt></BookgDt>
                    <AcctSvcrRef>20250307-000126</AcctSvcrRef>
                    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                    <NtryDtls><TxDtls><RltdPties><Cdtr><Nm>Strøm AS</Nm></Cdtr></RltdPties></TxDtls></NtryDtls>
                  </Ntry>
                  <Ntry>
                    <NtryRef>5</NtryRef>
                    <Amt Ccy="NOK">750.00</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts>PDNG</Sts>
                    <ValDt><Dt>2025-03-11</Dt></ValDt>
                    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
                    <NtryDtls><TxDtls>
                      <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>55559</Ref>
                      </CdtrRefInf></Strd></RmtInf>
                    </TxDtls></NtryDtls>
                  </Ntry>
                  <Ntry>
                    <NtryRef>6</NtryRef>
                    <Amt Ccy="NOK">275.00</Amt>
                    <CdtDbtInd>DBIT</CdtDbtInd>
                    <RvslInd>true</RvslInd>
                    <Sts>BOOK</Sts>
                    <BookgDt><Dt>2025-03-08</Dt></BookgDt>
                    <AcctSvcrRef>20250308-000007</AcctSvcrRef>
                    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>RRTN</SubFmlyCd></Fmly></Domn></BkTxCd>
                    <NtryDtls><TxDtls>
                      <RltdPties><Dbtr><Nm>Kari Nordmann</Nm></Dbtr></RltdPties>
                      <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>12344</Ref>
                      </CdtrRefInf></Strd></RmtInf>
                    </TxDtls></NtryDtls>
                  </Ntry>
                </Ntfctn>
              </BkToCstmrDbtCdtNtfctn>
            </Document>
            """;

    @Test
    void readsTheBookedIncomingPaymentsOfADayOneTransactionPerTxDtls() {
        BankFile file = reader.read(bytes(DAY_02));

        assertThat(file.format()).isEqualTo(BankFile.Format.CAMT054);
        assertThat(file.fileReference()).isEqualTo("DNB-CAMT054-20250310-0001");
        // 1 single payment + 3 of the batch + 1 without KID + 1 reversal; the debit and the pending credit skipped
        assertThat(file.transactions()).extracting(BankTransaction::reference).containsExactly(
                "50001234567", "50001234601", "50001234602", "50001234603", "20250307-000125", "20250308-000007");
        assertThat(file.total()).isEqualByComparingTo("8025.50");

        BankTransaction single = file.transactions().get(0);
        assertThat(single.amount()).isEqualTo(new BigDecimal("1250.00"));
        assertThat(single.kid()).isEqualTo("12344");
        assertThat(single.settledOn()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(single.reversal()).isFalse();
        assertThat(single.kind()).isEqualTo("PMNT/RCDT/VCOM");
        assertThat(single.payerName()).isEqualTo("Kari Nordmann");
        assertThat(single.payerAccount()).isEqualTo("98765432106");
        assertThat(single.message()).isNull();
        assertThat(single.location()).isEqualTo(NTFCTN + "/Ntry[1]/NtryDtls[1]/TxDtls[1]");
    }

    @Test
    void aBatchEntryBecomesOnePaymentPerTransactionWithItsOwnAmountAndKid() {
        List<BankTransaction> batch = reader.read(bytes(DAY_02)).transactions().subList(1, 4);

        assertThat(batch).extracting(BankTransaction::amount).containsExactly(
                new BigDecimal("1000.00"), new BigDecimal("2000.50"), new BigDecimal("3000.00"));
        assertThat(batch).extracting(BankTransaction::kid).containsExactly("0000100017", "12343", "1234567-");
        assertThat(batch).extracting(BankTransaction::payerName).containsExactly("Ola Hansen", "Bygg og Rør AS",
                null);
        assertThat(batch.get(0).payerAccount()).isEqualTo("NO9386011117947");
        assertThat(batch.get(2).location()).isEqualTo(NTFCTN + "/Ntry[2]/NtryDtls[1]/TxDtls[3]");
    }

    @Test
    void aPaymentWithoutKidKeepsItsMessageAndTheEntryReferenceAndIsDatedInOslo() {
        BankTransaction noKid = reader.read(bytes(DAY_02)).transactions().get(4);

        assertThat(noKid.kid()).isNull();
        assertThat(noKid.message()).isEqualTo("Faktura 2025-0042 takk for sist");
        assertThat(noKid.amount()).isEqualTo(new BigDecimal("500.00"));
        assertThat(noKid.kind()).isEqualTo("PMNT/RCDT/DMCT");
        // 23:30 UTC on the 7th is half past midnight on the 8th in Oslo
        assertThat(noKid.settledOn()).isEqualTo(LocalDate.of(2025, 3, 8));
    }

    @Test
    void aReversedCreditIsAReversalOfTheAmountItTakesBack() {
        BankTransaction reversal = reader.read(bytes(DAY_02)).transactions().get(5);

        assertThat(reversal.reversal()).isTrue();
        assertThat(reversal.amount()).isEqualTo(new BigDecimal("275.00"));
        assertThat(reversal.kid()).isEqualTo("12344");
        assertThat(reversal.settledOn()).isEqualTo(LocalDate.of(2025, 3, 8));
    }

    // ---------------------------------------------------------------- camt.054.001.08

    private static final String DAY_08 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
              <BkToCstmrDbtCdtNtfctn>
                <GrpHdr>
                  <MsgId>NDEA-054-8841</MsgId>
                  <CreDtTm>2025-03-10T07:00:00+01:00</CreDtTm>
                </GrpHdr>
                <Ntfctn>
                  <Id>8841-1</Id>
                  <CreDtTm>2025-03-10T07:00:00+01:00</CreDtTm>
                  <Acct><Id><IBAN>NO9386011117947</IBAN></Id><Ccy>NOK</Ccy></Acct>
                  <TxsSummry>
                    <TtlCdtNtries><NbOfNtries>2</NbOfNtries><Sum>1700.00</Sum></TtlCdtNtries>
                  </TxsSummry>
                  <Ntry>
                    <NtryRef>E-77</NtryRef>
                    <Amt Ccy="NOK">1500.00</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts><Cd>BOOK</Cd></Sts>
                    <ValDt><Dt>2025-03-09</Dt></ValDt>
                    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                    <NtryDtls>
                      <TxDtls>
                        <Refs><EndToEndId>E2E-1</EndToEndId><TxId>TX-1</TxId></Refs>
                        <Amt Ccy="NOK">1000.00</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd>
                        <RltdPties>
                          <Dbtr><Pty><Nm>Fjord Fisk AS</Nm></Pty></Dbtr>
                          <DbtrAcct><Id><IBAN>NO8330001234567</IBAN></Id></DbtrAcct>
                        </RltdPties>
                        <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>12344</Ref>
                        </CdtrRefInf></Strd></RmtInf>
                      </TxDtls>
                      <TxDtls>
                        <Refs><EndToEndId>E2E-2</EndToEndId></Refs>
                        <Amt Ccy="NOK">500.00</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd>
                        <RltdPties><Dbtr><Pty><Nm>Hav og Land</Nm></Pty></Dbtr></RltdPties>
                        <RmtInf><Ustrd>mars-leie</Ustrd></RmtInf>
                      </TxDtls>
                    </NtryDtls>
                  </Ntry>
                  <Ntry>
                    <Amt Ccy="NOK">200.00</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts><Cd>BOOK</Cd></Sts>
                    <BookgDt><Dt>2025-03-10</Dt></BookgDt>
                    <AcctSvcrRef>NDEA-9001</AcctSvcrRef>
                    <BkTxCd><Prtry><Cd>NETS-OCR</Cd></Prtry></BkTxCd>
                    <NtryDtls><TxDtls>
                      <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref> 12343 </Ref>
                      </CdtrRefInf></Strd></RmtInf>
                    </TxDtls></NtryDtls>
                  </Ntry>
                </Ntfctn>
              </BkToCstmrDbtCdtNtfctn>
            </Document>
            """;

    @Test
    void readsVersion08WithPartyChoiceStatusChoiceAndTransactionAmounts() {
        BankFile file = reader.read(bytes(DAY_08));

        assertThat(file.fileReference()).isEqualTo("NDEA-054-8841");
        assertThat(file.transactions()).extracting(BankTransaction::reference)
                .containsExactly("E-77/TX-1", "E-77/E2E-2", "NDEA-9001");
        assertThat(file.transactions()).extracting(BankTransaction::amount).containsExactly(
                new BigDecimal("1000.00"), new BigDecimal("500.00"), new BigDecimal("200.00"));
        assertThat(file.transactions()).extracting(BankTransaction::kid).containsExactly("12344", null, "12343");
        assertThat(file.transactions()).extracting(BankTransaction::payerName)
                .containsExactly("Fjord Fisk AS", "Hav og Land", null);
        assertThat(file.transactions().get(0).payerAccount()).isEqualTo("NO8330001234567");
        assertThat(file.transactions().get(0).settledOn()).isEqualTo(LocalDate.of(2025, 3, 9));
        assertThat(file.transactions().get(1).message()).isEqualTo("mars-leie");
        assertThat(file.transactions().get(2).kind()).isEqualTo("NETS-OCR");
        assertThat(file.total()).isEqualByComparingTo("1700.00");
    }

    @Test
    void version02IsValidatedAgainstTheIsoSchema() {
        assertThat(reader.validatesAgainstSchema("001.02")).isTrue();
        // the reader does not need BkTxCd, the ISO schema of .02 does: the schema is what rejects this one
        String noCode = DAY_02.replaceFirst(
                "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>",
                "");

        // the schema names what it expected where the entry went on without it
        assertRejected(noCode, NTFCTN + "/Ntry[1]/NtryDtls[1]", "schema of camt.054.001.02");
        assertThatThrownBy(() -> reader.read(bytes(noCode))).hasMessageContaining("BkTxCd");
    }

    /**
     * camt.054.001.08 as ISO 20022 publishes its schema: BkTxCd is mandatory in an entry (BankTransactionCodeStructure4,
     * minOccurs 1), which the reader itself does not need, so only the official schema can reject its absence. Before
     * the .08 schema was shipped this file was read and booked.
     */
    @Test
    void version08IsValidatedAgainstTheIsoSchema() {
        assertThat(reader.validatesAgainstSchema("001.08")).isTrue();
        String noCode = DAY_08.replace("<BkTxCd><Prtry><Cd>NETS-OCR</Cd></Prtry></BkTxCd>", "");

        assertRejected(noCode, NTFCTN + "/Ntry[2]/NtryDtls[1]", "schema of camt.054.001.08");
        // an element the .08 schema does not know in a transaction (Amt must come before CdtDbtInd in TxDtls)
        String misplaced = DAY_08.replaceFirst("(<Amt Ccy=\"NOK\">500.00</Amt>)(\\s*)(<CdtDbtInd>CRDT</CdtDbtInd>)",
                "$3$2$1");
        assertRejected(misplaced, NTFCTN + "/Ntry[1]/NtryDtls[1]/TxDtls[2]/Amt", "schema of camt.054.001.08");
    }

    private static final String DAY_06 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.06">
              <BkToCstmrDbtCdtNtfctn>
                <GrpHdr><MsgId>SB1-054-6-0007</MsgId><CreDtTm>2025-03-10T06:30:00+01:00</CreDtTm></GrpHdr>
                <Ntfctn>
                  <Id>6-0007</Id>
                  <CreDtTm>2025-03-10T06:30:00+01:00</CreDtTm>
                  <Acct><Id><IBAN>NO9386011117947</IBAN></Id><Ccy>NOK</Ccy></Acct>
                  <TxsSummry><TtlCdtNtries><NbOfNtries>1</NbOfNtries><Sum>980.00</Sum></TtlCdtNtries></TxsSummry>
                  <Ntry>
                    <Amt Ccy="NOK">980.00</Amt>
                    <CdtDbtInd>CRDT</CdtDbtInd>
                    <Sts>BOOK</Sts>
                    <BookgDt><Dt>2025-03-07</Dt></BookgDt>
                    <AcctSvcrRef>SB1-20250307-77</AcctSvcrRef>
                    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
                    <NtryDtls><TxDtls>
                      <Refs><AcctSvcrRef>SB1-77-1</AcctSvcrRef></Refs>
                      <Amt Ccy="NOK">980.00</Amt>
                      <CdtDbtInd>CRDT</CdtDbtInd>
                      <RltdPties><Dbtr><Nm>Liv Berg</Nm></Dbtr></RltdPties>
                      <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>12343</Ref>
                      </CdtrRefInf></Strd></RmtInf>
                    </TxDtls></NtryDtls>
                  </Ntry>
                </Ntfctn>
              </BkToCstmrDbtCdtNtfctn>
            </Document>
            """;

    /**
     * camt.054.001.06 and .05 share a shape: Sts is still a plain code, the party is Dbtr/Nm. The .06 notification,
     * and the same in the .05 namespace, are read alike and validated against ISO's schema of their own version,
     * which refuses the .07-on status choice.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"06", "05"})
    void versions05And06AreReadAndValidatedAgainstTheIsoSchema(String version) {
        assertThat(reader.validatesAgainstSchema("001." + version)).isTrue();
        String day = DAY_06.replace("camt.054.001.06", "camt.054.001." + version);
        assertThat(day).contains("camt.054.001." + version);

        BankFile file = reader.read(bytes(day));
        assertThat(file.transactions()).extracting(BankTransaction::reference, BankTransaction::kid,
                BankTransaction::payerName).containsExactly(org.assertj.core.groups.Tuple.tuple("SB1-77-1", "12343",
                        "Liv Berg"));
        assertRejected(day.replace("<Sts>BOOK</Sts>", "<Sts><Cd>BOOK</Cd></Sts>"), NTFCTN + "/Ntry[1]/Sts",
                "schema of camt.054.001." + version);
    }

    /**
     * camt.054.001.07 introduced what .08 keeps (Sts a choice, the party a choice of Pty or Agt): the .08 notification
     * in the .07 namespace is read alike and validated against ISO's .07 schema, which refuses a plain status code.
     */
    @Test
    void version07IsReadAndValidatedAgainstTheIsoSchema() {
        assertThat(reader.validatesAgainstSchema("001.07")).isTrue();
        String day07 = DAY_08.replace("camt.054.001.08", "camt.054.001.07");
        assertThat(day07).contains("camt.054.001.07").doesNotContain("camt.054.001.08");

        BankFile file = reader.read(bytes(day07));
        assertThat(file.transactions()).extracting(BankTransaction::reference).containsExactly("E-77/TX-1",
                "E-77/E2E-2", "NDEA-9001");
        assertThat(file.transactions()).extracting(BankTransaction::kid).containsExactly("12344", null, "12343");
        assertThat(file.total()).isEqualByComparingTo("1700.00");
        assertRejected(day07.replaceFirst("<Sts><Cd>BOOK</Cd></Sts>", "<Sts>BOOK</Sts>"), NTFCTN + "/Ntry[1]/Sts",
                "schema of camt.054.001.07");
    }

    /**
     * Each shipped schema is the file its README names, byte for byte: the SHA-256 in the table is computed again
     * here, so a schema swapped or edited in the source tree fails the build.
     */
    @Test
    void theShippedSchemasAreTheFilesTheReadmeRecords() throws Exception {
        String readme;
        try (var in = Camt054Schemas.class.getResourceAsStream("iso20022/README.md")) {
            readme = new String(in.readAllBytes(), UTF_8);
        }
        java.util.regex.Matcher row = java.util.regex.Pattern
                .compile("\\| (camt\\.054\\.001\\.\\d\\d)\\.xsd \\| [^|]+ \\| ([0-9a-f]{64}) \\|").matcher(readme);
        java.util.Map<String, String> recorded = new java.util.TreeMap<>();
        while (row.find()) {
            recorded.put(row.group(1), row.group(2));
        }
        assertThat(recorded).containsOnlyKeys("camt.054.001.02", "camt.054.001.03", "camt.054.001.04",
                "camt.054.001.05", "camt.054.001.06", "camt.054.001.07", "camt.054.001.08");
        for (var entry : recorded.entrySet()) {
            byte[] xsd;
            try (var in = Camt054Schemas.class.getResourceAsStream("iso20022/" + entry.getKey() + ".xsd")) {
                xsd = in.readAllBytes();
            }
            String sha = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(xsd));
            assertThat(sha).as(entry.getKey()).isEqualTo(entry.getValue());
            assertThat(reader.validatesAgainstSchema(entry.getKey().substring("camt.054.".length()))).isTrue();
        }
    }

    // ---------------------------------------------------------------- control figures of entries we never book

    /**
     * The outgoing payment of DAY_02 (entry 4, a debit we never book) as a batch of two transfers whose figures
     * disagree: the batch says 3 transactions, and the two add up to 390.00, not the entry's 400.00.
     */
    private static final String DEBIT_BATCH = """
                    <NtryDtls>
                      <Btch><NbOfTxs>3</NbOfTxs></Btch>
                      <TxDtls><Refs><EndToEndId>UT-1</EndToEndId></Refs>
                        <AmtDtls><TxAmt><Amt Ccy="NOK">250.00</Amt></TxAmt></AmtDtls>
                        <RltdPties><Cdtr><Nm>Strøm AS</Nm></Cdtr></RltdPties></TxDtls>
                      <TxDtls><Refs><EndToEndId>UT-2</EndToEndId></Refs>
                        <AmtDtls><TxAmt><Amt Ccy="NOK">140.00</Amt></TxAmt></AmtDtls>
                        <RltdPties><Cdtr><Nm>Nett AS</Nm></Cdtr></RltdPties></TxDtls>
                    </NtryDtls>""";

    @Test
    void aDebitBatchWhoseFiguresDisagreeDoesNotStopTheCreditsAndIsNamedEntryByEntry() {
        String file = DAY_02.replace(
                "<NtryDtls><TxDtls><RltdPties><Cdtr><Nm>Strøm AS</Nm></Cdtr></RltdPties></TxDtls></NtryDtls>",
                DEBIT_BATCH);

        BankFile read = reader.read(bytes(file));

        // every credit and the reversal are read as without the debit batch
        assertThat(read.transactions()).extracting(BankTransaction::reference).containsExactly("50001234567",
                "50001234601", "50001234602", "50001234603", "20250307-000125", "20250308-000007");
        assertThat(read.findings()).extracting(BankFile.Finding::location).containsExactly(
                NTFCTN + "/Ntry[4]/NtryDtls[1]/Btch/NbOfTxs", NTFCTN + "/Ntry[4]/Amt");
        assertThat(read.findings().get(0).message()).startsWith(
                "control count does not match: the batch says 3 transactions, it has 2");
        assertThat(read.findings().get(1).message()).startsWith(
                "the entry's amount 400.00 is not the sum of its 2 transactions, 390.00");
    }

    @Test
    void theSameDisagreementInACreditBatchStillRejectsTheWholeFile() {
        String file = DAY_02.replace("<Btch><NbOfTxs>3</NbOfTxs>", "<Btch><NbOfTxs>4</NbOfTxs>");

        assertRejected(file, NTFCTN + "/Ntry[2]/NtryDtls[1]/Btch/NbOfTxs",
                "the batch says 4 transactions, it has 3");
    }

    @Test
    void theDebitTotalIsAFindingOnlyWhileNoDebitIsBookedHere() {
        // DAY_02's debits are the outgoing payment (never booked) and a reversed credit (booked): a wrong debit
        // total could hide a wrong reversal, so it rejects the file
        String wrongDebitSum = DAY_02.replace("<Sum>675.00</Sum>", "<Sum>775.00</Sum>");
        assertRejected(wrongDebitSum, NTFCTN + "/TxsSummry/TtlDbtNtries/Sum",
                "control sum does not match: expected 775.00, the entries add up to 675.00");

        // without the reversal (and with the totals over all entries corrected), only the outgoing payment is a debit
        String reversal = DAY_02.substring(DAY_02.indexOf("      <Ntry>\n        <NtryRef>6</NtryRef>"),
                DAY_02.indexOf("    </Ntfctn>"));
        String noReversal = DAY_02.replace(reversal, "")
                .replace("<TtlNtries><NbOfNtries>6</NbOfNtries><Sum>9175.50</Sum></TtlNtries>",
                        "<TtlNtries><NbOfNtries>5</NbOfNtries><Sum>8900.50</Sum></TtlNtries>")
                .replace("<TtlDbtNtries><NbOfNtries>2</NbOfNtries><Sum>675.00</Sum></TtlDbtNtries>",
                        "<TtlDbtNtries><NbOfNtries>1</NbOfNtries><Sum>500.00</Sum></TtlDbtNtries>");

        BankFile read = reader.read(bytes(noReversal));

        assertThat(read.transactions()).hasSize(5);
        assertThat(read.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(NTFCTN + "/TxsSummry/TtlDbtNtries/Sum");
            assertThat(f.message()).startsWith("control sum does not match: expected 500.00, the entries add up to "
                    + "400.00");
        });
    }

    // ---------------------------------------------------------------- hostile XML

    @Test
    void anXxeEntityReadingALocalFileIsRefusedAndNothingOfTheFileShows(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PASSWORD");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY xxe SYSTEM "%s">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">
                  <BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>&xxe;</MsgId></GrpHdr></BkToCstmrDbtCdtNtfctn>
                </Document>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> reader.read(bytes(xxe)))
                .isInstanceOf(BankFileException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void anExternalDtdIsRefusedWithoutBeingFetched() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE Document SYSTEM "%s">
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn/></Document>
                """.formatted(url);
        String parameterEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY %% remote SYSTEM "%s"> %%remote;]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn/></Document>
                """.formatted(url);

        assertRejected(external, "line 2, column 10", "DOCTYPE declaration is not allowed");
        assertRejected(parameterEntity, "line 2, column 10", "DOCTYPE declaration is not allowed");
        assertThat(requests).as("requests the parser made to the DTD's server").hasValue(0);
    }

    @Test
    void aBillionLaughsFileIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [" + dtd + "]>\n"
                + "<Document xmlns=\"" + NS02 + "\"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>&lol9;</MsgId>"
                + "</GrpHdr></BkToCstmrDbtCdtNtfctn></Document>";

        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertRejected(bomb, "line 2, column 10", "DOCTYPE declaration is not allowed"));
    }

    // ---------------------------------------------------------------- broken files

    @Test
    void anEmptyFileIsRejected() {
        assertThatThrownBy(() -> reader.read(new byte[0]))
                .isInstanceOf(BankFileException.class)
                .hasMessageContaining("empty (0 bytes)");
    }

    @Test
    void aFileThatIsNotXmlIsRejectedWithWhere() {
        String ocr = "NY000010000080050001234000000000000000000000000000000000000000000000000000000000\n";

        assertRejected(ocr, "line 1, column 1", "not well-formed XML");
    }

    @Test
    void anotherIsoMessageOrAnUnreadVersionIsNotACamt054() {
        String statement = DAY_02.replace(NS02, "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02");
        String tooOld = DAY_02.replace(NS02, "urn:iso:std:iso:20022:tech:xsd:camt.054.001.01");
        String noNamespace = DAY_02.replace(" xmlns=\"" + NS02 + "\"", "");

        assertRejected(statement, "Document",
                "not a camt.054 document that can be read: namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.02");
        assertRejected(tooOld, "Document", "namespace urn:iso:std:iso:20022:tech:xsd:camt.054.001.01");
        assertRejected(noNamespace, "Document", "namespace (none)");
    }

    @Test
    void aWrongRootElementIsRejected() {
        String wrongRoot = """
                <?xml version="1.0"?>
                <Notification xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"/>
                """;

        assertRejected(wrongRoot, "Notification", "the root element is Notification, not Document");
    }

    @Test
    void anEntryWithoutAmountIsRejectedNamingIt() {
        String noAmount = DAY_02.replace("<Amt Ccy=\"NOK\">500.00</Amt>", "");

        assertRejected(noAmount, NTFCTN + "/Ntry[3]/Amt", "missing");
    }

    @Test
    void aPaymentInAnotherCurrencyIsRejectedNamingTheAmount() {
        String euro = DAY_08.replace("<Amt Ccy=\"NOK\">200.00</Amt>", "<Amt Ccy=\"EUR\">200.00</Amt>");

        assertRejected(euro, NTFCTN + "/Ntry[2]/Amt", "only NOK can be booked, this amount is in EUR");
    }

    @Test
    void amountsWithMoreThanTwoDecimalsOrNotAboveZeroAreRejected() {
        String fraction = DAY_08.replace("<Amt Ccy=\"NOK\">200.00</Amt>", "<Amt Ccy=\"NOK\">200.005</Amt>");
        String zero = DAY_08.replace("<Amt Ccy=\"NOK\">200.00</Amt>", "<Amt Ccy=\"NOK\">0.00</Amt>");

        assertRejected(fraction, NTFCTN + "/Ntry[2]/Amt", "at most two decimals");
        assertRejected(zero, NTFCTN + "/Ntry[2]/Amt", "above zero");
    }

    @Test
    void controlFiguresThatDisagreeWithTheEntriesAreRejectedWithExpectedAndFound() {
        String wrongSum = DAY_02.replace("<Sum>8500.50</Sum>", "<Sum>8400.50</Sum>");
        String wrongCount = DAY_02.replace("<NbOfNtries>6</NbOfNtries>", "<NbOfNtries>7</NbOfNtries>");
        String wrongBatch = DAY_02.replace("<Amt Ccy=\"NOK\">6000.50</Amt>", "<Amt Ccy=\"NOK\">6100.50</Amt>")
                .replace("<Sum>8500.50</Sum>", "<Sum>8600.50</Sum>").replace("<Sum>9175.50</Sum>", "<Sum>9275.50</Sum>");

        assertRejected(wrongSum, NTFCTN + "/TxsSummry/TtlCdtNtries/Sum",
                "control sum does not match: expected 8400.50, the entries add up to 8500.50");
        assertRejected(wrongCount, NTFCTN + "/TxsSummry/TtlNtries/NbOfNtries",
                "the file says 7 entries, it has 6");
        assertRejected(wrongBatch, NTFCTN + "/Ntry[2]/Amt",
                "the entry's amount 6100.50 is not the sum of its 3 transactions, 6000.50");
    }

    @Test
    void aBatchTransactionWithoutItsOwnAmountIsRejected() {
        String missing = DAY_08.replace("<Amt Ccy=\"NOK\">500.00</Amt>", "");

        assertRejected(missing, NTFCTN + "/Ntry[1]/NtryDtls[1]/TxDtls[2]/AmtDtls/TxAmt/Amt",
                "each transaction of a batch entry needs its own amount");
    }

    @Test
    void twoTransactionsWithTheSameBankReferenceAreRejected() {
        String twice = DAY_02.replace("<AcctSvcrRef>50001234602</AcctSvcrRef>",
                "<AcctSvcrRef>50001234601</AcctSvcrRef>");

        assertRejected(twice, NTFCTN + "/Ntry[2]/NtryDtls[1]/TxDtls[2]",
                "the bank reference 50001234601 is also used by " + NTFCTN + "/Ntry[2]/NtryDtls[1]/TxDtls[1]");
    }

    private void assertRejected(String xml, String location, String message) {
        assertThatThrownBy(() -> reader.read(bytes(xml)))
                .isInstanceOf(BankFileException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((BankFileException) e).getLocation()).isEqualTo(location));
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(UTF_8);
    }
}
