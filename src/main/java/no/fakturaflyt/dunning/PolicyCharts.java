package no.fakturaflyt.dunning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The what-if's weeks as the screens' bar charts (data-labels / data-values / data-values2, see screens.js). */
record PolicyCharts(String id, DebtorType customerType, String measure, String labels, String deployed,
        String candidate) {

    static List<PolicyCharts> of(WhatIfSimulation.Result result) {
        List<PolicyCharts> charts = new ArrayList<>();
        for (DebtorType type : DebtorType.values()) {
            List<WhatIfSimulation.WeekRow> weeks = result.weeks().stream().filter(w -> w.customerType() == type)
                    .toList();
            String labels = weeks.stream().map(w -> w.week().toString().substring(5)).collect(Collectors.joining("|"));
            charts.add(chart(type, "letters", labels, weeks, WhatIfSimulation.Totals::letters));
            charts.add(chart(type, "fees", labels, weeks, t -> t.feeAmount().toPlainString()));
        }
        return charts;
    }

    private static PolicyCharts chart(DebtorType type, String measure, String labels,
            List<WhatIfSimulation.WeekRow> weeks, Function<WhatIfSimulation.Totals, Object> value) {
        return new PolicyCharts("chart-" + type.name().toLowerCase() + "-" + measure, type, measure, labels,
                weeks.stream().map(w -> String.valueOf(value.apply(w.deployed()))).collect(Collectors.joining("|")),
                weeks.stream().map(w -> String.valueOf(value.apply(w.candidate()))).collect(Collectors.joining("|")));
    }
}
