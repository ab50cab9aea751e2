package no.fakturaflyt.dunning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpNoteRepository extends JpaRepository<FollowUpNote, Long> {

    List<FollowUpNote> findByCaseIdOrderByIdAsc(long caseId);
}
