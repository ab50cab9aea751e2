package no.fakturaflyt.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoucherRepository extends JpaRepository<Voucher, Long> {

    Optional<Voucher> findBySourceTypeAndSourceId(String sourceType, long sourceId);

    List<Voucher> findAllByOrderByVoucherNumberAsc();

    List<Voucher> findByVoucherDateBetweenOrderByVoucherNumberAsc(java.time.LocalDate from, java.time.LocalDate to);

    boolean existsBy();
}
