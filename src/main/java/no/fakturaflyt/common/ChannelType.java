package no.fakturaflyt.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The delivery channels of the distribution run, in the company's default order unless it says otherwise
 * (norway.md §9).
 */
public enum ChannelType {
    /** EHF (Peppol BIS Billing 3.0) through the Peppol access point; business customers in the Peppol directory. */
    EHF,
    /** eFaktura for private customers who said "ja takk til alle". */
    EFAKTURA,
    /** Vipps eFaktura for private customers with a mobile number; invoices only, never credit notes. */
    VIPPS,
    /** A claim in the AvtaleGiro file for customers with a mandate. */
    AVTALEGIRO,
    /** The PDF by e-mail to the customer's invoice address. */
    EMAIL,
    /** The PDF e-mailed to the company's printer (CloudPrint). */
    CLOUDPRINT,
    /** Printed and posted by the print service, with an address sheet first. */
    AUTOPOST,
    /** Offered to the factoring company, which then takes over delivery and follow-up. */
    FACTORING;

    public static final List<ChannelType> DEFAULT_ORDER = List.of(EHF, EFAKTURA, VIPPS, AVTALEGIRO, EMAIL, AUTOPOST);

    /** "EHF,EMAIL" → [EHF, EMAIL]; null or blank → null. */
    public static List<ChannelType> parseList(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(ChannelType::valueOf).toList();
    }

    public static String format(List<ChannelType> channels) {
        return channels == null || channels.isEmpty() ? null
                : channels.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
