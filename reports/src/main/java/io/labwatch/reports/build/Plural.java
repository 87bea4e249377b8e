package io.labwatch.reports.build;

/** A count with its noun, singular or plural as the number asks: "1 compute deal", "3 senior people". */
final class Plural {

    private Plural() {
    }

    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
