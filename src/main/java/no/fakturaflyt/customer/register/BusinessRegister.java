package no.fakturaflyt.customer.register;

import feign.FeignException;
import java.util.List;
import java.util.Optional;
import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.customer.RegisterStatus;
import org.springframework.stereotype.Service;

/**
 * Looks organisation numbers up in Enhetsregisteret. The number is checked (MOD11) before anyone is asked; the
 * register's 404 is an empty answer, its 410 (the entity was removed) a deleted entity, anything else going wrong
 * {@link BusinessRegisterUnavailableException}.
 */
@Service
public class BusinessRegister {

    private final EnhetsregisteretClient client;

    public BusinessRegister(EnhetsregisteretClient client) {
        this.client = client;
    }

    /** The register's entry, or empty when it does not know the number. */
    public Optional<RegisterEntry> lookup(String orgNumber) {
        String number = orgNumber == null ? "" : orgNumber.replace(" ", "");
        if (!CheckDigits.isValidOrganisationNumber(number)) {
            throw new InvalidInputException("orgNumber", "'" + orgNumber
                    + "' is not a Norwegian organisation number: 9 digits with a valid MOD11 check digit");
        }
        try {
            return Optional.of(entry(number, client.enhet(number)));
        } catch (FeignException.NotFound e) {
            return Optional.empty();
        } catch (FeignException e) {
            if (e.status() == 410) {
                return Optional.of(removed(number));
            }
            throw new BusinessRegisterUnavailableException("Enhetsregisteret could not be asked about " + number
                    + (e.status() > 0 ? " (it answered " + e.status() + ")" : " (" + e.getMessage() + ")"), e);
        } catch (RuntimeException e) {
            throw new BusinessRegisterUnavailableException("Enhetsregisteret's answer about " + number
                    + " could not be read", e);
        }
    }

    static RegisterEntry entry(String number, Enhet enhet) {
        if (enhet == null) {
            throw new IllegalStateException("an empty answer");
        }
        Enhet.Adresse address = enhet.forretningsadresse() != null ? enhet.forretningsadresse() : enhet.postadresse();
        RegisterStatus status = enhet.slettedato() != null ? RegisterStatus.DELETED
                : yes(enhet.konkurs()) ? RegisterStatus.BANKRUPT
                : yes(enhet.underAvvikling()) || yes(enhet.underTvangsavviklingEllerTvangsopplosning())
                        ? RegisterStatus.IN_LIQUIDATION : RegisterStatus.ACTIVE;
        Enhet.Organisasjonsform form = enhet.organisasjonsform();
        return new RegisterEntry(number, enhet.navn(), form == null ? null : form.kode(),
                form == null ? null : form.beskrivelse(),
                address == null || address.adresse() == null ? List.of()
                        : address.adresse().stream().filter(line -> line != null && !line.isBlank()).toList(),
                address == null ? null : address.postnummer(), address == null ? null : address.poststed(),
                address == null ? null : address.landkode(), yes(enhet.registrertIMvaregisteret()),
                yes(enhet.registrertIForetaksregisteret()), yes(enhet.konkurs()),
                yes(enhet.underAvvikling()) || yes(enhet.underTvangsavviklingEllerTvangsopplosning()),
                enhet.slettedato(), status, status.warning(number));
    }

    private static RegisterEntry removed(String number) {
        return new RegisterEntry(number, null, null, null, List.of(), null, null, null, false, false, false, false,
                null, RegisterStatus.DELETED, RegisterStatus.DELETED.warning(number));
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
