package no.fakturaflyt.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Integer> {

    List<Account> findByInChartTrueOrderByNumberAsc();
}

interface StandardAccountRepository extends JpaRepository<StandardAccount, Integer> {

    Optional<StandardAccount> findTopByNumberLessThanEqualOrderByNumberDesc(int number);
}

interface PostingRoleRepository extends JpaRepository<PostingRole, Integer> {
}

interface VatCodeRepository extends JpaRepository<VatCode, String> {
}

interface VoucherRepository extends JpaRepository<Voucher, Long> {

    Optional<Voucher> findBySourceTypeAndSourceId(String sourceType, long sourceId);

    List<Voucher> findAllByOrderByVoucherNumberAsc();

    List<Voucher> findByVoucherDateBetweenOrderByVoucherNumberAsc(java.time.LocalDate from, java.time.LocalDate to);

    boolean existsBy();
}

interface OpenItemRepository extends JpaRepository<OpenItem, Long> {

    Optional<OpenItem> findByInvoiceId(long invoiceId);

    List<OpenItem> findByCustomerIdOrderByDueDateAsc(long customerId);

    List<OpenItem> findByConcernsInvoiceIdOrderByIdAsc(long concernsInvoiceId);

    List<OpenItem> findByKidOrderByIdAsc(String kid);

    List<OpenItem> findByOpenAmountOrderByDueDateAsc(java.math.BigDecimal openAmount);

    List<OpenItem> findByItemTypeAndOpenAmountGreaterThanAndDueDateBetweenOrderByDueDateAsc(OpenItemType itemType,
            java.math.BigDecimal openAmount, java.time.LocalDate from, java.time.LocalDate to);

    Optional<OpenItem> findByItemTypeAndConcernsInvoiceIdAndReference(OpenItemType itemType, long concernsInvoiceId,
            String reference);
}

interface OpenItemReductionRepository extends JpaRepository<OpenItemReduction, Long> {

    List<OpenItemReduction> findByCustomerIdOrderByReducedOnAscIdAsc(long customerId);

    List<OpenItemReduction> findByOpenItemId(long openItemId);
}

interface CreditMovementRepository extends JpaRepository<CreditMovement, Long> {

    List<CreditMovement> findByCustomerIdOrderByMovedOnAscIdAsc(long customerId);

    /** Per customer: [customerId, signed sum] of the movements dated up to {@code asOf}. */
    @org.springframework.data.jpa.repository.Query("select m.customerId, sum(m.amount) from CreditMovement m "
            + "where m.movedOn <= :asOf group by m.customerId")
    List<Object[]> sumPerCustomer(@org.springframework.data.repository.query.Param("asOf") java.time.LocalDate asOf);
}
