package no.fakturaflyt.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostingRoleRepository extends JpaRepository<PostingRole, Integer> {
}
