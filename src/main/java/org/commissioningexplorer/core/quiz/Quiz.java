package org.commissioningexplorer.core.quiz;

import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.model.Body;

/** A quiz: questions about an area on a date, from one seed (the same seed gives the same quiz). */
public record Quiz(Body area, LocalDate date, long seed, List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }
}
