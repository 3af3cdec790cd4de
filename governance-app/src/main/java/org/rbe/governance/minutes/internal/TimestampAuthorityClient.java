package org.rbe.governance.minutes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.signatures.TSAClientBouncyCastle;

/**
 * iText's RFC 3161 client for the configured timestamp authority, with connect and read timeouts so that an
 * unreachable authority fails the signing within seconds instead of hanging the clerk's task.
 */
public final class TimestampAuthorityClient extends TSAClientBouncyCastle {
    static final int TIMEOUT_MILLIS = 15_000;
    private static final int TOKEN_SIZE_ESTIMATE = 12 * 1024;

    public TimestampAuthorityClient(String url, String user, String password) {
        super(url, blankToNull(user), blankToNull(password), TOKEN_SIZE_ESTIMATE, DigestAlgorithms.SHA256);
    }

    /** The authority's address. */
    public String url() {
        return tsaURL;
    }

    @Override
    protected byte[] getTSAResponse(byte[] request) throws IOException {
        try {
            return exchange(request);
        } catch (IOException e) {
            throw new IOException("No timestamp from the timestamp authority " + tsaURL + ": " + e.getMessage(), e);
        }
    }

    private byte[] exchange(byte[] request) throws IOException {
        URLConnection connection = URI.create(tsaURL).toURL().openConnection();
        if (!(connection instanceof HttpURLConnection http)) {
            throw new IOException("not an http or https URL");
        }
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        http.setDoOutput(true);
        http.setUseCaches(false);
        http.setRequestMethod("POST");
        http.setRequestProperty("Content-Type", "application/timestamp-query");
        http.setRequestProperty("Content-Transfer-Encoding", "binary");
        if (tsaUsername != null) {
            String credentials = tsaUsername + ":" + (tsaPassword == null ? "" : tsaPassword);
            http.setRequestProperty("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try (OutputStream out = http.getOutputStream()) {
            out.write(request);
        }
        int status = http.getResponseCode();
        if (status != HttpURLConnection.HTTP_OK) {
            throw new IOException("HTTP status " + status);
        }
        byte[] body;
        try (InputStream in = http.getInputStream()) {
            body = in.readAllBytes();
        } finally {
            http.disconnect();
        }
        return "base64".equalsIgnoreCase(http.getContentEncoding()) ? Base64.getMimeDecoder().decode(body) : body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
