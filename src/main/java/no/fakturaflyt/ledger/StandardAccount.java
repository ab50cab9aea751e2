package no.fakturaflyt.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account of the SAF-T General Ledger Standard Accounts (4-character list), with the business-statement grouping
 * (næringsspesifikasjon) a SAF-T Financial 1.30 file gives the company's accounts mapped to it.
 */
@Entity
@Table(name = "standard_account")
public class StandardAccount {

    @Id
    @Column(name = "account_number")
    private Integer number;
    private String name;
    private String groupingCategory;
    private String groupingCode;

    protected StandardAccount() {
    }

    public Integer getNumber() { return number; }
    public String getName() { return name; }
    public String getGroupingCategory() { return groupingCategory; }
    public String getGroupingCode() { return groupingCode; }
}
