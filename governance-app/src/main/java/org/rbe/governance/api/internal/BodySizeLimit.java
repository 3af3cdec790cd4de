package org.rbe.governance.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body on the server, declared ({@code Content-Length}) or streamed, raw or multipart, before the
 * application reads it: API bodies at {@value #LIMIT} bytes, everything else (the screens' uploads: sortition files,
 * observations, minutes to verify, appeal attachments) at {@code governance.limits.upload-body} (default 21 MB, the
 * largest upload a screen accepts and its multipart envelope). Over the cap: 413 as problem+json. The path is the
 * decoded, normalised one, so {@code /%61pi/...} is an API path too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class BodySizeLimit extends OncePerRequestFilter {
    static final int LIMIT = 16 * 1024;
    private final long uploadLimit;

    BodySizeLimit(@Value("${governance.limits.upload-body:21MB}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit.toBytes();
    }

    private long limitOf(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.equals("/api") || path.startsWith("/api/") ? LIMIT : uploadLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (TooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(request, response, limit);
            }
        } catch (ServletException e) {
            if (e.getRootCause() instanceof TooLarge && !response.isCommitted()) {
                response.reset();
                tooLarge(request, response, limit);
            } else {
                throw e;
            }
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"/api/problems/payload-too-large\",\"title\":\"Request body too large\","
                + "\"status\":413,\"detail\":\"A request body may have at most " + limit + " bytes.\",\"instance\":\""
                + request.getRequestURI().replace("\"", "") + "\"}");
    }

    private static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("Request body over " + limit + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new TooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new TooLarge(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
