package no.fakturaflyt.payment.bankfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.CheckDigits;
import no.fakturaflyt.customer.Customer;
import no.fakturaflyt.customer.CustomerService;
import no.fakturaflyt.support.FakturaflytTest;
import no.fakturaflyt.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A clerk uploads the AvtaleGiro agreements file Nets sent; the customers' mandates follow it. The test company's KID
 * is MOD10 of 5 customer digits + 7 invoice digits.
 */
@FakturaflytTest
@SuppressWarnings({"unchecked", "rawtypes"})
class AvtaleGiroAgreementsUploadTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestData data;
    @Autowired CustomerService customers;

    @Test
    void setsAndClearsMandatesByKidAndReportsEveryRecord() {
        Customer signs = data.person("signs@kunde.example", "nb");
        Customer quits = data.business("quits@kunde.example");
        Customer alreadySigned = data.business("already@kunde.example");
        customers.changeAvtaleGiroMandate(quits.getId(), true, false);
        customers.changeAvtaleGiroMandate(alreadySigned.getId(), true, true);

        byte[] file = new AgreementsFileBuilder("4711").assignment()
                .agreement('1', invoiceKid(signs, 50123), true)
                .agreement('2', customerKid(quits), false)
                .agreement('1', customerKid(alreadySigned), true)
                .agreement('1', customerKid(99_999), true)
                .agreement('1', wrongCheckDigit(customerKid(signs)), true)
                .endAssignment().build();

        ResponseEntity<Map> response = upload(file, "clerk");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map report = response.getBody();
        assertThat(report.get("fileReference")).isEqualTo("0004711");
        assertThat(report.get("applied")).isEqualTo(2);
        assertThat(report.get("unchanged")).isEqualTo(1);
        assertThat(report.get("unknownKid")).isEqualTo(2);
        assertThat(report.get("fullList")).isEqualTo(false);
        List<Map> records = (List<Map>) report.get("records");
        assertThat(records).extracting(r -> r.get("outcome"))
                .containsExactly("APPLIED", "APPLIED", "UNCHANGED", "UNKNOWN_KID", "UNKNOWN_KID");
        assertThat(records).extracting(r -> r.get("location"))
                .containsExactly("line 3", "line 4", "line 5", "line 6", "line 7");
        assertThat(((Number) records.get(0).get("customerNumber")).longValue()).isEqualTo(signs.getCustomerNumber());
        assertThat(records.get(1).get("mandate")).isEqualTo(false);
        assertThat((String) records.get(3).get("detail")).contains("no customer has customer number 99999");
        assertThat((String) records.get(4).get("detail")).contains("check digit");

        assertThat(customers.get(signs.getId()).hasAvtaleGiroMandate()).isTrue();
        assertThat(customers.get(quits.getId()).hasAvtaleGiroMandate()).isFalse();
        assertThat(customers.get(alreadySigned.getId()).hasAvtaleGiroMandate()).isTrue();
        // the notify flag J of the file is kept on the mandate: these payers' banks notify each charge (type 21)
        assertThat(customers.get(signs.getId()).wantsAvtaleGiroBankNotice()).isTrue();
        assertThat(customers.get(alreadySigned.getId()).wantsAvtaleGiroBankNotice()).isTrue();
        assertThat(customers.get(quits.getId()).wantsAvtaleGiroBankNotice()).isFalse();

        Map again = upload(file, "clerk").getBody();
        assertThat(again.get("applied")).as("the same file twice changes nothing the second time").isEqualTo(0);
        assertThat(again.get("unchanged")).isEqualTo(3);
    }

    /**
     * Spec v3.3 §3.3.2 field 8 ("skriftlig varsel"): a record of registration type 1 also arrives when only the payer's
     * choice of notice changed, and must be read even for a mandate we know. Before, the flag was read and dropped: the
     * second file below changed nothing and every claim went out as type 02.
     */
    @Test
    void theNotifyFlagIsStoredOnTheMandateAndAChangeOfItAloneIsApplied() {
        Customer payer = data.person("varsel@kunde.example", "nb");

        Map first = upload(new AgreementsFileBuilder("4714").assignment()
                .agreement('1', customerKid(payer), false).endAssignment().build(), "clerk").getBody();
        assertThat(first.get("applied")).isEqualTo(1);
        assertThat(customers.get(payer.getId()).hasAvtaleGiroMandate()).isTrue();
        assertThat(customers.get(payer.getId()).wantsAvtaleGiroBankNotice()).isFalse();

        Map second = upload(new AgreementsFileBuilder("4715").assignment()
                .agreement('1', customerKid(payer), true).endAssignment().build(), "clerk").getBody();
        assertThat(second.get("applied")).as("N → J is a change of the mandate").isEqualTo(1);
        assertThat(customers.get(payer.getId()).wantsAvtaleGiroBankNotice()).isTrue();

        upload(new AgreementsFileBuilder("4716").assignment()
                .agreement('2', customerKid(payer), true).endAssignment().build(), "clerk");
        assertThat(customers.get(payer.getId()).hasAvtaleGiroMandate()).isFalse();
        assertThat(customers.get(payer.getId()).wantsAvtaleGiroBankNotice()).isFalse();
    }

    @Test
    void aBrokenFileIsRejectedNamingTheLineAndChangesNothing() {
        Customer signs = data.person("broken@kunde.example", "nb");
        Customer quits = data.business("broken-quits@kunde.example");
        customers.changeAvtaleGiroMandate(quits.getId(), true, false);
        List<String> lines = new AgreementsFileBuilder("4712").assignment()
                .agreement('1', customerKid(signs), true)
                .agreement('2', customerKid(quits), false)
                .endAssignment().lines();
        // the assignment end claims three agreements where the file has two
        lines.set(4, OcrFileBuilder.replace(lines.get(4), 9, 16, "00000003"));

        ResponseEntity<Map> response = upload(OcrFileBuilder.bytes(lines), "clerk");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("field")).isEqualTo("file");
        assertThat((String) response.getBody().get("detail")).startsWith("line 5: ")
                .contains("expected 2, found 3");
        assertThat(customers.get(signs.getId()).hasAvtaleGiroMandate()).isFalse();
        assertThat(customers.get(quits.getId()).hasAvtaleGiroMandate()).isTrue();
    }

    @Test
    void aFullListClearsTheMandatesItDoesNotName() {
        Customer listed = data.person("listed@kunde.example", "nb");
        Customer notListed = data.business("not-listed@kunde.example");
        customers.changeAvtaleGiroMandate(notListed.getId(), true, false);

        Map report = upload(new AgreementsFileBuilder("4713").assignment()
                .agreement('0', invoiceKid(listed, 1), false)
                .endAssignment().build(), "clerk").getBody();

        assertThat(report.get("fullList")).isEqualTo(true);
        assertThat((List<Number>) report.get("clearedNotListed")).extracting(Number::longValue)
                .contains(notListed.getCustomerNumber())
                .doesNotContain(listed.getCustomerNumber());
        assertThat(customers.get(listed.getId()).hasAvtaleGiroMandate()).isTrue();
        assertThat(customers.get(notListed.getId()).hasAvtaleGiroMandate()).isFalse();
    }

    @Test
    void onlyClerksAndAdminsMayUpload() {
        byte[] file = new AgreementsFileBuilder("4714").assignment().endAssignment().build();

        assertThat(upload(file, "auditor").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(file, "admin").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map> upload(byte[] file, String user) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "avtalegiro-agreements.txt";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user).postForEntity("/api/bank-files/avtalegiro-agreements",
                new HttpEntity<>(parts, headers), Map.class);
    }

    private static String customerKid(Customer customer) {
        return customerKid(customer.getCustomerNumber());
    }

    private static String customerKid(long customerNumber) {
        String payload = String.format("%05d", customerNumber);
        return payload + CheckDigits.mod10(payload);
    }

    private static String invoiceKid(Customer customer, long invoiceNumber) {
        String payload = String.format("%05d%07d", customer.getCustomerNumber(), invoiceNumber);
        return payload + CheckDigits.mod10(payload);
    }

    private static String wrongCheckDigit(String kid) {
        char check = kid.charAt(kid.length() - 1);
        return kid.substring(0, kid.length() - 1) + (char) ('0' + (check - '0' + 1) % 10);
    }
}
