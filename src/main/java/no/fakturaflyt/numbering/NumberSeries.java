package no.fakturaflyt.numbering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A controlled, gap-free number series. */
@Entity
@Table(name = "number_series")
class NumberSeries {

    @Id
    private String code;

    @Column(name = "next_number", nullable = false)
    private long nextNumber;

    @Column(nullable = false)
    private long issued;

    protected NumberSeries() {
    }

    NumberSeries(String code, long firstNumber) {
        this.code = code;
        this.nextNumber = firstNumber;
    }

    long take() {
        issued++;
        return nextNumber++;
    }

    void restartAt(long firstNumber) {
        nextNumber = firstNumber;
    }

    String getCode() {
        return code;
    }

    long getNextNumber() {
        return nextNumber;
    }

    long getIssued() {
        return issued;
    }
}
