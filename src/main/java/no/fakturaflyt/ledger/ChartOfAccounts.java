package no.fakturaflyt.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.RecordedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's chart of accounts and the accounts the application posts to. Code and data name accounts by the
 * application's numbers (1500 receivables, 2700 output VAT 25 % …, the posting roles); the ledger books each on
 * the company's account mapped to that role. Before an import the company's chart is the default one, every role
 * on its own number.
 */
@Service
public class ChartOfAccounts {

    private final AccountRepository accounts;
    private final StandardAccountRepository standardAccounts;
    private final PostingRoleRepository roles;
    private final VoucherRepository vouchers;
    private final ApplicationEventPublisher events;

    ChartOfAccounts(AccountRepository accounts, StandardAccountRepository standardAccounts,
            PostingRoleRepository roles, VoucherRepository vouchers, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.standardAccounts = standardAccounts;
        this.roles = roles;
        this.vouchers = vouchers;
        this.events = events;
    }

    /** The company's account a posting to {@code number} is booked on; refused if it is not in the chart. */
    @Transactional(readOnly = true)
    public int postingAccount(int number) {
        int mapped = roles.findById(number).map(PostingRole::getAccountNumber).orElse(number);
        if (accounts.findById(mapped).filter(Account::isInChart).isEmpty()) {
            throw new InvalidInputException("accountNumber", "Account " + number + " is not in the company's "
                    + "chart of accounts", "ledger.notInChart", String.valueOf(number));
        }
        return mapped;
    }

    /** Whether a posting to {@code number} has an account to go to (a posting role or an account of the chart). */
    @Transactional(readOnly = true)
    public boolean canPostTo(int number) {
        return roles.existsById(number) || accounts.findById(number).filter(Account::isInChart).isPresent();
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return accounts.findByInChartTrueOrderByNumberAsc();
    }

    /**
     * The standard account an account's SAF-T grouping comes from: its mapping, or for an account without one (added
     * to the default chart outside an import) the nearest standard account below its number in its class.
     */
    @Transactional(readOnly = true)
    public StandardAccount standardAccountFor(Account account) {
        return standardAccount(account.getStandardAccount())
                .or(() -> standardAccounts.findTopByNumberLessThanEqualOrderByNumberDesc(account.getNumber())
                        .filter(s -> s.getNumber() / 1000 == account.getNumber() / 1000))
                .orElseThrow(() -> new IllegalStateException("Account " + account.getNumber() + " has no SAF-T "
                        + "standard account; map it (docs/settings.md)"));
    }

    /** An account by its number, in the chart or left out of it by an import. */
    @Transactional(readOnly = true)
    public Account account(int number) {
        return accounts.findById(number).orElseThrow(() -> new no.fakturaflyt.common.NotFoundException("Account",
                number));
    }

    @Transactional(readOnly = true)
    public List<PostingRole> roles() {
        return roles.findAll(org.springframework.data.domain.Sort.by("roleAccount"));
    }

    @Transactional(readOnly = true)
    public Optional<StandardAccount> standardAccount(Integer number) {
        return number == null ? Optional.empty() : standardAccounts.findById(number);
    }

    /**
     * Replaces the chart by the company's own, read from a file ({@link ChartFile}), before the first voucher: every
     * row checked, every posting role mapped ({@link #check}), or nothing is taken.
     */
    @Transactional
    public List<Account> importChart(byte[] file) {
        long posted = vouchers.count();
        if (posted > 0) {
            throw new ConflictException("The chart of accounts can only be replaced before the first posting; "
                    + posted + " voucher(s) are posted already. Map the company's accounts in the new chart to "
                    + "the ones posted, or start a new company", Map.of("field", "file", "vouchers", posted),
                    "ledger.chartInUse", String.valueOf(posted));
        }
        ChartCheck checked = check(file);
        if (!checked.problems().isEmpty()) {
            throw new ChartRejectedException(checked.problems());
        }
        int before = accounts().size();
        accounts.findAll().forEach(Account::leaveChart);
        for (ChartEntry entry : checked.entries()) {
            accounts.findById(entry.number()).ifPresentOrElse(
                    a -> a.replaceWith(entry.name(), entry.standardAccount()),
                    () -> accounts.save(new Account(entry.number(), entry.name(), entry.standardAccount())));
        }
        accounts.flush();
        roles.findAll().forEach(role -> role.bookOn(checked.booking().get(role.getRoleAccount())));
        events.publishEvent(RecordedChange.byCurrentUser(RecordedChange.CHART_OF_ACCOUNTS, null, RecordedChange.IMPORT,
                "accounts", before + " accounts", checked.entries().size() + " accounts from a file of " + file.length
                        + " bytes; posting roles on " + checked.booking().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).map(b -> b.getKey() + "→" + b.getValue())
                        .collect(Collectors.joining(", "))));
        return accounts();
    }

    /**
     * Checks a chart file without taking it (also once vouchers exist, to show what is wrong with it): each row, and
     * the chart as a whole. A role goes to the account mapped to its standard account; of several, the one with the
     * standard account's own number, else the lowest.
     */
    @Transactional(readOnly = true)
    public ChartCheck check(byte[] file) {
        Map<Integer, StandardAccount> standard = standardAccounts.findAll().stream()
                .collect(Collectors.toMap(StandardAccount::getNumber, Function.identity()));
        List<ChartProblem> problems = new ArrayList<>();
        List<ChartEntry> entries = ChartFile.read(ChartFile.decode(file), standard, problems);
        Set<Integer> seen = new HashSet<>();
        entries.stream().filter(e -> !seen.add(e.number())).forEach(e -> problems.add(new ChartProblem(e.row(),
                "number", "Account " + e.number() + " is in the file twice")));
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new ChartProblem(0, "file", "The file holds no accounts"));
        }
        Map<Integer, Integer> booking = new java.util.HashMap<>();
        for (PostingRole role : roles.findAll()) {
            int standardNumber = role.getStandardAccount() != null ? role.getStandardAccount() : role.getRoleAccount();
            entries.stream().filter(e -> e.standardAccount() == standardNumber)
                    .min(Comparator.comparing((ChartEntry e) -> e.number() != standardNumber)
                            .thenComparing(ChartEntry::number))
                    .ifPresentOrElse(e -> booking.put(role.getRoleAccount(), e.number()),
                            () -> problems.add(new ChartProblem(0, "standardAccount", "No account is mapped to "
                                    + "standard account " + standardNumber + ", which the application posts "
                                    + role.getDescription() + " (" + role.getRoleAccount() + ") to")));
        }
        return new ChartCheck(entries, problems, booking);
    }
}
