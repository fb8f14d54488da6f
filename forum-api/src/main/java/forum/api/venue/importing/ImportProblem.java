package forum.api.venue.importing;

/**
 * What is wrong with one line of an imported file: the line's number in the file (the header is line 1), the column
 * (named as the command's field) and a code; the words for the code are {@code venue.import.problem.<code>}.
 */
record ImportProblem(int line, String field, String code) {
}
