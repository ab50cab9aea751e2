package no.fakturaflyt.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "voucher_line")
public class VoucherLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int lineNo;
    private int accountNumber;
    private BigDecimal debit;
    private BigDecimal credit;
    private String vatCode;
    private Long customerId;
    private String description;

    protected VoucherLine() {
    }

    /** A line booked on {@code accountNumber}, the company's account for the one the posting asked for. */
    VoucherLine(int lineNo, int accountNumber, PostingLine posting) {
        this.lineNo = lineNo;
        this.accountNumber = accountNumber;
        this.debit = posting.debit();
        this.credit = posting.credit();
        this.vatCode = posting.vatCode();
        this.customerId = posting.customerId();
        this.description = posting.description();
    }

    public int getLineNo() { return lineNo; }
    public int getAccountNumber() { return accountNumber; }
    public BigDecimal getDebit() { return debit; }
    public BigDecimal getCredit() { return credit; }
    public String getVatCode() { return vatCode; }
    public Long getCustomerId() { return customerId; }
    public String getDescription() { return description; }
}
