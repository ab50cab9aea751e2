package no.fakturaflyt.imports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRowRepository extends JpaRepository<ImportRow, Long> {

    List<ImportRow> findByBatchIdOrderByLineNo(long batchId);

    List<ImportRow> findByBatchIdAndActionOrderByLineNo(long batchId, ImportRow.Action action);
}
