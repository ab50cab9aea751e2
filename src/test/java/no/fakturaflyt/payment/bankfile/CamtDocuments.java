package no.fakturaflyt.payment.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** camt.054.001.02 documents as a bank writes them, one booked credit entry per payment, for the import tests. */
final class CamtDocuments {

    record Credit(String reference, String amount, String kid, String payer, String message) {
    }

    private CamtDocuments() {
    }

    static byte[] of(String messageId, LocalDate booked, List<Credit> credits) {
        BigDecimal sum = credits.stream().map(c -> new BigDecimal(c.amount())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        StringBuilder entries = new StringBuilder();
        int n = 0;
        for (Credit c : credits) {
            n++;
            entries.append("""
                    <Ntry>
                      <NtryRef>%d</NtryRef>
                      <Amt Ccy="NOK">%s</Amt>
                      <CdtDbtInd>CRDT</CdtDbtInd>
                      <Sts>BOOK</Sts>
                      <BookgDt><Dt>%s</Dt></BookgDt>
                      <AcctSvcrRef>E-%s</AcctSvcrRef>
                      <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
                      <NtryDtls>
                        <TxDtls>
                          <Refs><AcctSvcrRef>%s</AcctSvcrRef></Refs>
                          <AmtDtls><TxAmt><Amt Ccy="NOK">%s</Amt></TxAmt></AmtDtls>
                          %s
                          <RmtInf>%s%s</RmtInf>
                        </TxDtls>
                      </NtryDtls>
                    </Ntry>
                    """.formatted(n, c.amount(), booked, c.reference(), c.reference(), c.amount(),
                    c.payer() == null ? "" : "<RltdPties><Dbtr><Nm>" + c.payer() + "</Nm></Dbtr></RltdPties>",
                    c.message() == null ? "" : "<Ustrd>" + c.message() + "</Ustrd>",
                    c.kid() == null ? "" : "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>"
                            + c.kid() + "</Ref></CdtrRefInf></Strd>"));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>%s</MsgId><CreDtTm>%sT06:00:00+01:00</CreDtTm></GrpHdr>
                    <Ntfctn>
                      <Id>N-%s</Id>
                      <CreDtTm>%sT06:00:00+01:00</CreDtTm>
                      <Acct><Id><Othr><Id>12345678903</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr></Id><Ccy>NOK</Ccy></Acct>
                      <TxsSummry>
                        <TtlNtries><NbOfNtries>%d</NbOfNtries><Sum>%s</Sum></TtlNtries>
                        <TtlCdtNtries><NbOfNtries>%d</NbOfNtries><Sum>%s</Sum></TtlCdtNtries>
                      </TxsSummry>
                %s    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>
                """.formatted(messageId, booked, messageId, booked, n, sum.toPlainString(), n, sum.toPlainString(),
                entries).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
