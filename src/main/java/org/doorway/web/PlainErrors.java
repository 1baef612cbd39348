package org.doorway.web;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every error page Jetty would write, as one short line of text: the status
 * and its standard reason, never the exception, its message, the servlet or
 * the server's version (Jetty's own page shows all four). One for errors
 * outside any context, one for the servlet context: Jetty asks each its own.
 */
final class PlainErrors {
    private PlainErrors() {}

    static Request.Handler forServer() {
        return new org.eclipse.jetty.server.handler.ErrorHandler() {
            @Override
            protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                    String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
                return writePlain(response, callback, code);
            }
        };
    }

    static org.eclipse.jetty.ee10.servlet.ErrorHandler forServlets() {
        return new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
            @Override
            protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                    String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
                return writePlain(response, callback, code);
            }
        };
    }

    /** The body every error gets, such as {@code 500 Server Error}. */
    static String body(int code) {
        String reason = HttpStatus.getMessage(code);
        return code + " " + (reason == null ? "Error" : reason) + "\n";
    }

    private static boolean writePlain(Response response, Callback callback, int code) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body(code).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
