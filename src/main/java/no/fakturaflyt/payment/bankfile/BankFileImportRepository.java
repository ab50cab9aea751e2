package no.fakturaflyt.payment.bankfile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BankFileImportRepository extends JpaRepository<BankFileImport, Long> {

    List<BankFileImport> findAllByOrderByIdDesc();

    /** The earliest other import of a file with this SHA-256: the same file, byte for byte. */
    Optional<BankFileImport> findFirstBySha256AndIdNotOrderByIdAsc(String sha256, long id);

    /**
     * Counts one booked transaction's outcome on its import, as one atomic increment in the database: several
     * booking threads count on the same import at once, so a read-modify-write of the entity would lose counts (and
     * fail on its version). The version is left alone; the counters are the database's to add up.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update bank_file_import set processed = processed + 1,
                matched = matched + case when :outcome = 'MATCHED' then 1 else 0 end,
                partly_paid = partly_paid + case when :outcome = 'PARTLY_PAID' then 1 else 0 end,
                overpaid = overpaid + case when :outcome = 'OVERPAID' then 1 else 0 end,
                unmatched = unmatched + case when :outcome = 'UNMATCHED' then 1 else 0 end,
                duplicates = duplicates + case when :outcome = 'DUPLICATE' then 1 else 0 end,
                reversals = reversals + case when :outcome = 'REVERSED' then 1 else 0 end,
                failed = failed + case when :outcome = 'FAILED' then 1 else 0 end
            where id = :importId""", nativeQuery = true)
    int count(@Param("importId") long importId, @Param("outcome") String outcome);
}
