package no.fakturaflyt.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A SAF-T standard tax code for sales, its rate and the accounts it posts to. */
@Entity
@Table(name = "vat_code")
public class VatCode {

    @Id
    private String code;
    private String description;
    private BigDecimal rate;
    private Integer outputVatAccount;
    private Integer revenueAccount;
    private boolean reverseCharge;
    /** Why a line with this code carries no VAT, as the invoice prints it; null for the codes with VAT. */
    private String documentNoteNb;
    private String documentNoteEn;

    protected VatCode() {
    }

    public String getCode() { return code; }
    public String getDescription() { return description; }
    public BigDecimal getRate() { return rate; }
    public Integer getOutputVatAccount() { return outputVatAccount; }
    public Integer getRevenueAccount() { return revenueAccount; }
    public boolean isReverseCharge() { return reverseCharge; }

    /** The note an invoice line with this code prints, in "en" or else Norwegian; null when there is none. */
    public String documentNote(String language) {
        return "en".equals(language) ? documentNoteEn : documentNoteNb;
    }
}
