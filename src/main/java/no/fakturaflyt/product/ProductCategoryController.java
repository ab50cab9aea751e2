package no.fakturaflyt.product;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping("/api/product-categories")
@Tag(name = "Products")
class ProductCategoryController {

    private final ProductCategoryService service;

    ProductCategoryController(ProductCategoryService service) {
        this.service = service;
    }

    @GetMapping
    List<CategoryView> list() {
        return service.list().stream().map(CategoryView::of).toList();
    }

    @GetMapping("/{id}")
    CategoryView get(@PathVariable long id) {
        return CategoryView.of(service.get(id));
    }

    @PostMapping
    @Operation(summary = "A product category with the VAT code and revenue account its products take by default")
    ResponseEntity<CategoryView> create(@Valid @RequestBody ProductCategoryForm form) {
        ProductCategory category = service.create(form);
        return ResponseEntity.created(URI.create("/api/product-categories/" + category.getId()))
                .body(CategoryView.of(category));
    }

    @PutMapping("/{id}")
    CategoryView update(@PathVariable long id, @Valid @RequestBody ProductCategoryForm form) {
        return CategoryView.of(service.update(id, form));
    }

    record CategoryView(long id, String code, String name, String vatCode, int revenueAccount) {
        static CategoryView of(ProductCategory c) {
            return new CategoryView(c.getId(), c.getCode(), c.getName(), c.getVatCode(), c.getRevenueAccount());
        }
    }
}
