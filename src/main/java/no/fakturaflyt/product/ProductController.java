package no.fakturaflyt.product;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
@Tag(name = "Products")
class ProductController {

    private final ProductService service;

    ProductController(ProductService service) {
        this.service = service;
    }

    @GetMapping
    List<ProductView> list() {
        return service.list().stream().map(ProductView::of).toList();
    }

    @GetMapping("/{id}")
    ProductView get(@PathVariable long id) {
        return ProductView.of(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Register a product or service with its price, VAT code and revenue account")
    ResponseEntity<ProductView> create(@Valid @RequestBody ProductForm form) {
        Product product = service.create(form);
        return ResponseEntity.created(URI.create("/api/products/" + product.getId())).body(ProductView.of(product));
    }

    @PutMapping("/{id}")
    ProductView update(@PathVariable long id, @Valid @RequestBody ProductForm form) {
        return ProductView.of(service.update(id, form));
    }

    record ProductView(long id, String productNumber, String name, String unit, BigDecimal unitPrice,
            String vatCode, int revenueAccount, boolean active, Long categoryId, BigDecimal costPrice) {

        static ProductView of(Product p) {
            return new ProductView(p.getId(), p.getProductNumber(), p.getName(), p.getUnit(), p.getUnitPrice(),
                    p.getVatCode(), p.getRevenueAccount(), p.isActive(), p.getCategoryId(),
                    p.getCostPrice());
        }
    }
}
