package org.jpulp.common.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's host name, as used in process names such as {@code resource_manager@host}. */
public final class HostName {

    private HostName() {
    }

    public static String get() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
