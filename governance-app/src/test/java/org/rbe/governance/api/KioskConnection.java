package org.rbe.governance.api;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One kiosk's HTTP/1.1 connection to the server, kept alive between requests (as a kiosk on its own machine keeps
 * one): real requests (request line, Host, Basic Authorization, Content-Type, Idempotency-Key, Content-Length, JSON
 * body) and real responses (status line, headers, Content-Length or chunked body). It is reopened when the server
 * closes it ({@code Connection: close}, e.g. after Tomcat's keep-alive limit) or drops it between requests.
 *
 * <p>For the casting benchmark: {@link java.net.http.HttpClient} hands every request between the caller, its selector
 * thread and a worker pool, which in the benchmark cost about as much CPU as the server's request handling, all of it
 * in the server's JVM; real kiosks are separate machines, so the benchmark's client should cost as little as it can.
 */
final class KioskConnection implements AutoCloseable {
    /** A response: its status code and its body (UTF-8). */
    record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final String authorization;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private final ByteArrayOutputStream request = new ByteArrayOutputStream(512);

    KioskConnection(String host, int port, String username, String password, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = (int) timeout.toMillis();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs {@code json} to {@code path} with an Idempotency-Key (none when null) and returns the answer. */
    Answer post(String path, String idempotencyKey, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        request.reset();
        ascii("POST ").ascii(path).ascii(" HTTP/1.1\r\nHost: ").ascii(host).ascii(":").ascii(Integer.toString(port))
                .ascii("\r\nAuthorization: ").ascii(authorization)
                .ascii("\r\nContent-Type: application/json\r\nAccept: application/json, application/problem+json\r\n");
        if (idempotencyKey != null) {
            ascii("Idempotency-Key: ").ascii(idempotencyKey).ascii("\r\n");
        }
        ascii("Content-Length: ").ascii(Integer.toString(body.length)).ascii("\r\n\r\n");
        request.write(body, 0, body.length);
        boolean reused = socket != null;
        try {
            return exchange();
        } catch (IOException stale) {
            close();
            if (!reused) {
                throw stale;
            }
            // the server closed the idle connection before this request reached it: send it again on a new one (the
            // Idempotency-Key makes a repeated cast harmless even if the first one did arrive)
            return exchange();
        }
    }

    private Answer exchange() throws IOException {
        if (socket == null) {
            open();
        }
        request.writeTo(out);
        out.flush();
        String status = line();
        if (status == null) {
            throw new EOFException("connection closed before the response");
        }
        if (!status.startsWith("HTTP/1.") || status.length() < 12) {
            throw new IOException("not an HTTP/1.x status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closeAfter = status.startsWith("HTTP/1.0");
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase().contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closeAfter = value.equalsIgnoreCase("close");
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(length, 64));
        if (chunked) {
            for (int size = Integer.parseInt(chunkSize(line()), 16); size > 0; size = Integer.parseInt(chunkSize(line()), 16)) {
                copy(body, size);
                line(); // CRLF after the chunk
            }
            for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                // trailers: none expected, skipped
            }
        } else if (length >= 0) {
            copy(body, length);
        } else {
            closeAfter = true;
            for (int b = read(); b >= 0; b = read()) {
                body.write(b);
            }
        }
        if (closeAfter) {
            close();
        }
        return new Answer(code, body.toString(StandardCharsets.UTF_8));
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(timeoutMillis);
        s.connect(new InetSocketAddress(host, port), timeoutMillis);
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
        position = 0;
        limit = 0;
    }

    private KioskConnection ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            request.write(s.charAt(i));
        }
        return this;
    }

    private static String chunkSize(String line) throws IOException {
        if (line == null) {
            throw new EOFException("connection closed inside a chunked body");
        }
        int semicolon = line.indexOf(';');
        return (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
    }

    /** One header line without its CRLF; null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        int c = read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (c != '\r') {
                b.append((char) c);
            }
            c = read();
        }
        return b.toString();
    }

    private void copy(ByteArrayOutputStream to, int n) throws IOException {
        while (n > 0) {
            if (position == limit && !fill()) {
                throw new EOFException("connection closed inside the body");
            }
            int take = Math.min(n, limit - position);
            to.write(buffer, position, take);
            position += take;
            n -= take;
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
