package no.fakturaflyt.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

interface VatCodeRepository extends JpaRepository<VatCode, String> {
}
