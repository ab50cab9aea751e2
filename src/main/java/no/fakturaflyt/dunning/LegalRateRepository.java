package no.fakturaflyt.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalRateRepository extends JpaRepository<LegalRate, Long> {

    List<LegalRate> findAllByOrderByTableAscValidFromAsc();

    Optional<LegalRate> findByTableAndValidFrom(String table, LocalDate validFrom);
}
