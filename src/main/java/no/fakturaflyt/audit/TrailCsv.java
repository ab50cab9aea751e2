package no.fakturaflyt.audit;

/** A trail as CSV (RFC 4180, semicolon-separated as Norwegian spreadsheets expect), times in Europe/Oslo. */
final class TrailCsv {

    private TrailCsv() {
    }

    static String of(AuditTrail trail) {
        StringBuilder csv = new StringBuilder("time;user;source;what;details;process instance\r\n");
        for (TrailEntry entry : trail.entries()) {
            csv.append(cell(TrailXml.time(entry.at()))).append(';')
                    .append(cell(entry.actor())).append(';').append(cell(entry.source())).append(';')
                    .append(cell(entry.what())).append(';').append(cell(entry.details())).append(';')
                    .append(cell(entry.processInstanceId())).append("\r\n");
        }
        return csv.toString();
    }


    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would run as a formula in a spreadsheet
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
