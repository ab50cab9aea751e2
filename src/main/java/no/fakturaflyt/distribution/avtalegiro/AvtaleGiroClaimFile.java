package no.fakturaflyt.distribution.avtalegiro;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AmountItem1;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.AmountItem2;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.TransmissionEnd;
import no.fakturaflyt.distribution.avtalegiro.AvtaleGiroRecord.TransmissionStart;

/** A claim file read back and checked: its records in file order. */
public record AvtaleGiroClaimFile(List<AvtaleGiroRecord> records) {

    public AvtaleGiroClaimFile {
        records = List.copyOf(records);
    }

    public TransmissionStart transmissionStart() {
        return (TransmissionStart) records.get(0);
    }

    public TransmissionEnd transmissionEnd() {
        return (TransmissionEnd) records.get(records.size() - 1);
    }

    /** The claims in file order, rebuilt from each pair of amount items. */
    public List<AvtaleGiroClaim> claims() {
        List<AvtaleGiroClaim> claims = new ArrayList<>();
        AmountItem1 first = null;
        for (AvtaleGiroRecord record : records) {
            if (record instanceof AmountItem1 item1) {
                first = item1;
            } else if (record instanceof AmountItem2 item2 && first != null) {
                claims.add(new AvtaleGiroClaim(first.kid(), BigDecimal.valueOf(first.amountInOre(), 2),
                        first.dueDate(), item2.payerShortName(), item2.externalReference(), first.notification()));
                first = null;
            }
        }
        return claims;
    }
}
