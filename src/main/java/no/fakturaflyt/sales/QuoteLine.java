package no.fakturaflyt.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A line of a quote. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends SalesLine {

    protected QuoteLine() {
    }

    QuoteLine(LineValues values) {
        super(values);
    }
}
