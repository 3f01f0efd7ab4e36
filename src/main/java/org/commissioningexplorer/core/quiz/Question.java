package org.commissioningexplorer.core.quiz;

import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.core.query.ServiceCatalogue;

/**
 * One multiple-choice question, every part of it from the dataset.
 *
 * @param type        what is asked, so the answer can be checked again from the data
 * @param subject     the body the question is about (the place, the committee, the CCG that closed, the council)
 * @param service     the service asked about, for {@link Type#COMMISSIONER}; null otherwise
 * @param date        the day the question is about
 * @param text        the question as a sentence
 * @param options     the bodies offered, in order; exactly one is right by the data
 * @param right       the index of the right one in {@code options}
 * @param explanation a sentence saying why it is right
 * @param source      where the answer comes from
 */
public record Question(Type type, Body subject, ServiceCatalogue.Service service, LocalDate date, String text,
        List<Body> options, int right, String explanation, Source source) {

    /** The kinds of question. */
    public enum Type {
        /** Who commissioned a service for a place on the date. */
        COMMISSIONER,
        /** Which NHS England region a CCG or ICB was in. */
        REGION,
        /** Which partnership (STP) a CCG was a member of. */
        PARTNERSHIP,
        /** Which body a committee or board is part of. */
        PARENT,
        /** Which body of a kind took over from one that closed. */
        SUCCESSOR,
        /** Which of the offered CCGs or ICBs covered (part of) a council's area. */
        COVERS,
        /** Which of the offered bodies took part in a joint committee. */
        JOINT_COMMITTEE,
        /** Which part of a body (its committee, its board) is responsible for something, quoted in the text. */
        RESPONSIBLE_PART
    }

    public Question {
        options = List.copyOf(options);
        if (right < 0 || right >= options.size()) {
            throw new IllegalArgumentException("right answer " + right + " not among " + options.size() + " options");
        }
    }

    public Body answer() {
        return options.get(right);
    }

    /** "A", "B", … for an option's index. */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
