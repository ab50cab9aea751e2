package no.fakturaflyt.distribution;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets with {@code TCP_NODELAY} on. SMTP is a conversation of small commands and replies; with Nagle's
 * algorithm a command written right after another waits for the server's delayed acknowledgement (about 40 ms on
 * Linux), several times per message. Jakarta Mail takes this factory as {@code mail.smtp.socketFactory}; STARTTLS
 * wraps the socket it makes, so the option holds under TLS too.
 */
final class NoDelaySocketFactory extends SocketFactory {

    static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

    private NoDelaySocketFactory() {
    }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return noDelay(new Socket(address, port, localAddress, localPort));
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
