package no.fakturaflyt.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByOrgNumber(String orgNumber);

    Optional<Customer> findByCustomerNumber(long customerNumber);

    List<Customer> findByAvtalegiroMandateTrueOrderByCustomerNumber();
}
