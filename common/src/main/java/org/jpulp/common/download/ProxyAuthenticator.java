package org.jpulp.common.download;

import java.net.Authenticator;
import java.net.PasswordAuthentication;

/** Answers the proxy's 407 challenges (needed for HTTPS tunnels, where no header can be sent up front). */
final class ProxyAuthenticator extends Authenticator {

    private final String user;
    private final char[] password;

    ProxyAuthenticator(String user, String password) {
        this.user = user;
        this.password = password == null ? new char[0] : password.toCharArray();
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY) {
            return null;
        }
        return new PasswordAuthentication(user, password.clone());
    }
}
