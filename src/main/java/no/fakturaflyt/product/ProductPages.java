package no.fakturaflyt.product;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.function.Supplier;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.Navigable;
import no.fakturaflyt.common.web.NavigationEntry;
import no.fakturaflyt.common.web.ScreenController;
import no.fakturaflyt.ledger.LedgerService;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The products: search and list, create and edit with the API's checks (errors beside the field). */
@ScreenController
class ProductPages implements Navigable {

    private final ProductService service;
    private final LedgerService ledger;
    private final Validator validator;

    ProductPages(ProductService service, LedgerService ledger, Validator validator) {
        this.service = service;
        this.ledger = ledger;
        this.validator = validator;
    }

    @Override
    public NavigationEntry navigation() {
        return NavigationEntry.forEveryone(30, "/products", "nav.products");
    }

    @GetMapping("/products")
    String list(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        model.addAttribute("q", q);
        model.addAttribute("products", service.list().stream()
                .filter(p -> query.isEmpty() || p.getName().toLowerCase(Locale.ROOT).contains(query)
                        || p.getProductNumber().toLowerCase(Locale.ROOT).contains(query)).toList());
        return "product/list";
    }

    @GetMapping("/products/new")
    String create(Model model) {
        return form(null, new ProductForm(null, null, "stk", null, "3", null, true, null, null), FormErrors.none(), model);
    }

    @PostMapping("/products")
    String create(@Valid @ModelAttribute("form") ProductForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        FormErrors errors = FormErrors.of(binding, validator, ProductForm.class);
        return save(errors, () -> service.create(form))
                ? "redirect:/products?saved" : refused(null, form, errors, model, response);
    }

    @GetMapping("/products/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Product p = service.get(id);
        return form(p, new ProductForm(p.getProductNumber(), p.getName(), p.getUnit(), p.getUnitPrice(),
                p.getVatCode(), p.getRevenueAccount(), p.isActive(), null, p.getCostPrice()), FormErrors.none(), model);
    }

    @PostMapping("/products/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProductForm form, BindingResult binding,
            Model model, HttpServletResponse response) {
        Product product = service.get(id);
        FormErrors errors = FormErrors.of(binding, validator, ProductForm.class);
        return save(errors, () -> service.update(id, form))
                ? "redirect:/products?saved" : refused(product, form, errors, model, response);
    }

    /** A product number in use is the product number's error. */
    private static boolean save(FormErrors errors, Supplier<Product> action) {
        return errors.attempt(action, "productNumber").isPresent();
    }

    private String refused(Product product, ProductForm form, FormErrors errors, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(product, form, errors, model);
    }

    private String form(Product product, ProductForm form, FormErrors errors, Model model) {
        model.addAttribute("product", product);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("vatCodes", ledger.vatCodes());
        return "product/form";
    }
}
