package no.fakturaflyt.payment.bankfile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.TextInput;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/bank-files")
@Tag(name = "Bank files")
class AvtaleGiroAgreementsController {

    private final AvtaleGiroMandateUpdater updater;

    AvtaleGiroAgreementsController(AvtaleGiroMandateUpdater updater) {
        this.updater = updater;
    }

    @PostMapping(path = "/avtalegiro-agreements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Apply an AvtaleGiro agreements file from Nets to the customers' mandates (clerks)",
            description = "The multipart part 'file' is the agreements file as Nets sent it. Answers 200 with one "
                    + "entry per agreement record: APPLIED (the mandate was set or cleared), UNCHANGED or UNKNOWN_KID. "
                    + "A file that breaks the format is answered with 400 naming the line (field 'file'), and nothing "
                    + "is changed.")
    AvtaleGiroMandateReport upload(@RequestParam("file") MultipartFile file) throws IOException {
        TextInput.requireNoNul("file", file.getOriginalFilename());
        try {
            return updater.apply(file.getBytes());
        } catch (BankFileException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
    }
}
