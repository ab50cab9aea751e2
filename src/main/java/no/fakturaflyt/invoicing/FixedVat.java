package no.fakturaflyt.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** The VAT of one rate of a credit note that credits what is left of an invoice: what is left of that rate's VAT. */
@Embeddable
class FixedVat {

    @Column(name = "vat_rate")
    private BigDecimal rate;
    @Column(name = "vat_amount")
    private BigDecimal amount;

    protected FixedVat() {
    }

    FixedVat(BigDecimal rate, BigDecimal amount) {
        this.rate = rate.setScale(2);
        this.amount = amount;
    }

    public BigDecimal getRate() { return rate; }
    public BigDecimal getAmount() { return amount; }

    @Override
    public boolean equals(Object other) {
        return other instanceof FixedVat that && rate.compareTo(that.rate) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rate.stripTrailingZeros());
    }
}
