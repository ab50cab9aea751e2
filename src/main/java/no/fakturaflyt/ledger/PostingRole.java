package no.fakturaflyt.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account the application posts to, by the number its code and data use ({@code roleAccount}, e.g. 1500
 * receivables, 2700 output VAT 25 %), and the company's account that number is booked on.
 */
@Entity
@Table(name = "posting_role")
public class PostingRole {

    @Id
    private Integer roleAccount;
    private String description;
    private Integer standardAccount;
    private Integer accountNumber;

    protected PostingRole() {
    }

    void bookOn(int companyAccount) {
        this.accountNumber = companyAccount;
    }

    public Integer getRoleAccount() { return roleAccount; }
    public String getDescription() { return description; }
    /** The standard account a company's account must be mapped to to take this role (null: the same number). */
    public Integer getStandardAccount() { return standardAccount; }
    public Integer getAccountNumber() { return accountNumber; }
}
