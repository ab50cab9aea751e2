package no.fakturaflyt.payment.bankfile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * nothing booked), records every transaction once by the bank's reference (one already booked from another file is
 * counted as a duplicate and skipped), then books them each in a transaction of its own, on several threads at
 * once (payments of one KID in the file's order on one thread), counting as it goes so the progress can be read while
 * it runs.
 */
@Service
public class BankFileImportService {

    private static final Logger log = LoggerFactory.getLogger(BankFileImportService.class);

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
        BankFileImport started = transaction.execute(s -> record(fileName, content, file, source, user));
        log.info("Bank file {} ({}, {} transactions, total {}) taken in as import {}", fileName, file.format(),
                file.transactions().size(), file.total(), started.getId());
        List<List<String>> lanes = BookingLanes.split(file.transactions(), properties.bookingThreads());
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
            throw new InvalidInputException("file", "The file is empty (0 bytes)");
        }
        BankFileReader reader = readers.stream().filter(r -> r.recognises(content)).findFirst()
                .orElseThrow(() -> new InvalidInputException("file",
                        "Neither a Nets OCR Giro file nor an ISO 20022 camt.054 document"));
        try {
            return reader.read(content);
        } catch (BankFileException e) {
            throw new InvalidInputException("file", "The " + reader.format() + " file is rejected, nothing was booked: "
                    + e.getMessage());
        }
    }

    private BankFileImport record(String fileName, byte[] content, BankFile file, String source, String user) {
        BankFileImport run = imports.save(new BankFileImport(fileName == null ? "(unnamed)" : fileName, file,
                sha256(content), source, user, clock.now()));
        for (BankTransaction t : file.transactions()) {
            Optional<IncomingTransaction> earlier = transactions.findByReference(t.reference());
            if (earlier.isEmpty()) {
                transactions.save(new IncomingTransaction(run.getId(), t, clock.now()));
            } else if (earlier.get().getStatus() != IncomingTransaction.Status.NEW
                    && earlier.get().getStatus() != IncomingTransaction.Status.FAILED) {
                run.counted(IncomingTransaction.Status.DUPLICATE);
            }
        }
        return run;
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
