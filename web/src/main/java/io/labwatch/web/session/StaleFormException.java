package io.labwatch.web.session;

import jakarta.ws.rs.ForbiddenException;
import java.util.List;
import java.util.Map;

/**
 * A form sent without its session's token, or with one that no longer holds (signed out and in again, the server's
 * keys rotated). It keeps what the form sent so that the page can show the form again with the typed values: a
 * refused form must never lose an analyst's work.
 */
public class StaleFormException extends ForbiddenException {

    public final transient Map<String, List<String>> values;

    public StaleFormException(Map<String, List<String>> values) {
        super("This form had expired or was not sent by Labwatch, so nothing was saved.");
        this.values = values;
    }
}
