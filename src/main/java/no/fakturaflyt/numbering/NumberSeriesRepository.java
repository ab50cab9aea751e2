package no.fakturaflyt.numbering;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NumberSeriesRepository extends JpaRepository<NumberSeries, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from NumberSeries s where s.code = :code")
    Optional<NumberSeries> lockByCode(@Param("code") String code);
}
