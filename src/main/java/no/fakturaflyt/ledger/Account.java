package no.fakturaflyt.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account of the chart of accounts (SAF-T standard numbers). */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "account_number")
    private Integer number;
    private String name;

    protected Account() {
    }

    public Integer getNumber() { return number; }
    public String getName() { return name; }
}
