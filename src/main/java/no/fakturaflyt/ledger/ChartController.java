package no.fakturaflyt.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.fakturaflyt.common.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/ledger/chart")
@Tag(name = "Ledger")
class ChartController {

    private final ChartOfAccounts chart;

    ChartController(ChartOfAccounts chart) {
        this.chart = chart;
    }

    @GetMapping
    @Operation(summary = "The company's chart of accounts with each account's SAF-T standard account, and the "
            + "accounts the application posts to (roles) with the company's account for each")
    ChartView chart() {
        return view(chart.accounts());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the chart by the company's own before the first posting (admin): a CSV file "
            + "'number;name[;standard account]', UTF-8 or Windows-1252; every row and every role checked, or "
            + "nothing is taken (400 with the problems row by row; 409 once vouchers exist)")
    ChartView importChart(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "The file is empty");
        }
        return view(chart.importChart(file.getBytes()));
    }

    @ExceptionHandler(ChartRejectedException.class)
    ProblemDetail rejected(ChartRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("https://fakturaflyt.no/problems/validation"));
        problem.setTitle("Invalid input");
        problem.setProperty("field", "file");
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("row", p.row(), "field", p.field(),
                "message", p.message())).toList());
        return problem;
    }

    private ChartView view(List<Account> accounts) {
        return new ChartView(accounts.stream().map(a -> {
            StandardAccount standard = chart.standardAccount(a.getStandardAccount()).orElse(null);
            return new AccountView(a.getNumber(), a.getName(), a.getStandardAccount(),
                    standard == null ? null : standard.getName(),
                    standard == null ? null : standard.getGroupingCategory(),
                    standard == null ? null : standard.getGroupingCode());
        }).toList(), chart.roles().stream().map(r -> new RoleView(r.getRoleAccount(), r.getDescription(),
                r.getStandardAccount(), r.getAccountNumber())).toList());
    }

    record ChartView(List<AccountView> accounts, List<RoleView> roles) {
    }

    record AccountView(int number, String name, Integer standardAccount, String standardAccountName,
            String groupingCategory, String groupingCode) {
    }

    record RoleView(int roleAccount, String description, Integer standardAccount, int account) {
    }
}
