package no.fakturaflyt.product;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductCategoryRepository extends JpaRepository<ProductCategory, Long> {

    Optional<ProductCategory> findByCode(String code);
}
