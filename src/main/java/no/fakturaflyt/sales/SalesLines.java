package no.fakturaflyt.sales;

import java.util.ArrayList;
import java.util.List;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.invoicing.LineResolver;
import org.springframework.stereotype.Component;

/**
 * The lines a clerk enters on a quote or an order, resolved exactly as an invoice draft's are
 * ({@link LineResolver}); a quantity must be above zero.
 */
@Component
class SalesLines {

    private final LineResolver resolver;

    SalesLines(LineResolver resolver) {
        this.resolver = resolver;
    }

    List<LineValues> resolve(List<SalesLineForm> forms) {
        List<LineResolver.ResolvedLine> resolved = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            resolved.add(resolve(i, forms.get(i)));
        }
        LineResolver.requireTotalFits(resolved);
        return resolved.stream().map(line -> new LineValues(line.lineNo(), line.productId(), line.description(),
                line.quantity(), line.unit(), line.unitPrice(), line.discountPercent(), line.vatCode(), line.vatRate(),
                line.revenueAccount())).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private LineResolver.ResolvedLine resolve(int index, SalesLineForm form) {
        if (form.quantity() == null || form.quantity().signum() <= 0) {
            throw new InvalidInputException("lines[" + index + "].quantity", "must be greater than 0",
                    "DecimalMin.quantity");
        }
        return resolver.resolve(index, form.productId(), form.description(), form.quantity(), form.unit(),
                form.unitPrice(), form.discountPercent(), form.vatCode());
    }
}
