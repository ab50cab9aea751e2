package no.fakturaflyt.numbering;

import no.fakturaflyt.common.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out numbers from gap-free series. The series row is locked (SELECT … FOR UPDATE) for the rest of the
 * caller's transaction, so concurrent postings queue up and a rolled-back posting gives its number back.
 */
@Service
public class NumberSeriesService {

    private final NumberSeriesRepository repository;

    NumberSeriesService(NumberSeriesRepository repository) {
        this.repository = repository;
    }

    /** The next number of the series; must run inside the transaction that uses the number. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String code) {
        NumberSeries series = repository.lockByCode(code)
                .orElseThrow(() -> new IllegalStateException("Number series " + code + " is not set up"));
        return series.take();
    }

    /** Moves the start of a series; allowed only while it has not issued any number. */
    @Transactional
    public void restartAt(String code, long firstNumber) {
        NumberSeries series = repository.lockByCode(code).orElse(null);
        if (series == null) {
            repository.save(new NumberSeries(code, firstNumber));
            return;
        }
        if (series.getIssued() > 0) {
            throw new ConflictException("The " + code.toLowerCase().replace('_', ' ')
                    + " series has already issued numbers; its start number can no longer change");
        }
        series.restartAt(firstNumber);
    }

    @Transactional(readOnly = true)
    public long peekNext(String code) {
        return repository.findById(code).map(NumberSeries::getNextNumber)
                .orElseThrow(() -> new IllegalStateException("Number series " + code + " is not set up"));
    }
}
