package no.fakturaflyt.payment.bankfile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.annotation.PreDestroy;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import no.fakturaflyt.common.OsloClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in a bank file: recognises and reads it whole (a broken file is rejected with the line or element at fault,
 * nothing booked), records every transaction once by its identity (see {@link BankTransaction#reference()}), then
 * books them each in a transaction of its own, on several threads at once (payments of one KID in the file's order on
 * one thread), counting as it goes so the progress can be read while it runs.
 *
 * <p>No payment is lost and none is booked twice:
 * <ul>
 * <li>a transaction already recorded under its identity, moving the same money (amount, day, KID, direction), is a
 * duplicate and skipped (the same file again, the same transmission in another file);</li>
 * <li>one recorded under its identity but moving other money is not taken for a duplicate: it is recorded apart and
 * waits for a clerk ("Match payment"), so that a provider reusing numbers loses no payment;</li>
 * <li>a file imported before byte for byte (same SHA-256) is said so on the import ({@code sameFileAs});</li>
 * <li>a transaction settled after today or more than {@code fakturaflyt.bank-files.oldest-settlement} back is refused
 * on its own, with the reason, and the rest of the file is booked.</li>
 * </ul>
 */
@Service
public class BankFileImportService {

    private static final Logger log = LoggerFactory.getLogger(BankFileImportService.class);
    /** Hex digits of the file's SHA-256 that tell a transaction kept apart from the one first recorded by its identity. */
    private static final int APART_SUFFIX = 16;

    private final List<BankFileReader> readers;
    private final BankFileImportRepository imports;
    private final IncomingTransactionRepository transactions;
    private final IncomingPaymentBooker booker;
    private final BankFileProperties properties;
    /** One background worker: files are booked one at a time, in the order they came. */
    private final ExecutorService executor;
    /** The threads a file's lanes are booked on (see {@link BookingLanes}). */
    private final ExecutorService bookingPool;
    private final TransactionTemplate transaction;
    private final OsloClock clock;

    BankFileImportService(List<BankFileReader> readers, BankFileImportRepository imports,
            IncomingTransactionRepository transactions, IncomingPaymentBooker booker, BankFileProperties properties,
            PlatformTransactionManager transactionManager, OsloClock clock) {
        this.readers = readers;
        this.imports = imports;
        this.transactions = transactions;
        this.booker = booker;
        this.properties = properties;
        this.executor = Executors.newSingleThreadExecutor(daemonThreads("bank-file-import"));
        this.bookingPool = Executors.newFixedThreadPool(properties.bookingThreads(),
                daemonThreads("bank-file-booking"));
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Reads and records the file, then books it (in the background unless {@code fakturaflyt.bank-files.async} is
     * false).
     *
     * @throws InvalidInputException (field {@code file}) when the file is empty, of no known format, or broken
     */
    public BankFileImport importFile(String fileName, byte[] content, String source, String user) {
        BankFile file = read(content);
        Recorded recorded = transaction.execute(s -> record(fileName, content, file, source, user));
        BankFileImport started = recorded.run();
        log.info("Bank file {} ({}, {} transactions, total {}) taken in as import {}", fileName, file.format(),
                file.transactions().size(), file.total(), started.getId());
        List<List<String>> lanes = BookingLanes.split(recorded.toBook(), properties.bookingThreads());
        if (properties.async()) {
            executor.execute(() -> book(started.getId(), lanes));
            return started;
        }
        book(started.getId(), lanes);
        return get(started.getId());
    }

    /** Lets a file being booked finish before the application stops; what is left is booked on its next import. */
    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
        bookingPool.shutdown();
        bookingPool.awaitTermination(5, TimeUnit.SECONDS);
    }

    public BankFileImport get(long importId) {
        return imports.findById(importId).orElseThrow(() -> new NotFoundException("Bank file import", importId));
    }

    public List<BankFileImport> list() {
        return imports.findAllByOrderByIdDesc();
    }

    public List<IncomingTransaction> transactionsOf(long importId, Optional<IncomingTransaction.Status> status) {
        get(importId);
        return status.map(s -> transactions.findByImportIdAndStatusOrderByIdAsc(importId, s))
                .orElseGet(() -> transactions.findByImportIdOrderByIdAsc(importId));
    }

    public List<IncomingTransaction> unmatched() {
        return transactions.findByStatusOrderByIdAsc(IncomingTransaction.Status.UNMATCHED);
    }

    BankFile read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "The file is empty (0 bytes)", "bankFiles.empty");
        }
        BankFileReader reader = readers.stream().filter(r -> r.recognises(content)).findFirst()
                .orElseThrow(() -> new InvalidInputException("file",
                        "Neither a Nets OCR Giro file nor an ISO 20022 camt.054 document", "bankFiles.unknownFormat"));
        try {
            return reader.read(content);
        } catch (BankFileException e) {
            throw new InvalidInputException("file", "The " + reader.format() + " file is rejected, nothing was booked: "
                    + e.getMessage(), "bankFiles.rejected", reader.format(), e);
        }
    }

    /** The import, and the transactions of it to book, each under the reference it is recorded by. */
    private record Recorded(BankFileImport run, List<BankTransaction> toBook) {
    }

    private Recorded record(String fileName, byte[] content, BankFile file, String source, String user) {
        String sha = sha256(content);
        BankFileImport run = imports.save(new BankFileImport(fileName == null ? "(unnamed)" : fileName, file,
                sha, source, user, clock.now()));
        List<String> warnings = new ArrayList<>();
        imports.findFirstBySha256AndIdNotOrderByIdAsc(sha, run.getId()).ifPresent(earlier -> {
            run.sameFileAs(earlier.getId());
            warnings.add("The same file (SHA-256 " + sha + ") was imported before as import " + earlier.getId()
                    + " (" + earlier.getFileName() + ", " + earlier.getStartedAt() + "); nothing in it is booked twice,"
                    + " only what that import left unbooked is booked now");
        });
        warnings.addAll(file.warnings());
        run.warn(warnings);
        List<BankTransaction> toBook = new ArrayList<>();
        for (BankTransaction t : file.transactions()) {
            recordOne(run, t, sha).ifPresent(toBook::add);
        }
        return new Recorded(run, toBook);
    }

    /** Records one transaction of the file; answers it when it is to be booked now. */
    private Optional<BankTransaction> recordOne(BankFileImport run, BankTransaction t, String sha) {
        Optional<IncomingTransaction> same = transactions.findByReference(t.reference());
        if (same.isPresent() && same.get().sameMoneyAs(t)) {
            return earlier(run, same.get(), t);
        }
        if (same.isPresent()) {
            // the same identity for other money: a second payment, kept apart (once per file) for a clerk
            BankTransaction apart = t.withReference(t.reference() + "#" + sha.substring(0, APART_SUFFIX));
            Optional<IncomingTransaction> keptBefore = transactions.findByReference(apart.reference());
            if (keptBefore.isPresent()) {
                return earlier(run, keptBefore.get(), apart);
            }
            IncomingTransaction first = same.get();
            transactions.save(IncomingTransaction.held(run.getId(), apart, "transaction " + t.reference()
                    + " was recorded before (import " + first.getImportId() + ": " + first.getAmount() + " settled "
                    + first.getSettledOn() + ", KID " + first.getKid() + "), but this file gives it " + t.amount()
                    + " settled " + t.settledOn() + ", KID " + t.kid() + "; not taken for a duplicate, a clerk decides",
                    clock.now()));
            return Optional.of(apart);
        }
        if (t.earlierReference() != null) {
            Optional<IncomingTransaction> before = transactions.findByReference(t.earlierReference())
                    .filter(e -> e.sameMoneyAs(t));
            if (before.isPresent()) {
                return earlier(run, before.get(), t.withReference(t.earlierReference()));
            }
        }
        Optional<String> refusal = implausibleSettlement(t);
        if (refusal.isPresent()) {
            transactions.save(IncomingTransaction.refused(run.getId(), t, refusal.get(), clock.now()));
            run.counted(IncomingTransaction.Status.REFUSED);
            return Optional.empty();
        }
        transactions.save(new IncomingTransaction(run.getId(), t, clock.now()));
        return Optional.of(t);
    }

    /** A transaction recorded before: booked again only if it is still to book, else a duplicate. */
    private static Optional<BankTransaction> earlier(BankFileImport run, IncomingTransaction earlier,
            BankTransaction asRecorded) {
        if (earlier.toBook()) {
            return Optional.of(asRecorded);
        }
        run.counted(IncomingTransaction.Status.DUPLICATE);
        return Optional.empty();
    }

    /** Why a settlement date cannot be booked (after today, or further back than allowed); empty when it can. */
    private Optional<String> implausibleSettlement(BankTransaction t) {
        LocalDate today = clock.today();
        if (t.settledOn().isAfter(today)) {
            return Optional.of("refused: the settlement date " + t.settledOn() + " is after today (" + today
                    + "); a bank reports money that has arrived. Ask the bank; nothing was booked");
        }
        LocalDate oldest = today.minus(properties.oldestSettlement());
        if (t.settledOn().isBefore(oldest)) {
            return Optional.of("refused: the settlement date " + t.settledOn() + " is more than "
                    + properties.oldestSettlement() + " back (before " + oldest + ", fakturaflyt.bank-files."
                    + "oldest-settlement); ask the bank whether the date is right; nothing was booked");
        }
        return Optional.empty();
    }

    /**
     * Books every transaction of the file still to book: the new ones, and ones an earlier import of them left
     * unbooked (interrupted, or failed for a technical reason). The lanes run side by side on the booking threads
     * ({@code fakturaflyt.bank-files.booking-threads}), each in the file's order.
     */
    void book(long importId, List<List<String>> lanes) {
        try {
            if (lanes.size() == 1) {
                bookLane(importId, lanes.get(0));
            } else {
                List<Future<?>> running = new ArrayList<>(lanes.size());
                for (List<String> lane : lanes) {
                    running.add(bookingPool.submit(() -> bookLane(importId, lane)));
                }
                for (Future<?> lane : running) {
                    awaitLane(lane);
                }
            }
            transaction.executeWithoutResult(s -> imports.findById(importId).orElseThrow().finished(clock.now()));
        } catch (RuntimeException e) {
            log.error("Import {} stopped: {}", importId, e.getMessage(), e);
            transaction.executeWithoutResult(s -> imports.findById(importId).orElseThrow()
                    .failed(e.getMessage(), clock.now()));
        }
    }

    private void bookLane(long importId, List<String> references) {
        for (String reference : references) {
            booker.book(reference, importId);
        }
    }

    private static void awaitLane(Future<?> lane) {
        try {
            lane.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the file was being booked", e);
        }
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2}, …: a file being booked never holds the JVM up. */
    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
