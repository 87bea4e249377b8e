package io.labwatch.web.session;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A browser presenting a session cookie that opened: still to be checked against its account. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final SessionTicket ticket;

    public SessionAuthenticationRequest(SessionTicket ticket) {
        this.ticket = ticket;
    }

    public SessionTicket ticket() {
        return ticket;
    }
}
