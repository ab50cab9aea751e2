package no.fakturaflyt.company;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanySettingsRepository extends JpaRepository<CompanySettings, Long> {
}
