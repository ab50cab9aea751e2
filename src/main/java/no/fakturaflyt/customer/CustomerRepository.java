package no.fakturaflyt.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByOrgNumber(String orgNumber);

    Optional<Customer> findByCustomerNumber(long customerNumber);

    List<Customer> findByAvtalegiroMandateTrueOrderByCustomerNumber();

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Customer c where c.id = :id")
    Optional<Customer> lockById(@org.springframework.data.repository.query.Param("id") long id);
}
