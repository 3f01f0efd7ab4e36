package org.commissioningexplorer.cli;

import java.io.PrintStream;

/** Plain-text output wrapped at a page width, continuation lines indented: shared by the printing commands. */
final class TextWrap {

    static final int WIDTH = 100;

    private TextWrap() {
    }

    /**
     * Prints {@code text} starting with {@code first}, breaking between words before {@link #WIDTH} characters,
     * each further line starting with {@code rest}.
     */
    static void print(PrintStream out, String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + word.length() + 1 > WIDTH) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder(rest);
                empty = true;
            }
            line.append(word).append(' ');
            empty = false;
        }
        out.println(line.toString().stripTrailing());
    }
}
