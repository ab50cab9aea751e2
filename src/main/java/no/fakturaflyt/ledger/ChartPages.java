package no.fakturaflyt.ledger;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fakturaflyt.common.web.FormErrors;
import no.fakturaflyt.common.web.ScreenController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Kontoplan": the company's chart with each account's SAF-T grouping, and the accounts the application posts to.
 * Everyone reads; an admin uploads the company's own chart (under /admin, as POST /api/ledger/chart is the admins'):
 * the page shows the check row by row, and takes the chart only when every row and every posting role passes and no
 * voucher is posted yet; otherwise nothing is taken and the reason stands beside the file field.
 */
@ScreenController
class ChartPages {

    static final String VIEW = "ledger/chart";

    private final ChartOfAccounts chart;

    ChartPages(ChartOfAccounts chart) {
        this.chart = chart;
    }

    @GetMapping("/ledger/chart")
    String page(Model model) {
        return page(model, FormErrors.none(), null);
    }

    @PostMapping("/admin/chart")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        FormErrors errors = FormErrors.none();
        if (file == null || file.isEmpty()) {
            return page(model, errors.reject("file", "ledger.chooseChartFile"), null);
        }
        byte[] content = file.getBytes();
        ChartCheck checked = chart.check(content);
        if (!checked.problems().isEmpty()) {
            errors.add("file", checked.problems().size() + " problem(s) in the chart of accounts; nothing was "
                    + "imported");
            return page(model, errors, CheckView.of(file.getOriginalFilename(), checked, this::describe));
        }
        Optional<List<Account>> taken = errors.attempt(() -> chart.importChart(content), "file");
        return taken.isPresent() ? "redirect:/ledger/chart?imported"
                : page(model, errors, CheckView.of(file.getOriginalFilename(), checked, this::describe));
    }

    /** "1920 Bankinnskudd (balanseverdiForOmloepsmiddel 1920)": a standard account and the grouping it gives. */
    private String describe(Integer standardAccount) {
        return chart.standardAccount(standardAccount).map(s -> s.getNumber() + " " + s.getName() + " ("
                + s.getGroupingCategory() + " " + s.getGroupingCode() + ")").orElse(null);
    }

    private String page(Model model, FormErrors errors, CheckView check) {
        model.addAttribute("accounts", chart.accounts().stream().map(a -> {
            StandardAccount standard = chart.standardAccountFor(a);
            return new AccountRow(a.getNumber(), a.getName(), standard.getNumber(), standard.getName(),
                    standard.getGroupingCategory(), standard.getGroupingCode());
        }).toList());
        model.addAttribute("roles", chart.roles());
        model.addAttribute("check", check);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    record AccountRow(int number, String name, int standardAccount, String standardName, String groupingCategory,
            String groupingCode) {
    }

    /** The check of an uploaded file, row by row (file order), and the problems of the chart as a whole. */
    record CheckView(String fileName, List<CheckRow> rows, List<String> chartProblems) {

        static CheckView of(String fileName, ChartCheck checked, Function<Integer, String> describe) {
            TreeMap<Integer, CheckRow> rows = new TreeMap<>();
            checked.entries().forEach(e -> rows.put(e.row(), new CheckRow(e.row(), e.number(), e.name(),
                    describe.apply(e.standardAccount()), List.of())));
            checked.problems().stream().filter(p -> p.row() > 0)
                    .collect(Collectors.groupingBy(ChartProblem::row, TreeMap::new, Collectors.toList()))
                    .forEach((row, problems) -> {
                        CheckRow entry = rows.get(row);
                        List<String> messages = problems.stream().map(p -> p.field() + ": " + p.message()).toList();
                        rows.put(row, entry == null ? new CheckRow(row, null, null, null, messages)
                                : new CheckRow(row, entry.number(), entry.name(), entry.standardAccount(), messages));
                    });
            return new CheckView(fileName, List.copyOf(rows.values()), checked.problems().stream()
                    .filter(p -> p.row() == 0).map(ChartProblem::message).toList());
        }
    }

    record CheckRow(int row, Integer number, String name, String standardAccount, List<String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
