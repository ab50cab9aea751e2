package no.fakturaflyt.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What is left to credit of an invoice, given its credit notes so far, so that the invoice's credit notes together
 * credit its net per line, its VAT per rate and its rounding to the øre.
 *
 * <p>A credit note's line is a copy of the invoice's line with a smaller or equal quantity, so it is recognised by
 * what it copied (product, text, unit price, discount, VAT code); credited quantities are taken from the invoice's
 * lines in their order. Each partial credit rounds its own lines' net and its own VAT per rate, so the remaining
 * quantities, priced again, can come out an øre or two away from what is left: the last line left of each kind takes
 * what is left of that kind's net, and the VAT per rate and the rounding are what is left of the invoice's.
 */
final class CreditRemainder {

    private final Invoice original;
    private final List<Invoice> creditNotes;
    private final boolean companyRounds;

    /**
     * @param creditNotes the invoice's credit notes posted or on their way to posting
     * @param companyRounds whether the company rounds to whole kroner (for a credit note not posted yet)
     */
    CreditRemainder(Invoice original, List<Invoice> creditNotes, boolean companyRounds) {
        this.original = original;
        this.creditNotes = creditNotes;
        this.companyRounds = companyRounds;
    }

    /** The lines left to credit, numbered from 1, with what is left of each kind's net; empty: all credited. */
    List<InvoiceLine> lines() {
        Map<Key, BigDecimal> creditedQuantity = creditedQuantities();
        Map<Key, BigDecimal> netLeft = new HashMap<>();
        for (InvoiceLine line : original.getLines()) {
            netLeft.merge(Key.of(line), line.getNetAmount(), BigDecimal::add);
        }
        for (Invoice creditNote : creditNotes) {
            for (InvoiceLine line : creditNote.getLines()) {
                netLeft.merge(Key.of(line), line.getNetAmount().negate(), BigDecimal::add);
            }
        }
        List<InvoiceLine> left = new ArrayList<>();
        Map<Key, InvoiceLine> lastOfKind = new LinkedHashMap<>();
        for (InvoiceLine line : original.getLines()) {
            BigDecimal quantityLeft = take(creditedQuantity, line);
            if (quantityLeft.signum() > 0) {
                InvoiceLine credit = line.creditOf(left.size() + 1, quantityLeft);
                left.add(credit);
                netLeft.merge(Key.of(line), credit.getNetAmount().negate(), BigDecimal::add);
                lastOfKind.put(Key.of(line), credit);
            }
        }
        lastOfKind.forEach((key, line) -> line.addToNet(netLeft.get(key)));
        return left;
    }

    /** The quantity left to credit of each of the invoice's lines, by line number (what a credit is checked against). */
    Map<Integer, BigDecimal> quantitiesLeft() {
        Map<Key, BigDecimal> creditedQuantity = creditedQuantities();
        Map<Integer, BigDecimal> left = new LinkedHashMap<>();
        original.getLines().forEach(line -> left.put(line.getLineNo(), take(creditedQuantity, line)));
        return left;
    }

    private Map<Key, BigDecimal> creditedQuantities() {
        Map<Key, BigDecimal> credited = new HashMap<>();
        for (Invoice creditNote : creditNotes) {
            for (InvoiceLine line : creditNote.getLines()) {
                credited.merge(Key.of(line), line.getQuantity(), BigDecimal::add);
            }
        }
        return credited;
    }

    /** The quantity of {@code line} not credited yet; what was credited of its kind is used up line by line. */
    private static BigDecimal take(Map<Key, BigDecimal> credited, InvoiceLine line) {
        Key key = Key.of(line);
        BigDecimal already = credited.getOrDefault(key, BigDecimal.ZERO);
        BigDecimal used = already.min(line.getQuantity());
        credited.put(key, already.subtract(used));
        return line.getQuantity().subtract(used);
    }

    /** What is left of the invoice's VAT, for each rate of {@code lines}. */
    Map<BigDecimal, BigDecimal> vatByRate(List<InvoiceLine> lines) {
        Map<BigDecimal, BigDecimal> vatLeft = new TreeMap<>();
        InvoiceCalculator.totals(original, false).vatLines()
                .forEach(v -> vatLeft.merge(v.rate(), v.vat(), BigDecimal::add));
        for (Invoice creditNote : creditNotes) {
            InvoiceCalculator.totals(creditNote, false).vatLines()
                    .forEach(v -> vatLeft.merge(v.rate(), v.vat().negate(), BigDecimal::add));
        }
        Map<BigDecimal, BigDecimal> forLines = new TreeMap<>();
        lines.forEach(line -> forLines.put(line.getVatRate().setScale(2),
                vatLeft.getOrDefault(line.getVatRate().setScale(2), BigDecimal.ZERO.setScale(2))));
        return forLines;
    }

    /** What is left of the invoice's rounding to whole kroner (zero when nothing was rounded). */
    BigDecimal rounding() {
        BigDecimal left = Objects.requireNonNullElse(original.getRounding(), BigDecimal.ZERO.setScale(2));
        for (Invoice creditNote : creditNotes) {
            left = left.subtract(creditNote.isPosted() ? creditNote.getRounding()
                    : InvoiceCalculator.totals(creditNote, creditNote.roundsToWholeKroner(companyRounds)).rounding());
        }
        return left;
    }

    private record Key(Long productId, String description, BigDecimal unitPrice, BigDecimal discountPercent,
            String vatCode) {

        static Key of(InvoiceLine line) {
            return new Key(line.getProductId(), line.getDescription(), line.getUnitPrice().stripTrailingZeros(),
                    line.getDiscountPercent().stripTrailingZeros(), Objects.requireNonNull(line.getVatCode()));
        }
    }
}
