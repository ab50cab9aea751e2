package no.fakturaflyt.imports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    List<ImportBatch> findTop50ByOrderByIdDesc();
}
