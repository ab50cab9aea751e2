package no.fakturaflyt.dunning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StepRecordRepository extends JpaRepository<StepRecord, Long> {

    List<StepRecord> findByCaseIdOrderByIdAsc(long caseId);

    Optional<StepRecord> findByCaseIdAndStep(long caseId, FollowUpStep step);
}
