package no.fakturaflyt.payment.bankfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a bank file's transactions into lanes that can be booked side by side. Everything with the same KID (the
 * payments of one invoice, and the reversal of one of them) goes to the same lane in the file's order, so that a
 * reversal never overtakes the payment it takes back and two payments of one invoice never race for its open item.
 * A transaction without a KID (it goes to a clerk) is a lane key of its own. New keys are dealt out to the lanes in
 * turn, so the lanes are as even as the file allows.
 */
final class BookingLanes {

    private BookingLanes() {
    }

    /** The references of the transactions, in at most {@code lanes} non-empty lanes (one when lanes is 1). */
    static List<List<String>> split(List<BankTransaction> transactions, int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("at least one lane, not " + lanes);
        }
        List<List<String>> split = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            split.add(new ArrayList<>());
        }
        Map<String, Integer> laneOfKey = new HashMap<>();
        for (BankTransaction t : transactions) {
            String key = t.kid() != null && !t.kid().isBlank() ? "kid:" + t.kid() : "ref:" + t.reference();
            int lane = laneOfKey.computeIfAbsent(key, k -> laneOfKey.size() % lanes);
            split.get(lane).add(t.reference());
        }
        split.removeIf(List::isEmpty);
        if (split.isEmpty()) {
            split.add(new ArrayList<>());
        }
        return split;
    }
}
