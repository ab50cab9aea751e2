package no.fakturaflyt.ledger;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Integer> {

    List<Account> findByInChartTrueOrderByNumberAsc();
}
