package no.fakturaflyt.dunning;

/**
 * A legal figure was asked for a date the project has no figure for. It is never guessed: the follow-up must stop
 * until an admin adds the figure (POST /api/legal-rates; seeded from {@code legal-rates.csv}).
 */
public class NoFigureException extends IllegalStateException {

    public NoFigureException(String message) {
        super(message);
    }
}
