package io.reportlens.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks that fail fast with a clear message instead of a hang or a bind stack trace. */
public final class Ports {

    private Ports() {
    }

    public static void requireFree(int port, String what) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new PortInUseException(what + " cannot start: port " + port + " on 127.0.0.1 is already in use");
        }
    }

    /** A port that was free a moment ago, for tests. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on 127.0.0.1", e);
        }
    }

    public static final class PortInUseException extends IOException {
        public PortInUseException(String message) {
            super(message);
        }
    }
}
