package no.fakturaflyt.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account of the company's chart (NS 4102 numbers), mapped to a SAF-T standard account. An account an imported
 * chart left out stays as a row, out of the chart ({@code inChart} false), so that what referred to it keeps meaning.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "account_number")
    private Integer number;
    private String name;
    private Integer standardAccount;
    private boolean inChart;

    protected Account() {
    }

    Account(int number, String name, Integer standardAccount) {
        this.number = number;
        this.name = name;
        this.standardAccount = standardAccount;
        this.inChart = true;
    }

    void replaceWith(String name, Integer standardAccount) {
        this.name = name;
        this.standardAccount = standardAccount;
        this.inChart = true;
    }

    void leaveChart() {
        this.inChart = false;
    }

    public Integer getNumber() { return number; }
    public String getName() { return name; }
    /** The SAF-T standard account it is mapped to (null only for an account of the default chart without one). */
    public Integer getStandardAccount() { return standardAccount; }
    public boolean isInChart() { return inChart; }
}
