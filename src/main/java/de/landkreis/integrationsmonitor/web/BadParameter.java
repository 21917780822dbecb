package de.landkreis.integrationsmonitor.web;

/**
 * A URL parameter with a value the page cannot use ({@code jahr=99999}): the German 400 page names the parameter
 * and what it allows ({@code web.parameter.<name>}).
 */
final class BadParameter extends RuntimeException {

    private final String parameter;

    BadParameter(String parameter) {
        super(parameter);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    /** A Berichtsjahr as the pages accept it: the years the rules accept (K03), up to 2100. */
    static Integer year(Integer year) {
        if (year != null && (year < 1990 || year > 2100)) {
            throw new BadParameter("jahr");
        }
        return year;
    }
}
