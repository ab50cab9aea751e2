package no.fakturaflyt.dunning;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FollowUpCaseRepository extends JpaRepository<FollowUpCase, Long> {

    Optional<FollowUpCase> findByInvoiceId(long invoiceId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from FollowUpCase c where c.invoiceId = :invoiceId")
    Optional<FollowUpCase> lockByInvoiceId(long invoiceId);

    List<FollowUpCase> findByStageInOrderByInvoiceIdAsc(Collection<FollowUpStage> stages);

    List<FollowUpCase> findByProcessInstanceIdInOrderByInvoiceIdAsc(Collection<String> processInstanceIds);
}

interface StepRecordRepository extends JpaRepository<StepRecord, Long> {

    List<StepRecord> findByCaseIdOrderByIdAsc(long caseId);

    Optional<StepRecord> findByCaseIdAndStep(long caseId, FollowUpStep step);
}

interface FollowUpNoteRepository extends JpaRepository<FollowUpNote, Long> {

    List<FollowUpNote> findByCaseIdOrderByIdAsc(long caseId);
}
