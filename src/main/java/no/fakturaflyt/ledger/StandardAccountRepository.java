package no.fakturaflyt.ledger;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StandardAccountRepository extends JpaRepository<StandardAccount, Integer> {

    Optional<StandardAccount> findTopByNumberLessThanEqualOrderByNumberDesc(int number);
}
