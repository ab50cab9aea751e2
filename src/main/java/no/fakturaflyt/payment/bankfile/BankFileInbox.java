package no.fakturaflyt.payment.bankfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.invoicing.InvoiceHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The watched inbox folder ({@code fakturaflyt.bank-files.inbox}): every file the bank (or an SFTP job) drops there
 * is imported like an upload, then moved to {@code processed/}, or to {@code rejected/} with a {@code .error.txt}
 * saying why. Files still being written are left alone until their size stops changing between two looks.
 */
@Component
class BankFileInbox {

    private static final Logger log = LoggerFactory.getLogger(BankFileInbox.class);

    private final BankFileImportService imports;
    private final BankFileProperties properties;
    private final Map<Path, Long> sizes = new ConcurrentHashMap<>();

    BankFileInbox(BankFileImportService imports, BankFileProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${fakturaflyt.bank-files.poll-interval:PT30S}",
            initialDelayString = "${fakturaflyt.bank-files.poll-interval:PT30S}")
    void poll() {
        if (properties.inbox() != null && Files.isDirectory(properties.inbox())) {
            pollOnce();
        }
    }

    /** Imports every complete file in the inbox; returns the names it took. */
    List<String> pollOnce() {
        Path inbox = properties.inbox();
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().filter(this::complete).map(this::take).toList();
        } catch (IOException e) {
            log.warn("Cannot read the bank-file inbox {}: {}", inbox, e.getMessage());
            return List.of();
        }
    }

    /** A file counts as complete once its size is the same as at the previous look. */
    private boolean complete(Path file) {
        try {
            long size = Files.size(file);
            Long before = sizes.put(file, size);
            return before != null && before == size;
        } catch (IOException e) {
            return false;
        }
    }

    private String take(Path file) {
        String name = file.getFileName().toString();
        sizes.remove(file);
        try {
            imports.importFile(name, Files.readAllBytes(file), "INBOX", InvoiceHistory.SYSTEM);
            move(file, "processed");
        } catch (InvalidInputException e) {
            log.warn("Bank file {} from the inbox rejected: {}", name, e.getMessage());
            Path rejected = move(file, "rejected");
            write(rejected.resolveSibling(rejected.getFileName() + ".error.txt"), e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("Bank file {} from the inbox could not be imported; it stays for the next look: {}", name,
                    e.getMessage(), e);
        }
        return name;
    }

    private Path move(Path file, String folder) {
        try {
            Path target = file.resolveSibling(folder).resolve(file.getFileName());
            Files.createDirectories(target.getParent());
            return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot move " + file + " to " + folder + "/: " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Cannot write {}: {}", file, e.getMessage());
        }
    }
}
