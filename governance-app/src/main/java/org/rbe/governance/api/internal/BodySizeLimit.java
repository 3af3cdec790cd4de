package org.rbe.governance.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses API request bodies over {@value #LIMIT} bytes with 413 (declared or streamed), before anything is read. */
@Component
class BodySizeLimit extends OncePerRequestFilter {
    static final int LIMIT = 16 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            tooLarge(request, response);
            return;
        }
        try {
            chain.doFilter(new Limited(request), response);
        } catch (TooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(request, response);
            }
        } catch (ServletException e) {
            if (e.getRootCause() instanceof TooLarge && !response.isCommitted()) {
                response.reset();
                tooLarge(request, response);
            } else {
                throw e;
            }
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"/api/problems/payload-too-large\",\"title\":\"Request body too large\","
                + "\"status\":413,\"detail\":\"A request body may have at most " + LIMIT + " bytes.\",\"instance\":\""
                + request.getRequestURI().replace("\"", "") + "\"}");
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("Request body over " + LIMIT + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
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
                        if (b >= 0 && ++read > LIMIT) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > LIMIT) {
                            throw new TooLarge();
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
